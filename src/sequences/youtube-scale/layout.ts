/** A place in the world; mutable, as r3f's `position` props take it. */
export type Place = [number, number, number]

/**
 * Positions of the YouTube-scale film, in world units. Most chapters are boards in the picture
 * plane (z = 0) above the ground, seen straight on from `board`; x runs right, y up. The camera's
 * moves are keyframed in state/youtube-scale.theatre.json: each chapter opens close on its
 * heading, pushes in on what the narration names while the rest of the board is still empty,
 * and pulls back to `board` as the board fills. It never goes further out than `board` (text
 * would shrink under 36 px); a closer framing keeps the texts it shows inside the safe area.
 */

/**
 * The board camera: 22 units out, fov 40, sees 16 units of height (y from about -1.8 to 14.2 at
 * z = 0) and 28 of width, so content stays within x ±12.5 and y 0.5–13.5, and text above
 * `captionTop`. One unit is about 67 px of a 1080p frame there.
 */
export const board = {
  position: [0, 6.5, 22] as Place,
  target: [0, 6.2, 0] as Place,
}

/**
 * The captions (UI on) sit over the bottom of the frame: two caption lines reach 25 % of the
 * frame's height above its bottom edge, y 2.16 at the board framing. A text that can show while
 * a caption does keeps its lower edge above this line, so no caption ever covers it. A closer
 * framing moves the line up: its keyframes keep the lowest text it shows above the line.
 */
export const captionTop = 2.4

/**
 * Text sizes for the board camera: at 67 px a unit, body text (0.6) is 40 px at 1080p and names
 * (0.7) 47 px, both above the 36 px floor with room for the slight perspective at the edges.
 */
export const text = {
  title: 1.6,
  heading: 1,
  name: 0.7,
  body: 0.6,
} as const

/** Where each chapter's heading stands while it shows: the middle of the board. */
export const heading: Place = [0, 7, 0]

/**
 * The map (map.tsx): the document's diagram as the regional-diagram chapter draws it, seen from
 * a little further out than the board (23.5 units: a box's name, 0.6, is 38 px at 1080p) and a
 * little higher, so the bridge's titles fit in a line above the users' box (top at 13.65).
 */
export const systemMap = {
  camera: { position: [0, 7.6, 23.5] as Place, target: [0, 7.3, 0] as Place, fov: 40 },
  /** The standing kicker at the left, each bridge's headline to its right, on one line. */
  kicker: [-8.8, 14.35, 0] as Place,
  headline: [3.6, 14.35, 0] as Place,
  kickerSize: 0.6,
  headlineSize: 0.75,
}

export const intro = {
  title: [0, 11.3, 0] as Place,
  subtitleBelow: 1.7,
  before: [-7, 0.4, 0] as Place,
  after: [6, 0.4, 0] as Place,
  /** The target's racks stand this far apart: a crowd of servers, not one. */
  rackPitch: 1.9,
  /** The figures float above the racks. */
  figuresAt: 4.4,
  figurePitch: 0.9,
  stamp: [0, 6.9, 0] as Place,
}

/**
 * The document's diagram, top to bottom: one row per tier, 1.55 apart (a box and a gap), except
 * the gap above the services, which is half again as tall so the gateway's fan of arrows reads.
 * The users and GeoDNS share the top row, side by side: with a row each, the stores' names would
 * sit under the captions at the board framing.
 */
export const diagram = {
  rows: {
    users: 13.1,
    geodns: 13.1,
    edges: 11.55,
    lb: 10,
    tiers: 8.45,
    services: 6.15,
    kafka: 4.6,
    stores: 3.05,
  },
  /** The top row's two boxes, a gap for the arrow between them, the pair centred. */
  usersX: -6.5,
  geodnsX: 4.1,
  /** Three columns for the regions and the stores. */
  columns3: [-7.6, 0, 7.6] as const,
  /**
   * The tiers: static files at the left, the gateway over the middle of its services, the
   * WebSocket service at the right, where its arrow to Kafka passes clear of the services.
   */
  tiers: { static: -9.6, gateway: -2.55, websocket: 8.6 },
  columns4: [-10.2, -5.1, 0, 5.1] as const,
  boxWidth: 6.2,
  /** The gateway's name is the tier's longest ("API gateway + breakers"): its box is a unit wider. */
  gatewayWidth: 7.3,
  staticWidth: 4.8,
  serviceWidth: 4.7,
  wideWidth: 9,
  kafkaWidth: 20,
}

export const loadBalancing = {
  /** The regions, top to bottom, with their users at the left and their entry points at the right. */
  regionY: [10.5, 7.2, 3.9] as const,
  userX: -9.5,
  dns: [-2.5, 4.2, 0] as Place,
  entryX: 5,
  anycast: [3, 12.9, 0] as Place,
  /**
   * The notes on a region's edge: the callout's top middle, wide enough for its longest line
   * (12.8 units at body size), left of the regions' entry points.
   */
  edgeNotes: [-5.5, 10.5, 0] as Place,
  edgeNotesWidth: 14,
  /** Inside a region: nginx at the left, three servers in a column at the right. */
  nginx: [-6, 8.2, 0] as Place,
  serverX: 5,
  /** The servers' rows; the lowest rack's foot (y 2.8) stays above the captions. */
  serverY: [10.2, 7, 3.8] as const,
  countX: 7.6,
  /**
   * The nginx.conf notes: the callout's top middle, under nginx's own name, its right edge left
   * of the arrow to the lowest server; wide enough for its longest line.
   */
  sticky: [-7.8, 6.3, 0] as Place,
  stickyWidth: 12,
  stamp: [0, 12.7, 0] as Place,
  /** The stamp's figure is 16.8 units long at name size: the frame goes round it. */
  stampWidth: 17.6,
}

export const cdn = {
  /**
   * The quality ladder: seven rungs rising left to right, a chunk wide each. Its foot stands a
   * unit above the captions, so the rung names under it stay clear of them.
   */
  ladder: [-11, captionTop + 1, 0] as Place,
  rungWidth: 1.5,
  rungPitch: 1.75,
  rungStep: 1.15,
  /** The ladder's heading, above its tallest rung (4K, 8 units high). */
  ladderTitleY: 12.4,
  /** The player's bandwidth over time, to the right of the ladder, on the ladder's foot. */
  chart: [1.5, captionTop + 1, 0] as Place,
  chartSize: [9.5, 4.6] as const,
  /** The chunk being fetched, named above the chart. */
  pick: [1.5, 9.4, 0] as Place,
  /** The four regions' columns: viewers at the top, their edge under them. */
  regionX: [-9, -3, 3, 9] as const,
  userY: 12,
  edgeY: 8.9,
  /**
   * The origin, low in the middle: just above the captions, its name to its right, under the
   * notes at the right (which end at y 3.85).
   */
  origin: [0, captionTop, 0] as Place,
  /** Where the arrows to the origin end: over its top. */
  originTop: [0, captionTop + 1.8, 0] as Place,
  /**
   * The notes on either side, well under the edges' names (y 8.15) and over the captions: the
   * bypassed CDN and then "unlimited users" at the left, the serving CDN at the right, where
   * its longest line ("served from the edge: 99.5%") ends inside the safe area.
   */
  leftNote: [-12.5, 6.4, 0] as Place,
  rightNote: [3.6, 6.4, 0] as Place,
  notePitch: 0.85,
}

export const apiGateway = {
  /**
   * The gateway and its caller stand 4.2 up, so the caller's name (under it) and the limits'
   * names stay above the captions.
   */
  gateway: [-2.5, 4.2, 0] as Place,
  caller: [-11, 4.2, 0] as Place,
  token: [-5.6, 9.8, 0] as Place,
  /** The three limits, as meters in a row at the right; their names under them at y 3.5. */
  limitsX: [3, 7, 11] as const,
  limitY: 7.6,
  limitHeight: 3.5,
  /** Redis, which keeps the one shared count, above the meters' rules and the "full" sign. */
  redis: [3.2, 10.4, 0] as Place,
  flood: [-6, 11.6, 0] as Place,
  /** The refusal, over the gateway's name (7.6) and under the flood's heading. */
  refused: [-7.5, 9, 0] as Place,
  /** The services the gateway routes to, in a column at the right, the lowest clear of the captions. */
  routeX: 6.5,
  routeY: [11.2, 8.6, 6, 3.4] as const,
  breakerX: 2.5,
  /** The routing note stands this far over the top route, under the safe area's top. */
  routeNoteAbove: 1.7,
  stamp: [-7.5, 12.7, 0] as Place,
}

export const microservices = {
  /** Seven services in a row, 3.4 apart: a rack and its name each. */
  x: [-10.2, -6.8, -3.4, 0, 3.4, 6.8, 10.2] as const,
  /** The row stands 5 up: the names under its racks end above the captions. */
  y: 5,
  /** Extra like servers slide in above the like service, this far apart. */
  copyLift: 2,
  copyBase: 4.6,
  /**
   * The two notes, one under the other at the top left, clear of the captions; they end left
   * of the like service's copies (x 2.6).
   */
  notes: [-12.5, 12.8, 0] as Place,
  notePitch: 1,
}

export const events = {
  /** Five topics, one lane each, stacked; producers at the left, consumer at the right. */
  topicX: -1.5,
  topicY: [11.4, 9.6, 7.8, 6, 4.2] as const,
  topicLength: 8,
  consumer: [7, 6.8, 0] as Place,
  /** The dead letter queue under the consumer, its name above the captions. */
  dlq: [7, 3.3, 0] as Place,
  /** The "why" board: the flood without Kafka at the left, the aggregation at the right. */
  database: [-8, 3.6, 0] as Place,
  /** The flood of writes comes down from this high over the database, under the figures. */
  floodFrom: 5,
  /**
   * The counters' chart, its caption under it above the captions; its left edge is where the
   * "with" figures start, so their longest line ends inside the safe area.
   */
  counters: [-0.5, 4.2, 0] as Place,
  /** Short enough that the tallest bar stays under the "every 30 s" line. */
  countersSize: [7, 4] as const,
  flushDb: [11.8, 4.2, 0] as Place,
  figures: [-12, 12.6, 0] as Place,
  figurePitch: 1.1,
}

export const realtime = {
  /**
   * Two servers, wide apart and high enough that their lowest viewers (4 under them) stay clear
   * of the captions; the Redis adapter sits between them at their height.
   */
  hubs: [
    [-6.5, 8.4, 0],
    [6.5, 8.4, 0],
  ] as Place[],
  reach: 4,
  /** The adapter between the servers; its name (1.2 over it) is level with theirs, between them. */
  redis: [0, 8.4, 0] as Place,
  like: [-12, 12.4, 0] as Place,
  /** The capacity stamp at the top right, over the right server's name. */
  stamp: [5.6, 12.1, 0] as Place,
  /** The stamp's figure is 12.3 units long at name size: the frame goes round it. */
  stampWidth: 13,
}

export const caching = {
  /** Four layers left to right, from the viewer inwards; a rack-width apart. */
  x: [-9, -3, 3, 9] as const,
  /** The layers' row: what each holds ends under it at y 3.35, above the captions. */
  y: 5.9,
  viewer: [-12.3, 5.4, 0] as Place,
  /** The rule over the row, then the gauge and the claim at the top. */
  rule: [0, 10.1, 0] as Place,
  hitRate: [-8.5, 12, 0] as Place,
  stamp: [2, 12, 0] as Place,
}

export const database = {
  /**
   * The primary, up and to the left of its replicas; the replicas' name (under them, y 2.8)
   * stays above the captions, even in the close framing of the split.
   */
  primary: [-7, 6.4, 0] as Place,
  /** The writes come in from this high over the primary: inside that close framing. */
  writesFrom: 3.4,
  /**
   * The primary's name, at its right and high on it: the copy arrow leaves the primary's side
   * under the name for the replicas, and the writes arrive at its top left.
   */
  primaryName: [1.1, 1.5, 0] as Place,
  replicas: [-2, 3.6, 0] as Place,
  replicaPitch: 2.2,
  /** Three entity shards, to the right. */
  entityX: [3.5, 7, 10.5] as const,
  entityY: 7.5,
  /** The counter grid's top left; the sum under the grid ends above the captions (y 3.5). */
  counter: [3, 9.2, 0] as Place,
  /** Three month slabs, the oldest at the top; their heading over them. */
  partitions: [-9, 4.6, 0] as Place,
  partitionPitch: 1.8,
  partitionHeadingAbove: 5.2,
  /** The pool note under the slabs, above the captions. */
  pool: [-12.5, 3, 0] as Place,
  stamp: [-3, 12.6, 0] as Place,
}

export const circuitBreakers = {
  /** The call's row, high enough that the notes under it end above the captions. */
  gateway: [-9, 6.4, 0] as Place,
  breaker: [0, 6.4, 0] as Place,
  service: [8.5, 6.4, 0] as Place,
  /** The notes on each state hang under the breaker's name, one under another. */
  noteBelow: 1.6,
  notePitch: 0.8,
  /** The breaker's state, over the row and under the counts at the top left. */
  state: [0, 9.6, 0] as Place,
  /**
   * The closing comparison, in the notes' place once they are gone: without a breaker at the
   * left, with one at the right (its lines end inside the safe area).
   */
  without: [-12.5, 4.5, 0] as Place,
  with: [1.5, 4.5, 0] as Place,
  comparePitch: 0.8,
  stats: [-12, 12.8, 0] as Place,
  statPitch: 1,
}

export const benchmarks = {
  /** Five charts in two columns, then the claims and operations panels in their place. */
  charts: [
    [-12.5, 12.8, 0],
    [0.5, 12.8, 0],
    [-12.5, 8.9, 0],
    [0.5, 8.9, 0],
    [-12.5, 5, 0],
  ] as Place[],
  streams: [0.5, 5, 0] as Place,
  /** Bars this long leave room at the right column's end for its longest value ("200-500"). */
  barWidth: 6.6,
  /** The two panels side by side, both inside the safe area (x ±12.8). */
  claims: [-12.5, 12.2, 0] as Place,
  ops: [0.3, 12.2, 0] as Place,
  panelWidth: 12.2,
}

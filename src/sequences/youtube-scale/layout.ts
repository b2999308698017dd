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
 * z = 0) and 28 of width, so content stays within x ±12.5 and y 0.5–13.5. One unit is about
 * 67 px of a 1080p frame there.
 */
export const board = {
  position: [0, 6.5, 22] as Place,
  target: [0, 6.2, 0] as Place,
}

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
 * the gap above the services, which is twice as tall so the gateway's fan of arrows reads.
 */
export const diagram = {
  rows: {
    users: 13.1,
    geodns: 11.55,
    edges: 10,
    lb: 8.45,
    tiers: 6.9,
    services: 4.6,
    kafka: 3.05,
    stores: 1.5,
  },
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
  edgeNotes: [-6.5, 10.5, 0] as Place,
  /** Inside a region: nginx at the left, three servers in a column at the right. */
  nginx: [-6, 8.2, 0] as Place,
  serverX: 5,
  serverY: [9.6, 5.6, 1.6] as const,
  countX: 7.6,
  sticky: [-8.3, 4.6, 0] as Place,
  stamp: [0, 12.7, 0] as Place,
}

export const cdn = {
  /** The quality ladder: seven rungs rising left to right, a chunk wide each. */
  ladder: [-11, 1, 0] as Place,
  rungWidth: 1.5,
  rungPitch: 1.75,
  rungStep: 1.15,
  /** The player's bandwidth over time, to the right of the ladder. */
  chart: [1.5, 1.2, 0] as Place,
  chartSize: [9.5, 5] as const,
  pick: [1.5, 8.6, 0] as Place,
  /** The globe for the regions and the two "why" pictures; notes at the right. */
  globe: [-4.5, 6.3, 0] as Place,
  globeRadius: 5.6,
  edgeHeight: 0.5,
  originHeight: 0.7,
  hopLift: 0.6,
  longLift: 2.4,
  notes: [3.6, 10.2, 0] as Place,
  notePitch: 1.2,
}

export const apiGateway = {
  gateway: [-2.5, 3, 0] as Place,
  caller: [-11, 3, 0] as Place,
  token: [-5.6, 8.6, 0] as Place,
  /** The three limits, as meters in a row at the right, Redis under them. */
  limitsX: [3, 7, 11] as const,
  limitY: 6.2,
  limitHeight: 3.5,
  redis: [3.2, 0.9, 0] as Place,
  flood: [-6, 11.6, 0] as Place,
  /** The services the gateway routes to, in a column at the right. */
  routeX: 6.5,
  routeY: [10.5, 7.5, 4.5, 1.5] as const,
  breakerX: 2.5,
  stamp: [-7.5, 12.7, 0] as Place,
}

export const microservices = {
  /** Seven services in a row, 3.4 apart: a rack and its name each. */
  x: [-10.2, -6.8, -3.4, 0, 3.4, 6.8, 10.2] as const,
  y: 4.2,
  /** Extra like servers slide in above the like service, this far apart. */
  copyLift: 2,
  copyBase: 4.6,
  notes: [0, 1.3, 0] as Place,
}

export const events = {
  /** Five topics, one lane each, stacked; producers at the left, consumer at the right. */
  topicX: -1.5,
  topicY: [11.4, 9.6, 7.8, 6, 4.2] as const,
  topicLength: 8,
  consumer: [7, 6.8, 0] as Place,
  dlq: [7, 1.6, 0] as Place,
  /** The "why" board: the flood without Kafka at the left, the aggregation at the right. */
  database: [-8, 1, 0] as Place,
  counters: [0.5, 3, 0] as Place,
  countersSize: [7, 5] as const,
  flushDb: [11.8, 3, 0] as Place,
  figures: [-12, 12.6, 0] as Place,
  figurePitch: 1.1,
}

export const realtime = {
  hubs: [
    [-5.5, 8, 0],
    [5.5, 8, 0],
  ] as Place[],
  reach: 4.6,
  redis: [0, 11.6, 0] as Place,
  like: [-12, 12.4, 0] as Place,
  stamp: [0, 1.2, 0] as Place,
}

export const caching = {
  /** Four layers left to right, from the viewer inwards; a rack-width apart. */
  x: [-9, -3, 3, 9] as const,
  y: 6.5,
  viewer: [-12.3, 6, 0] as Place,
  hitRate: [0, 1.4, 0] as Place,
}

export const database = {
  primary: [-7, 5, 0] as Place,
  replicas: [-2, 1.5, 0] as Place,
  replicaPitch: 2.2,
  /** Three entity shards, to the right. */
  entityX: [3.5, 7, 10.5] as const,
  entityY: 7.5,
  counter: [3, 7.2, 0] as Place,
  partitions: [-9, 3, 0] as Place,
  pool: [-12.5, 1.2, 0] as Place,
  stamp: [-3, 12.6, 0] as Place,
}

export const circuitBreakers = {
  gateway: [-9, 5, 0] as Place,
  breaker: [0, 5, 0] as Place,
  service: [8.5, 5, 0] as Place,
  /** The notes on each state hang under the breaker, one under another. */
  noteBelow: 2.2,
  notePitch: 0.8,
  state: [0, 9, 0] as Place,
  stats: [-12, 12.8, 0] as Place,
  statPitch: 1,
}

export const benchmarks = {
  /** Five charts in two columns, then the claims and operations panels in their place. */
  charts: [
    [-12.5, 12.8, 0],
    [1, 12.8, 0],
    [-12.5, 8.6, 0],
    [1, 8.6, 0],
    [-12.5, 4.4, 0],
  ] as Place[],
  streams: [1, 4.4, 0] as Place,
  barWidth: 7,
  claims: [-13.3, 12.2, 0] as Place,
  ops: [0.3, 12.2, 0] as Place,
  panelWidth: 13,
}

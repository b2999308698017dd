import type { Vec3 } from '../../world/paths'
import type { MapShot } from '../../world/film'

/**
 * Named positions of the film's world, in world units (1 unit ≈ a rack unit's width; people are
 * about 2 units tall). The ground is y = 0, x runs left to right on screen, z towards the camera.
 */

/** The intro's staircase of twelve steps: one per chapter, rising left to right. */
export const journey = {
  titlePosition: [0, 3.4, 0] as Vec3,
  subtitlePosition: [0, 1.9, 0] as Vec3,
  /** Steps sit this far apart: two label widths, so neighbouring labels never touch. */
  stepSpacing: 3.2,
  /** Each step is this much taller than the one before: the system grows. */
  stepRise: 0.32,
  firstStepHeight: 0.4,
  stepCount: 12,
  /** The staircase stands behind where the title was. */
  z: -2,
  /** Gap between a step's top and the bottom of its name. */
  nameGap: 0.5,
  /**
   * The closing overview frames all twelve steps at once, from far away: the names grow this
   * much (to 0.9 units) so they still read at 1080p, and every other one rises by
   * `overviewRowLift` to a second row, which gives each name two steps' width.
   */
  overviewNameScale: 2,
  overviewRowLift: 1.9,
  /**
   * In the overview '1 user' and 'millions' stand up this far in front of the staircase, far
   * enough to show below the steps from the overview camera, with their outer edges at these x.
   */
  endLabelFront: 6,
  /**
   * In the walk they stand this far in front of the staircase's middle: seen from the walking
   * camera's height, far enough forward to show below the first step's number, not over it.
   */
  endLabelWalkFront: 3.6,
  endLabelOverviewX: [-16.9, 16] as const,
  endLabelOverviewScale: 1.6,
  overviewTitle: [-0.45, 9.9, -2] as Vec3,
} as const

/** x of step `i` (0-based) of the staircase, centred on the origin. */
export function journeyStepX(i: number): number {
  return (i - (journey.stepCount - 1) / 2) * journey.stepSpacing
}

/** Chapter 1: the user on the left, the web server on the right, DNS at the back in between. */
export const singleServer = {
  user: [-8, 0, 1.5] as Vec3,
  laptop: [-9.6, 0, 2.6] as Vec3,
  phone: [-6.5, 0, 2.9] as Vec3,
  /** Where packets leave and reach the user: chest height, in front of the figure. */
  userPort: [-8, 1.6, 2.2] as Vec3,
  dns: [0, 0, -6] as Vec3,
  dnsPort: [0, 2.2, -5.4] as Vec3,
  server: [8, 0, 1.5] as Vec3,
  serverPort: [8, 1.4, 2.2] as Vec3,
  /**
   * The sample JSON (the reply on its way back) hangs high over the user's side: its close-up
   * then shows DNS, far behind, to its lower right, not behind it, and the figures below stay
   * under the frame, clear of the captions.
   */
  jsonCallout: [-7, 12.5, 0] as Vec3,
  /** Inside the server: its three roles side by side where the server stood ('inside' beat). */
  insideWeb: [5.6, 0, 1.5] as Vec3,
  insideDb: [8, 0, 1.5] as Vec3,
  insideCache: [10.4, 0, 1.5] as Vec3,
  /** The machine's outline around those three roles: wide enough for all, a little taller. */
  machineSize: [7.6, 2.6, 2.6] as [number, number, number],
} as const

/**
 * Chapter 2: the single server splits where it stood (x = 8) into a web tier and a data tier;
 * the database comparison stands on a stage of its own to the right, out of the first shot.
 */
export const webAndDatabase = {
  web: [4.5, 0, 1.5] as Vec3,
  webPort: [4.5, 1.4, 2.2] as Vec3,
  db: [11.5, 0, 1.5] as Vec3,
  dbPort: [11.5, 1.2, 2.4] as Vec3,
  /** Each tier's outline: room around its one machine, which more machines will join later. */
  tierSize: [3.6, 3.2, 4.2] as [number, number, number],
  tierZ: 1.2,
  banner: [8, 6.6, 0] as Vec3,
  /** The comparison stage: relational on the left, NoSQL on the right. */
  relational: [30, 0, 0] as Vec3,
  /**
   * Far enough right that each board's close-up (17–18 units away, to keep its text clear of the
   * captions) leaves the other board wholly out of the frame, not a sliver at its edge.
   */
  nosql: [48.5, 0, 0] as Vec3,
  /** Above both boards' headings, between the boards. */
  compareTitle: [39.25, 11, 0] as Vec3,
} as const

/**
 * Chapter 3: a split screen. Scaling up on the left of the divider (x < 0), scaling out on the
 * right. Bars stand beside the growing server and reach the ceiling when it is full size.
 */
export const verticalVsHorizontal = {
  upServer: [-8.5, 0, 0] as Vec3,
  /** 1.7 apart: room for each gauge's name over its top. */
  cpuBar: [-4.8, 0, 0.8] as Vec3,
  ramBar: [-3.1, 0, 0.8] as Vec3,
  /** The hard limit: the height of a full bar, where the ceiling hangs. */
  ceiling: 6,
  ceilingWidth: 11,
  ceilingCenterX: -7,
  /** The ceiling's name, left of its centre: clear of the gauges' names. */
  hardLimitX: -2,
  titleY: 9.4,
  leftCenterX: -7,
  rightCenterX: 8,
  /** Scale-out pool: three columns, two rows, a rack's width apart and then some. */
  poolX: [4.5, 8, 11.5] as const,
  poolZ: [-1.6, 1.6] as const,
  /** Under the right side's subtitle, with a line's air. */
  advantages: [3.4, 7.3, 1.2] as Vec3,
  user: [8, 0, 7.5] as Vec3,
  userPort: [8, 1.6, 6.9] as Vec3,
  /**
   * The bridge to the next chapter stays in the question's shot (aimed at x 9.5) and hangs over
   * the pool, below the top of that frame: the whole title inside the safe area.
   */
  nextLabel: [9.5, 6, 0] as Vec3,
} as const

/**
 * Chapter 4: users on the left, the load balancer left of centre, the pool of web servers side
 * by side on the right (five units apart: room for each one's name, address and count); DNS
 * behind, between users and balancer.
 */
export const loadBalancerLayout = {
  /**
   * The balancer stands in front of the middle of the pool, so its paths fan out to the
   * servers (left, ahead, right) and none runs through another server on its way: a fan, not a
   * chain. Users and DNS stand to the left, in front. All of it fits in about 25 units, so one
   * shot about 23 units away holds it with 36 px labels.
   */
  user: [-9, 0, 5] as Vec3,
  userPort: [-9, 1.6, 5.6] as Vec3,
  /** Behind and between users and balancer, clear of the balancer's name. */
  dns: [-5, 0, 0] as Vec3,
  lb: [6, 0, 5.5] as Vec3,
  lbPort: [6, 1.2, 5] as Vec3,
  /**
   * The balancer's name and address stand at its right, in front of the path to server 3, so
   * no path crosses them; far enough right that the address stays clear of the widest captions.
   */
  lbName: [8.4, 1.9, 5.8] as Vec3,
  publicIp: [8.4, 0.75, 5.8] as Vec3,
  /** 5 apart: the widest count line ("served 50, then died") fits between neighbours. */
  servers: [[1, 0, 0] as Vec3, [6, 0, 0] as Vec3, [11, 0, 0] as Vec3],
  /** Where arrows and packets reach a server: its front face, at its middle. */
  serverPortY: 1.2,
  /**
   * The pool's notes hang over the servers, a line apart, clear of their names; they give way to
   * the DNS table.
   */
  poolNotes: [6, 7.5, 0] as Vec3,
  privateNote: [6, 6.7, 0] as Vec3,
  /** Upper left, over users and DNS, left of the pool's notes. */
  dnsTable: [-7, 8.6, 0] as Vec3,
  /** The callout's code lines enlarged to 36 px from the wide shot. */
  dnsTableScale: 1.35,
  /**
   * Just wide enough for its longest line ("points to 15.125.23.214") and padding: at the
   * enlarged scale a wider box runs past the frame's left edge.
   */
  dnsTableWidth: 7.2,
  summaryTitle: [0.5, 9.6, 0] as Vec3,
  summaryLine: [-5.8, 8.1, 0] as Vec3,
} as const

/**
 * Chapter 5: the web tier at the front left sends writes to the master at the centre and reads
 * to the replicas arranged around it.
 */
export const replicationLayout = {
  /** The web tier stands at the front left, apart from the databases it talks to. */
  web: [-8.5, 0, 3.5] as Vec3,
  webPort: [-7.7, 1.4, 3.9] as Vec3,
  /**
   * Node 0 starts as master, at the centre; the replicas stand around it (back left, back
   * right, front right), each on its own spoke, so every copy runs from the master straight to
   * one replica and none passes another (no chain). Each read from the web tier reaches its
   * replica beside the master, not through it. Spokes of about 7 keep a master's
   * "writes · reads" line clear of its neighbours' counts.
   */
  nodes: [[1, 0, -1] as Vec3, [-5, 0, -5.5] as Vec3, [7, 0, -6.5] as Vec3, [7.5, 0, 2.5] as Vec3],
  portY: 1.4,
  /** The centre of the hub, where the shots aim. */
  centreX: 1,
  /** Which way requests go: high over the back-left replica, where the frame is widest. */
  legend: [-5, 6.6, -5.5] as Vec3,
  /** Over the back-right replica. */
  copies: [9, 6.6, -6.5] as Vec3,
  /**
   * The advantages in one row above the hub (each an icon and its name, about 6 units wide),
   * across the top of the shot that rises for them: their names 120 px from the top of a 1080p
   * frame, clear above the request and copy notes that stay on screen below them.
   */
  advantages: [[-9.5, 9.9, -3] as Vec3, [-2.2, 9.9, -3] as Vec3, [4.2, 9.9, -3] as Vec3],
  promotion: [1, 8, -3] as Vec3,
  summary: [1, 10, -3] as Vec3,
} as const

/**
 * Chapter 6: web server, cache and database in a row, the cache in the middle where it sits on
 * the read path; the eviction queue lies in front of them; the notes hang above.
 */
export const cacheLayout = {
  web: [-9, 0, 0] as Vec3,
  webPort: [-9, 1.4, 0.8] as Vec3,
  cache: [0, 0, 0] as Vec3,
  cachePort: [0, 0.8, 0.6] as Vec3,
  /** Spare cache servers beside the first (the SPOF beat). */
  spares: [[-2.2, 0, -2.5] as Vec3, [2.2, 0, -2.5] as Vec3],
  db: [9, 0, 0] as Vec3,
  dbPort: [9, 1.2, 0.9] as Vec3,
  /** The eviction queue: slots in a row in front of the cache, next victim on the left. */
  queue: [-6.3, 0.05, 6.5] as Vec3,
  queueSlots: 8,
  slotWidth: 1.8,
  /** The notes stack from here down, a title and a line each, clear above the hit rate (y 4.4). */
  notes: [0, 9.6, -1] as Vec3,
  notePitch: 1.7,
  /** The code callout, centred over the row, its bottom clear above the hit rate. */
  snippet: [-1.5, 9.8, -1] as Vec3,
  /** Its code lines enlarged to 36 px at 1080p from the shot over it (about 21 units away). */
  snippetScale: 1.45,
} as const

/**
 * Chapter 7: the globe stands left of centre with the CDN's edges and origin on it; the right
 * of the frame holds the latency bars, then the URL examples and the TTL clock.
 */
export const cdnLayout = {
  globe: [-6.2, 6, 0] as Vec3,
  /** Big enough that the London edge and the US-East origin sit a hand's width apart on screen. */
  globeRadius: 4.6,
  /** Stalk heights: caches stand well off the coast so the short hop up to them can be seen. */
  edgeHeight: 0.9,
  originHeight: 0.45,
  /** How high routes bow above the surface: across an ocean, and the hop to a nearby edge. */
  longLift: 1.1,
  hopLift: 0.35,
  /** The opening title floats over the globe's top. */
  heading: [-6.2, 12.2, 0] as Vec3,
  /**
   * The right-hand panel: its left edge, what User A asks for over it, and each bar's height. A
   * row is a caption over its bar: 1.9 apart leaves a clear line between rows of 0.65 text. The
   * panel starts a little right of the globe's names (London's runs to about x = 0).
   */
  panelLeft: 0.8,
  panelTitle: [0.8, 12.5, 0] as Vec3,
  rowsY: [10.6, 8.7, 6.8] as const,
  captionAbove: 0.7,
  /** Bar length per millisecond: the slowest route shown (about 125 ms) fills the panel. */
  barPerMs: 0.056,
  /** The miss's steps, then the hit, then the live counts: one line each, under the bars. */
  stepsY: 5.2,
  stepPitch: 0.85,
  live: [0.8, 5.2, 0] as Vec3,
  /** The URL callout is as wide as the longer (Akamai) URL in code type, plus its margins. */
  urls: [6.4, 11.2, 0] as Vec3,
  urlsWidth: 14,
  ttl: [0.3, 6.6, 0] as Vec3,
  /** The closing claim, left-aligned with the panel, beside the globe's live traffic. */
  benefits: [0.8, 10.4, 0] as Vec3,
  /**
   * Which place faces +z when: Asia-Pacific under the title, a westward turn past Europe to the
   * Atlantic for the walk-through, then a slow drift east while the live traffic runs (a few
   * degrees only: further, the origin's name would leave the frame on the left). The camera
   * looks from the right of the globe (about 12°), so the facing point sits that far west of
   * what should look centred (London and US-East, lon -39, during the walk-through).
   */
  turns: [
    { at: 0, lat: 15, lon: 160 },
    { at: 7, lat: 10, lon: 140 },
    { at: 13.5, lat: 36, lon: -51 },
    { at: 35, lat: 36, lon: -53 },
    { at: 65, lat: 32, lon: -46 },
  ] as const,
} as const

/**
 * Chapter 11: a wall of dashboard panels facing the camera at z = 0 (logs full height on the
 * left, host and database side by side top right, business across the bottom right); the
 * servers whose logs it gathers stand in a row on the ground to its left, and the automation (a
 * CI card at panel height, a rocket on its pad) to its right.
 */
export const monitoringLayout = {
  /** The heading floats in front of the middle of where the dashboard will stand. */
  heading: [0, 5.6, 1] as Vec3,
  /** Just above the panels' top edge (y = 10.2), flush with the logs panel's left edge. */
  dashboardTitle: [-15, 10.9, 0] as Vec3,
  /**
   * Full wall height and 10 wide: room for a 32-character log line in monospace. A 1.5 gap to
   * the metric panels lets the camera frame those without catching the logs' edge.
   */
  logsPanel: [-10, 5.4, 0] as Vec3,
  logsSize: [10, 9.6] as [number, number],
  /** The two top-right panels share 17 units with a 0.5 gap between them. */
  hostPanel: [0.625, 7.9, 0] as Vec3,
  dbPanel: [9.375, 7.9, 0] as Vec3,
  topSize: [8.25, 4.6] as [number, number],
  /** The bottom row spans both columns: room for three bar charts side by side. */
  businessPanel: [5, 2.85, 0] as Vec3,
  businessSize: [17, 4.5] as [number, number],
  /**
   * The log sources (three web servers, then the database) in a row left of the wall, a little
   * forward so their labels never cross the logs panel; 2.4 apart: a machine's width and a gap.
   */
  sources: [
    [-24.4, 0, 2],
    [-22, 0, 2],
    [-19.6, 0, 2],
    [-17.2, 0, 2],
  ] as Vec3[],
  /** Log packets leave a source just above its top (a rack is 1.4 tall, the database 1.7). */
  sourcePortY: 1.6,
  /** Name labels over the sources, and their running counts under the names: above the arcs. */
  sourceLabelY: 3.85,
  sourceCountY: 3.2,
  /** Log packets enter the logs panel at its left edge, level with the newest (bottom) line. */
  logInlet: [-14.6, 2.28, 0.3] as Vec3,
  /** Log packets arc this high over their straight path: over the machines, under the labels. */
  logArcLift: 1.1,
  /**
   * The CI card: 6.5 right of the wall, so the camera can frame the automation without catching
   * the dashboard's edge; low enough that card and rocket fit one close shot.
   */
  ciPanel: [24, 6.4, 0] as Vec3,
  ciSize: [8, 4.6] as [number, number],
  /** The launch pad: just right of the CI card and in front of its plane: the climb clears it. */
  pad: [29.2, 0, 2] as Vec3,
  /** Deployment's name: left of the rocket, above the smoke, under the CI card. */
  deployLabel: [27.6, 2.2, 2] as Vec3,
} as const

/**
 * Chapter 12: first a split screen (one big database left of the divider, four small shards
 * right of it); then the shards spread into a row across the middle, the hash function hangs
 * above them, user cards enter from the left, and the warnings line up along the top.
 */
export const shardingLayout = {
  /**
   * The split screen, packed into about 25 units so the camera can stand close enough for its
   * labels to read on a phone: the left half is a little wider, for the list of limits.
   */
  dividerX: 1.1,
  leftCenterX: -5.4,
  rightCenterX: 7.35,
  titleY: 9.6,
  /** The subtitle hangs this far under its title. */
  subtitleGap: 0.95,
  /** The scaled-up database: big enough to read as "bigger", its limits listed beside it. */
  bigDb: [-9, 0, 0] as Vec3,
  bigDbScale: [1.5, 1.9, 1.5] as [number, number, number],
  /** The "24TB RAM" badge, above the big database, well inside the frame's left edge. */
  ramBadge: [-9, 5.1, 0.5] as Vec3,
  ramBadgeSize: [5.8, 1.3] as const,
  /** Its limits, one per row, left-aligned right of it; the longest ends short of the divider. */
  limits: [-6.8, 3.1, 0.2] as Vec3,
  limitRow: 1.1,
  /** The shards on the split screen: small, and just far enough apart for their names. */
  splitX: [3, 5.9, 8.8, 11.7] as const,
  splitScale: 0.75,
  /** The row of shards: 4.2 apart leaves room for "users 2, 6, 10..." under each name. */
  rowX4: [-6.3, -2.1, 2.1, 6.3] as const,
  /** After resharding to five the row widens to the same spacing. */
  rowX5: [-8.4, -4.2, 0, 4.2, 8.4] as const,
  /** Where cards and packets land: in front of a shard's top, clear of the labels above it. */
  landY: 2.1,
  landZ: 1.1,
  /**
   * Where a user's card ends its trip: over the shard's name, list and count (their tops are
   * about 4.25 up), so that the card shrinks into the air over them rather than covering them.
   */
  cardLandY: 5,
  /**
   * The hash function's panel, high enough that the join's label (below it, at the left) and the
   * packets' path into it (at its height) never meet; cards fly in from off the left edge.
   */
  formula: [0, 7.4, 0] as Vec3,
  formulaWidth: 6.4,
  entry: [-16, 7.4, -0.4] as Vec3,
  /** Behind the panel (z < 0), where a card is hidden while it is hashed. */
  inside: [0, 7.4, -0.4] as Vec3,
  /** Just under the panel, where a packet comes out towards its shard. */
  outlet: [0, 6.6, -0.2] as Vec3,
  /**
   * A card (2.4 wide at its travelling size) stops here, its right edge short of the panel's
   * left one, and shrinks into it; it grows again below the panel, clear of the formula.
   */
  cardIntake: [-4.5, 7.4, 0.2] as Vec3,
  cardOutlet: [0, 5.8, 0.3] as Vec3,
  /** Free space right of the formula: the current computation and the sim's figures. */
  info: [3.9, 7.4, 0] as Vec3,
  /** Lines of the info block, one under another. */
  infoRow: 0.85,
  /**
   * The top strip: the sharding key first, then the three warnings side by side; low enough
   * that the shot over the whole row holds it and the shards' lists above the captions.
   */
  keyNote: [-0.6, 10.8, 0] as Vec3,
  warnings: [[-12.4, 10.8, 0] as Vec3, [-3.9, 10.8, 0] as Vec3, [4.6, 10.8, 0] as Vec3],
  /** The celebrity stands at the left, where requests come from, clear of shard 0's list. */
  celebrity: [-11.8, 0, 0.5] as Vec3,
  celebrityScale: 1.2,
  /** The join that no longer works: an arc between shards 0 and 1 with a broken link on it. */
  joinFrom: 0,
  joinTo: 1,
  /** Low enough that its label stays under the packets' path into the hash function. */
  joinLift: 2.6,
  /** It leaves and reaches the shards just above their names and counts, a little in front. */
  joinY: 4.1,
  joinZ: 0.3,
} as const

/**
 * The conclusion: the checklist stands upright where the diagram will be, then the camera cranes
 * up and the whole architecture is laid out on the ground, flowing left to right as a request
 * does: users, their entry points, the web tier, and the tiers behind it; the queue and workers
 * in front, the tools at the far right, watching everything.
 */
export const conclusionLayout = {
  /** The checklist: ticks in a column, text left-aligned beside them. */
  checklistTitle: [0, 10.6, 0] as Vec3,
  checklistTop: [-6.4, 9.1, 0] as Vec3,
  /** One line of checklist text and some air: eight lines fill the upright frame. */
  checklistStep: 1.2,
  /**
   * The diagram lies on the ground in three lanes seen from high above: the back lane (z < 0)
   * holds lookups (DNS, cache, tools), the middle the request path, the front lane what the
   * web tier hands off (static files, sessions, jobs). Lanes are 6 units apart: a name above a
   * model never reaches the lane behind it.
   */
  users: [-16, 0, 0] as Vec3,
  dns: [-11.5, 0, -6] as Vec3,
  cdn: [-11.5, 0, 6] as Vec3,
  lb: [-7, 0, 0] as Vec3,
  /** Three stateless web servers in a column, a rack's depth apart plus room for arrows. */
  web: [[-1.5, 0, -3] as Vec3, [-1.5, 0, 0] as Vec3, [-1.5, 0, 3] as Vec3],
  cache: [4.5, 0, -6.5] as Vec3,
  sessions: [6, 0, 7.2] as Vec3,
  /** Four shards (user_id % 4) in a column, each with its replica beside it. */
  shards: [
    [9.5, 0, -3.9] as Vec3,
    [9.5, 0, -1.3] as Vec3,
    [9.5, 0, 1.3] as Vec3,
    [9.5, 0, 3.9] as Vec3,
  ],
  replicaOffset: [2.2, 0, 0] as Vec3,
  queue: [3, 0, 11.5] as Vec3,
  workers: [[9, 0, 11.5] as Vec3, [11.5, 0, 11.5] as Vec3],
  /** Right of everything it watches. */
  tools: [19, 0, -0.5] as Vec3,
  /** Names lie this far in front of what they name: past a model's front face (the CDN's, 0.9). */
  nameAhead: 1.9,
  /**
   * The closing words stand at the back, beyond the diagram, where the last shot (from
   * [4, 40.3, 31.64] at [4, 0, 5.25]) sees the first line's middle 90 px from the top of a 1080p
   * frame: the title's place on the map, with the diagram below and the captions clear of both.
   */
  ending: [4, 5.3, -10.2] as Vec3,
} as const

/**
 * Chapter 8: two panels side by side, stateful on the left of x = 0, stateless on the right; in
 * each, the users stand in front, their servers behind them, and (stateless) the shared store at
 * the back. Further right, the autoscaling stage (load chart beside a row of server slots); behind
 * the panels, the updated architecture.
 */
export const statelessLayout = {
  /** Panel centres: each panel fills its half of the split frame, its labels clear of the divide. */
  panelX: [-6.4, 6.4] as const,
  /**
   * Users and servers share columns, so a sticky path runs straight back; a rack and a gap apart,
   * wide enough for three session cards on one server.
   */
  columns: [-2.9, 0, 2.9] as const,
  /** Far enough in front of the servers that the users' heads stay below the racks on screen. */
  userZ: 4.4,
  serverZ: 0,
  /** The shared store sits behind the middle server, far enough back to clear the servers' names. */
  storeZ: -5,
  /** Titles hang high over each panel, above the store and its name. */
  titleY: 9.2,
  /** Rows under the title: its subtitle, then the running result, a readable line apart. */
  titleStep: 0.95,
  /**
   * Autoscaling: the chart's bottom-left corner and its plot size; to its right the server slots,
   * four a row in two rows (the autoscaler's eight at most), filled bottom row first.
   */
  chart: [25, 1, 0] as Vec3,
  chartSize: [8, 4.4] as const,
  grid: [36, 0, 0] as Vec3,
  gridStep: 1.9,
  gridColumns: 4,
  /** A rack's height and a gap: the second row stands on a shelf above the first. */
  gridRowStep: 1.75,
  /** The updated architecture, left to right as a request flows, close enough to fill the frame. */
  archUsers: [-9, 0, -30] as Vec3,
  archLb: [-4, 0, -30] as Vec3,
  archWeb: [[0.5, 0, -33.2] as Vec3, [0.5, 0, -30] as Vec3, [0.5, 0, -26.8] as Vec3],
  /** The data tier in a column, names to the right of each. */
  archCache: [4.9, 0, -34.4] as Vec3,
  archDb: [5.1, 0, -30.2] as Vec3,
  /** The new piece, in front where the eye lands first. */
  archStore: [5, 0, -25.8] as Vec3,
  /** Names in the data tier sit this far right of their model's centre. */
  archNameX: 1.4,
} as const

/**
 * Chapter 9: a big globe turned to North America, the two data centres on it, users in the
 * cities around them; the three challenges stand to the right of the globe, in front of it.
 */
export const multiDcLayout = {
  /** Large and set back, so that North America alone fills most of the frame. */
  globe: [0, 8, -8] as Vec3,
  globeRadius: 12,
  /** The data centres: northern Virginia (US-East) and Oregon (US-West), where clouds put them. */
  sites: [
    { lat: 39.04, lon: -77.49 },
    { lat: 45.6, lon: -121.2 },
  ] as const,
  /** Each site's database stands this far south of its servers (degrees), clear of their label. */
  dbSouth: 3.4,
  /** Users: cities nearer one site or the other (east first, then west). */
  cities: {
    east: [
      { lat: 40.71, lon: -74.01 },
      { lat: 42.36, lon: -71.06 },
      { lat: 33.75, lon: -84.39 },
      { lat: 25.76, lon: -80.19 },
      { lat: 41.88, lon: -87.63 },
      { lat: 43.65, lon: -79.38 },
    ],
    west: [
      { lat: 47.61, lon: -122.33 },
      { lat: 37.77, lon: -122.42 },
      { lat: 34.05, lon: -118.24 },
      { lat: 39.74, lon: -104.99 },
      { lat: 33.45, lon: -112.07 },
      { lat: 49.28, lon: -123.12 },
    ],
  } as const,
  /** How high routes bow: users' trips, and the two directions of replication (apart). */
  routeLift: 0.7,
  /** Replication's two directions bow to opposite sides, so both arrows can be seen. */
  syncLift: 1,
  syncSide: 0.9,
  /** Where routes end above a site: just off the surface, in front of its (upright) icons. */
  rackTop: 0.3,
  dbTop: 0.3,
  heading: [0, 9.6, 8] as Vec3,
  /**
   * The challenges: left edge of the panel, each row's height, the checklist's rows. From the
   * shot over them (about 19 units away) the panel runs from 70 px below the top of a 1080p frame
   * to its last check at about 780 px, clear above the captions.
   */
  panel: [6.8, 13.9, 5] as Vec3,
  /** The failover's running commentary, across the top of the frame. */
  banner: [0, 13.2, 6] as Vec3,
  /** A title and its two detail lines, and a line's air before the next title. */
  rowStep: 2.35,
  checkStep: 0.85,
  /**
   * What faces the viewer: the Pacific under the title (dark sea behind the words), then North
   * America, then a little east so the continent moves left of the challenges panel.
   */
  turns: [
    { at: 0, lat: 20, lon: -165 },
    { at: 4.5, lat: 22, lon: -155 },
    { at: 10, lat: 40, lon: -99 },
    { at: 34, lat: 40, lon: -100 },
    { at: 37, lat: 40, lon: -95 },
    { at: 65, lat: 40, lon: -97 },
  ] as const,
} as const

/**
 * Chapter 10: left to right as a job flows: the uploading user, the producers (web servers), the
 * queue, the consumers (workers, two rows of three); the separation marks stand in the gaps on
 * either side of the queue.
 */
export const messageQueueLayout = {
  user: [-10.6, 0, 2] as Vec3,
  /** Two producers, one behind the other, a rack's depth and some air apart. */
  producers: [[-7, 0, -1.6] as Vec3, [-7, 0, 1.8] as Vec3],
  /** The queue's centre; it runs along x from entry (left) to exit (right). */
  queue: [-1, 0, 0] as Vec3,
  queueLength: 6.2,
  queueSlots: 8,
  /**
   * Worker slots: the first three in front, later ones behind. Columns wide enough for the job
   * names over them; rows far enough apart that, seen from above, the front row's names stay
   * below the back row's racks.
   */
  workers: [
    [4.8, 0, 2.6] as Vec3,
    [7.5, 0, 2.6] as Vec3,
    [10.2, 0, 2.6] as Vec3,
    [4.8, 0, -2.6] as Vec3,
    [7.5, 0, -2.6] as Vec3,
    [10.2, 0, -2.6] as Vec3,
  ],
  /** Names above each group, standing behind the back row so its labels stay clear. */
  headerY: 5.3,
  headerZ: -3.6,
  /** The producers' name stands a little left of them, clear of the queue's longer name. */
  producersHeaderX: -7.5,
  /** The backlog lies in front of the queue, on the ground. */
  backlogZ: 2,
  /**
   * What the backlog triggers, and later the closing line in its place, stand over the queue,
   * under the group names: in front of it they would sit where the captions are.
   */
  noteY: 3.4,
  /** The separation marks: midway through the gaps on either side of the queue. */
  separators: [-5.15, 3.05] as const,
} as const

/**
 * The film's map, shown at the end of every chapter: the conclusion's diagram, growing. Pieces
 * the conclusion keeps stand where `conclusionLayout` puts them; these are the pieces that later
 * chapters replace, placed where their replacements will stand, so the data tier never moves.
 */
export const architectureMapLayout = {
  /** One camera for every bridge: the conclusion's high view, a little further out for the titles. */
  camera: { position: [3, 31, 23.2] as Vec3, target: [3, 0, 2.9] as Vec3, fov: 40 },
  /** The single database, then the master: the middle of the column the shards will fill. */
  db: [9.5, 0, 0] as Vec3,
  /** The two replicas, beside the master where the shards' replicas will stand. */
  replicas: [[11.7, 0, -2.6] as Vec3, [11.7, 0, 2.6] as Vec3],
  /**
   * Chapter 9's data centre: an outline on the ground around every tier it holds (balancer to
   * data, queue and workers), not the users, DNS, CDN or the tools that watch both centres.
   */
  dataCentre: { center: [2.25, 0, 2.5] as Vec3, size: [23.5, 0.3, 22] as [number, number, number] },
  /** The name of the data centre: inside its back edge, in the gap between DNS and the cache. */
  dataCentreName: [-3.5, 0, -8.9] as Vec3,
  /** The web tier's name: in front of its column, clear of the racks that stand up into view. */
  webName: [-1.5, 0, 3.9] as Vec3,
  /**
   * While the tier is one rack (the middle one), its name stands just in front of that rack;
   * at `webName` it would float a column's length away from it.
   */
  soloWebName: [-1.5, 0, 1.2] as Vec3,
  /** The data tier's name: behind its column, clear of the first shard's top. */
  dataName: [10.6, 0, -9.3] as Vec3,
  /**
   * The title of a bridge, in the camera's space so it holds the top of the frame whatever the
   * shot: the kicker's line centred 80 px from the top of a 1080p frame (clear of the 54 px
   * title-safe margin), the headline's at 140 px, both as far off as the diagram's middle.
   */
  kicker: [0, 13.6, -44] as Vec3,
  headline: [0, 11.6, -43] as Vec3,
  /**
   * Each bridge's shot: the map's own view direction, closer in while little is built, so the
   * diagram fills the frame between the titles (down to 200 px) and the bottom of the title-safe
   * area, 110 px in from each side. Fitted to the names and models each bridge shows; the early
   * ones look a little further back, so the DNS tower's globe stands clear below the headline.
   */
  shots: {
    /** Users, DNS and one server: the left third of the stage. */
    'single-server': { target: [-8.25, 0, -1.6], scale: 0.68 },
    /** Users to the database, the data tier's name at the back. */
    'web-and-database': { target: [-3.75, 0, -1.5], scale: 0.7 },
    'vertical-vs-horizontal': { target: [-3.75, 0, -1.5], scale: 0.7 },
    'load-balancer': { target: [-3.75, 0, -1.5], scale: 0.7 },
    /** The replicas reach further right, the cache further back. */
    replication: { target: [-2.25, 0, -0.5], scale: 0.76 },
    cache: { target: [-2.25, 0, -0.5], scale: 0.76 },
    /** The CDN in front on the left, then the session store in front on the right. */
    cdn: { target: [-2.25, 0, 0.25], scale: 0.8 },
    stateless: { target: [-2.25, 0, 1], scale: 0.86 },
    /** The data centre's outline, then its queue and workers at the front. */
    'multi-dc': { target: [1.5, 0, 3], scale: 1.01 },
    'message-queue': { target: [1.5, 0, 3], scale: 1.03 },
    /** The tools at the far right: the whole diagram. */
    monitoring: { target: [3.75, 0, 3], scale: 1.03 },
    sharding: { target: [3.75, 0, 3], scale: 1.03 },
  } satisfies Record<string, MapShot>,
} as const

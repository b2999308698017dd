import type { Vec3 } from './paths'

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
  /** The sample JSON hangs in the sky above and between the user and the server. */
  jsonCallout: [0, 9.4, 0] as Vec3,
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
  nosql: [44, 0, 0] as Vec3,
  compareTitle: [37, 9.6, 0] as Vec3,
} as const

/**
 * Chapter 3: a split screen. Scaling up on the left of the divider (x < 0), scaling out on the
 * right. Bars stand beside the growing server and reach the ceiling when it is full size.
 */
export const verticalVsHorizontal = {
  upServer: [-8.5, 0, 0] as Vec3,
  cpuBar: [-4.9, 0, 0.8] as Vec3,
  ramBar: [-3.7, 0, 0.8] as Vec3,
  /** The hard limit: the height of a full bar, where the ceiling hangs. */
  ceiling: 6,
  ceilingWidth: 11,
  ceilingCenterX: -7,
  titleY: 9.4,
  leftCenterX: -7,
  rightCenterX: 8,
  /** Scale-out pool: three columns, two rows, a rack's width apart and then some. */
  poolX: [4.5, 8, 11.5] as const,
  poolZ: [-1.6, 1.6] as const,
  advantages: [3.4, 7.6, 1.2] as Vec3,
  user: [8, 0, 7.5] as Vec3,
  userPort: [8, 1.6, 6.9] as Vec3,
} as const

/**
 * Chapter 4: users on the left, the load balancer left of centre, the pool of web servers side
 * by side on the right (five units apart: room for each one's name, address and count); DNS
 * behind, between users and balancer.
 */
export const loadBalancerLayout = {
  user: [-13, 0, 1.5] as Vec3,
  userPort: [-13, 1.6, 2.1] as Vec3,
  dns: [-9, 0, -6] as Vec3,
  lb: [-4, 0, 1.5] as Vec3,
  lbPort: [-4, 1.2, 1.5] as Vec3,
  servers: [[3, 0, 0] as Vec3, [8, 0, 0] as Vec3, [13, 0, 0] as Vec3],
  /** Where arrows and packets reach a server: its front face, at its middle. */
  serverPortY: 1.2,
  poolNotes: [8, 5.9, 0] as Vec3,
  dnsTable: [-8, 8.6, -4] as Vec3,
} as const

/**
 * Chapter 5: the web tier on the left sends writes to the master at the centre and reads to
 * the replicas arranged around it on the right.
 */
export const replicationLayout = {
  web: [-12, 0, 2] as Vec3,
  webPort: [-11.2, 1.4, 2.6] as Vec3,
  /** Node 0 starts as master; 1–3 are replicas in a row to its right, labels clear of each other. */
  nodes: [[-3, 0, -1] as Vec3, [4, 0, -1] as Vec3, [9.5, 0, -1] as Vec3, [15, 0, -1] as Vec3],
  portY: 1.4,
  advantages: [-5, 9.4, -2] as Vec3,
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
  notes: [0, 8.2, -1] as Vec3,
  snippet: [-5.5, 8.4, -1] as Vec3,
} as const

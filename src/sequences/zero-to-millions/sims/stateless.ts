import { createAutoscaler, createSessions, type SimParams } from '../../../sim'
import { stateless as script } from '../script/stateless'

const { beats } = script

/** Three users and three servers: few enough to follow every request. */
export const OWNERS = ['A', 'B', 'C'] as const
/** Requests a second from the three users together. */
const SESSION_RPS = 2.4
/** Health checks every 2 s: the balancer notices the failed server within a breath. */
const HEALTH_CHECK_SECONDS = 2
/** Longer than the chapter: sessions end only when a server takes them down. */
const SESSION_TTL = 120
/** Seconds after the stateful panel appears before the first user visits. */
const QUIET_AFTER_STATEFUL = 1.2
/** Server 1 fails a moment after the narration says so. */
export const FAIL_DELAY = 0.5
/**
 * The autoscaler's day: one simulated day in 22 s, at its busiest 5.2 s after the chart starts,
 * so that the load climbs and falls within the shot; it evaluates every second and launches
 * servers that serve 2 s later.
 */
const DAY_SECONDS = 22
const PEAK_AFTER = 5.2
const AUTOSCALE = {
  perServerRps: 4,
  targetUtilisation: 0.7,
  minServers: 2,
  maxServers: 8,
  evalInterval: 1,
  metricWindow: 1.5,
  provisionDelay: 2,
  scaleOutCooldown: 2,
  scaleInCooldown: 2,
  // Two evaluations in a row must want more: one noisy second on the falling curve would
  // otherwise start a server while the chart shows the load going down.
  scaleOutPeriods: 2,
}
const PEAK_RPS = 20

/** The two session models' shared settings: the same users, requests and failure on both sides. */
const sessionParams = (sim: SimParams) => ({
  seed: sim.seed,
  healthCheckInterval: HEALTH_CHECK_SECONDS,
  sessionTtl: SESSION_TTL,
  servers: [
    { id: 'server-1', name: 'Server 1', outages: [{ at: beats.failure + FAIL_DELAY }] },
    { id: 'server-2', name: 'Server 2' },
    { id: 'server-3', name: 'Server 3' },
  ],
  // The same users making the same requests on both sides: only the routing differs.
  arrivals: {
    stream: 'ch08-sessions',
    peakRps: SESSION_RPS * sim.load,
    trough: 1,
    users: OWNERS.length,
    zipf: 0,
    // Nobody visits before the panel is on screen, so each session is seen being created.
    bursts: [{ start: 0, end: beats.stateful + QUIET_AFTER_STATEFUL, multiplier: 0 }],
  },
})

/** Chapter 8's left panel: sessions kept on the server that made them. */
export const stickySessions = (sim: SimParams) =>
  createSessions({ ...sessionParams(sim), mode: 'sticky' })

/** Chapter 8's right panel: sessions in a shared store. */
export const sharedSessions = (sim: SimParams) =>
  createSessions({ ...sessionParams(sim), mode: 'shared' })

/** Chapter 8's autoscaler over a simulated day whose evening peak falls inside the shot. */
export const autoscaler = (sim: SimParams) => {
  const peakAt = beats.autoscale + PEAK_AFTER
  const startHour = (((20 - (24 * peakAt) / DAY_SECONDS) % 24) + 24) % 24
  return createAutoscaler({
    seed: sim.seed,
    ...AUTOSCALE,
    arrivals: {
      stream: 'ch08-autoscale',
      peakRps: PEAK_RPS * sim.load,
      trough: 0.1,
      dayLength: DAY_SECONDS,
      peakHour: 20,
      startHour,
    },
  })
}

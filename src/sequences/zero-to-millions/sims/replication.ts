import { createReplication, type SimParams } from '../../../sim'
import { replicationLayout as place } from '../layout'
import { replication as script } from '../script/replication'

const { beats } = script

/** Operations a second from the web tier: few enough that each packet can be followed. */
const PEAK_RPS = 3
/** A failure is noticed this long after it happens (health checks, timeouts). */
export const DETECTION_SECONDS = 3

/** Chapter 5's master and replicas: a replica fails and comes back, then the master fails. */
export const replication = (sim: SimParams) =>
  createReplication({
    seed: sim.seed,
    replicas: place.nodes.length - 1,
    detectionDelay: DETECTION_SECONDS,
    outages: [
      { node: 2, at: beats['replica-fail'], until: beats['replica-back'] },
      { node: 0, at: beats['master-fail'] },
    ],
    readFailover: 'master',
    arrivals: { stream: 'ch05-operations', peakRps: PEAK_RPS * sim.load, trough: 1 },
  })

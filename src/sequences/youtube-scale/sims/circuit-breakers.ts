import { createCircuitBreaker, type CircuitBreaker, type SimParams } from '../../../sim'
import { circuitBreakers as script } from '../script/circuit-breakers'

/**
 * Calls a second from the gateway to the like service: few enough to follow one by one, each
 * timeout's full second visible on its own. At this rate the outage's fifth failure falls on the
 * "open" beat and the third good trial on the "recovered" beat, so the breaker moves as the
 * narration says it does (test/unit/youtube-scale-breaker.test.ts holds the two together).
 */
export const CALLS_PER_SECOND = 1
/** How long the like service stays down after the outage beat. */
export const OUTAGE_SECONDS = 15

/**
 * The circuit-breakers chapter's simulation, in chapter seconds: the like service goes down on the
 * outage beat for OUTAGE_SECONDS, under the breaker's default thresholds (five failures in 10 s,
 * a 5 s cool-down, three good trials). Node-safe, for the scene and the test alike.
 */
export function breaker(sim: SimParams): CircuitBreaker {
  const down = script.beats.outage
  return createCircuitBreaker({
    seed: sim.seed,
    outage: { start: down, end: down + OUTAGE_SECONDS },
    arrivals: { peakRps: CALLS_PER_SECOND * sim.load, trough: 1 },
  })
}

/**
 * A circuit breaker in the API gateway in front of a flaky downstream service.
 *
 * Downstream: calls arrive as a Poisson stream; each call fails with probability
 * `baselineFailure`, or `outageFailure` during the outage [outage.start, outage.end) (seeded per
 * call). Calls are instantaneous in film time; their cost is reported in ms: a success takes
 * `successMs`, a failure waits for the `timeoutMs` timeout, a call rejected by an open breaker
 * fails fast in `rejectMs`.
 *
 * Breaker (seed 002: CLOSED, OPEN, HALF_OPEN):
 * - CLOSED: calls pass. It trips to OPEN at a failure that makes the failures within the last
 *   `window` seconds reach `failureThreshold`, or (if `failureRate` is set) makes the failure
 *   rate over the window reach `failureRate.threshold` with at least `failureRate.minCalls` calls.
 * - OPEN: calls are rejected without reaching the service. After `coolDown` seconds it becomes
 *   HALF_OPEN (at exactly openedAt + coolDown, whether or not a call arrives).
 * - HALF_OPEN: calls pass as trials. `halfOpenSuccesses` consecutive successes close it (and
 *   clear the failure window); any failure opens it again for another cool-down.
 *
 * `stateAt(t)` gives the state, counts and every transition so far with its time and reason.
 * Its window counts are what happened to calls in the last `window` seconds whatever the state:
 * while OPEN no call reaches the service, so the failures are those that opened it, ageing out,
 * and the refused calls are counted apart.
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { Checkpoints, type StepModel } from './core'

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN'

export interface CircuitBreakerParams {
  seed: number
  failureThreshold: number
  window: number
  failureRate?: { threshold: number; minCalls: number }
  coolDown: number
  halfOpenSuccesses: number
  baselineFailure: number
  outageFailure: number
  outage: { start: number; end: number }
  successMs: number
  timeoutMs: number
  rejectMs: number
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultCircuitBreakerParams: CircuitBreakerParams = {
  seed: 1,
  failureThreshold: 5,
  window: 10,
  coolDown: 5,
  halfOpenSuccesses: 3,
  baselineFailure: 0.01,
  outageFailure: 0.9,
  outage: { start: 20, end: 45 },
  successMs: 20,
  timeoutMs: 1000,
  rejectMs: 1,
  arrivals: { peakRps: 8, trough: 1 },
  checkpointEvery: 5,
}

export interface Transition {
  time: number
  from: BreakerState
  to: BreakerState
  reason: string
}

export interface BreakerCall {
  id: number
  time: number
  /** The breaker's state when the call arrived. */
  state: BreakerState
  outcome: 'success' | 'failure' | 'rejected'
  latencyMs: number
}

export interface CircuitBreakerModelState {
  t: number
  state: BreakerState
  /** When the current state began. */
  since: number
  calls: number
  successes: number
  failures: number
  rejected: number
  /**
   * Calls that failed at the service within the last `window` seconds, in any state (the breaker's
   * own count restarts when it leaves CLOSED; this one does not).
   */
  windowFailures: number
  /** Calls an open breaker refused within the last `window` seconds. */
  windowRejected: number
  /** Consecutive successes in HALF_OPEN. */
  trialSuccesses: number
  /** Whether the downstream is in its outage at t. */
  downstreamDown: boolean
  transitions: Transition[]
  /** Total ms callers waited, and what they would have waited without a breaker. */
  waitedMs: number
  waitedWithoutBreakerMs: number
}

export interface CircuitBreaker {
  readonly params: Readonly<CircuitBreakerParams>
  readonly arrivals: Arrivals
  stateAt(t: number): CircuitBreakerModelState
  callsIn(t0: number, t1: number): BreakerCall[]
  /** Whether a call with uniform `u` at `time` fails at the downstream (breaker aside). */
  downstreamFails(u: number, time: number): boolean
}

interface Work {
  t: number
  state: BreakerState
  since: number
  /** Times of recent passed calls and whether they failed (the breaker's window, CLOSED only). */
  recent: { time: number; failed: boolean }[]
  /** Times of failed and of refused calls within the last window, in any state (for display). */
  lastFailed: number[]
  lastRejected: number[]
  trial: number
  calls: number
  successes: number
  failures: number
  rejected: number
  waited: number
  waitedWithout: number
  transitions: Transition[]
}

export function createCircuitBreaker(
  overrides: Partial<CircuitBreakerParams> = {},
): CircuitBreaker {
  const p: CircuitBreakerParams = { ...defaultCircuitBreakerParams, ...overrides }
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'breaker', ...(p.arrivals ?? {}) })
  const inOutage = (t: number) => t >= p.outage.start && t < p.outage.end
  /** A call fails at the downstream when its uniform is under the failure probability. */
  const downstreamFails = (u: number, time: number) =>
    u < (inOutage(time) ? p.outageFailure : p.baselineFailure)

  function go(w: Work, to: BreakerState, time: number, reason: string) {
    w.transitions = [...w.transitions, { time, from: w.state, to, reason }]
    w.state = to
    w.since = time
    w.trial = 0
    if (to !== 'CLOSED') w.recent = []
  }

  /** Time-driven transition: OPEN → HALF_OPEN once the cool-down has passed (before `t`). */
  function coolDown(w: Work, t: number, inclusive: boolean) {
    const at = w.since + p.coolDown
    if (w.state === 'OPEN' && (at < t || (inclusive && at === t))) {
      go(w, 'HALF_OPEN', at, `cool-down of ${p.coolDown}s elapsed`)
    }
  }

  function prune(w: Work, t: number) {
    let k = 0
    while (k < w.recent.length && w.recent[k]!.time <= t - p.window) k++
    if (k) w.recent.splice(0, k)
  }

  /** Records a call's time in `times`, dropping those no longer within the window. */
  function log(times: number[], t: number) {
    let k = 0
    while (k < times.length && times[k]! <= t - p.window) k++
    if (k) times.splice(0, k)
    times.push(t)
  }

  function call(w: Work, r: Request, emit?: (c: BreakerCall) => void) {
    const { id, time } = r
    coolDown(w, time, true)
    w.calls++
    const fails = downstreamFails(r.u, time)
    w.waitedWithout += fails ? p.timeoutMs : p.successMs
    const state = w.state
    if (state === 'OPEN') {
      w.rejected++
      log(w.lastRejected, time)
      w.waited += p.rejectMs
      emit?.({ id, time, state, outcome: 'rejected', latencyMs: p.rejectMs })
      return
    }
    if (fails) {
      w.failures++
      log(w.lastFailed, time)
    } else w.successes++
    w.waited += fails ? p.timeoutMs : p.successMs
    emit?.({
      id,
      time,
      state,
      outcome: fails ? 'failure' : 'success',
      latencyMs: fails ? p.timeoutMs : p.successMs,
    })
    if (state === 'HALF_OPEN') {
      if (fails) go(w, 'OPEN', time, 'trial call failed')
      else if (++w.trial >= p.halfOpenSuccesses) {
        go(w, 'CLOSED', time, `${p.halfOpenSuccesses} trial calls succeeded`)
      }
      return
    }
    // CLOSED
    prune(w, time)
    w.recent.push({ time, failed: fails })
    if (!fails) return
    const failed = w.recent.reduce((a, c) => a + (c.failed ? 1 : 0), 0)
    if (failed >= p.failureThreshold) {
      go(w, 'OPEN', time, `${failed} failures within ${p.window}s`)
      return
    }
    const rate = p.failureRate
    if (rate && w.recent.length >= rate.minCalls && failed / w.recent.length >= rate.threshold) {
      go(
        w,
        'OPEN',
        time,
        `failure rate ${Math.round((100 * failed) / w.recent.length)}% ≥ ${Math.round(100 * rate.threshold)}%`,
      )
    }
  }

  function advance(w: Work, to: number, emit?: (c: BreakerCall) => void) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) call(w, r, emit)
    coolDown(w, to, false)
    w.t = to
  }

  const copy = (w: Work): Work => ({
    ...w,
    recent: w.recent.slice(),
    lastFailed: w.lastFailed.slice(),
    lastRejected: w.lastRejected.slice(),
  })
  const model: StepModel<Work, Work> = {
    initial: () => ({
      t: 0,
      state: 'CLOSED',
      since: 0,
      recent: [],
      lastFailed: [],
      lastRejected: [],
      trial: 0,
      calls: 0,
      successes: 0,
      failures: 0,
      rejected: 0,
      waited: 0,
      waitedWithout: 0,
      transitions: [],
    }),
    advance: (w, to) => advance(w, to),
    save: copy,
    load: copy,
  }
  const checkpoints = new Checkpoints(model, p.checkpointEvery)

  return {
    params: p,
    arrivals,
    downstreamFails,
    stateAt(t) {
      const w = checkpoints.at(t)
      const cutoff = w.t - p.window
      return {
        t: w.t,
        state: w.state,
        since: w.since,
        calls: w.calls,
        successes: w.successes,
        failures: w.failures,
        rejected: w.rejected,
        windowFailures: w.lastFailed.filter((time) => time > cutoff).length,
        windowRejected: w.lastRejected.filter((time) => time > cutoff).length,
        trialSuccesses: w.trial,
        downstreamDown: inOutage(w.t),
        transitions: w.transitions,
        waitedMs: w.waited,
        waitedWithoutBreakerMs: w.waitedWithout,
      }
    },
    callsIn(t0, t1) {
      return checkpoints.eventsIn<BreakerCall>(t0, t1, advance)
    },
  }
}

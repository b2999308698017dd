/**
 * An autoscaler that follows the daily load with a delay.
 *
 * Model: every `evalInterval` film seconds the autoscaler measures the request rate over the
 * last `metricWindow` seconds (counted from the arrivals, so it is noisy like a real metric) and
 * computes the servers needed to keep utilisation at `targetUtilisation`:
 *   desired = clamp(ceil(measured rps / (perServerRps × target)), min, max).
 * - Scale out: if desired exceeds running + launching and the last scale-out was at least
 *   `scaleOutCooldown` ago, it launches the difference; new servers serve after
 *   `provisionDelay` (boot + health check). So capacity lags load by about the provision delay
 *   plus up to one evaluation interval and half the metric window.
 * - Scale in: if desired is below running, nothing is launching and the last scaling action of
 *   either kind was at least `scaleInCooldown` ago, it removes the surplus at once (scale in is
 *   deliberately slower than scale out, as in real autoscalers).
 *
 * State is tiny; it is checkpointed and stepped one evaluation at a time.
 */
import { createArrivals, type Arrivals, type ArrivalsParams } from './arrivals'
import { copyCheckpoints, clamp } from './core'

export interface AutoscaleParams {
  seed: number
  /** Requests per film second one server handles at 100 % utilisation. */
  perServerRps: number
  targetUtilisation: number
  minServers: number
  maxServers: number
  evalInterval: number
  metricWindow: number
  provisionDelay: number
  scaleOutCooldown: number
  scaleInCooldown: number
  /**
   * Consecutive evaluations that must each want more servers before it launches any (1: the
   * first does). Two, like an alarm needing two datapoints, keep one noisy second of traffic on
   * a falling curve from starting a server nobody needs.
   */
  scaleOutPeriods: number
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultAutoscaleParams: AutoscaleParams = {
  seed: 1,
  perServerRps: 4,
  targetUtilisation: 0.7,
  minServers: 2,
  maxServers: 20,
  evalInterval: 2,
  metricWindow: 4,
  provisionDelay: 6,
  scaleOutCooldown: 8,
  scaleInCooldown: 20,
  scaleOutPeriods: 1,
  checkpointEvery: 10,
}

export interface ScalingAction {
  /** When the autoscaler decided. */
  time: number
  kind: 'out' | 'in'
  count: number
  /** When the servers serve (scale out) or stopped (scale in). */
  effective: number
}

export interface AutoscaleState {
  t: number
  /** The load curve's expected rps at t. */
  demandRps: number
  /** The rps the autoscaler last measured. */
  measuredRps: number
  desired: number
  running: number
  launching: number
  capacityRps: number
  /** Expected demand / capacity at t. */
  utilisation: number
  actions: ScalingAction[]
}

export interface Autoscaler {
  readonly params: Readonly<AutoscaleParams>
  readonly arrivals: Arrivals
  stateAt(t: number): AutoscaleState
  /** Servers running at t (cheap: the same state, fewer fields). */
  serversAt(t: number): number
}

interface Work {
  t: number
  running: number
  launches: { ready: number; count: number }[]
  lastOut: number
  lastAction: number
  measured: number
  desired: number
  /** Consecutive evaluations so far that wanted more servers than running and launching. */
  wantedMore: number
  actions: ScalingAction[]
}

export function createAutoscaler(overrides: Partial<AutoscaleParams> = {}): Autoscaler {
  const p: AutoscaleParams = { ...defaultAutoscaleParams, ...overrides }
  if (!(p.evalInterval > 0)) throw new Error('autoscale: evalInterval must be > 0')
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'autoscale', ...(p.arrivals ?? {}) })
  const E = p.evalInterval
  const perServer = p.perServerRps * p.targetUtilisation

  /** Launches ready before `time` (or at it, when `inclusive`) join the running servers. */
  function ready(w: Work, time: number, inclusive: boolean) {
    while (
      w.launches.length &&
      (w.launches[0]!.ready < time || (inclusive && w.launches[0]!.ready === time))
    ) {
      w.running += w.launches.shift()!.count
    }
  }

  function evaluate(w: Work, time: number) {
    const window = Math.min(p.metricWindow, time)
    w.measured = window > 0 ? arrivals.countIn(time - window, time) / window : 0
    w.desired = clamp(Math.ceil(w.measured / perServer), p.minServers, p.maxServers)
    const launching = w.launches.reduce((a, l) => a + l.count, 0)
    w.wantedMore = w.desired > w.running + launching ? w.wantedMore + 1 : 0
    if (
      w.wantedMore >= p.scaleOutPeriods &&
      w.desired > w.running + launching &&
      time - w.lastOut >= p.scaleOutCooldown
    ) {
      const count = w.desired - w.running - launching
      const effective = time + p.provisionDelay
      w.launches.push({ ready: effective, count })
      w.lastOut = time
      w.lastAction = time
      w.actions = [...w.actions, { time, kind: 'out', count, effective }]
    } else if (
      w.desired < w.running &&
      launching === 0 &&
      time - w.lastAction >= p.scaleInCooldown
    ) {
      const count = w.running - w.desired
      w.running = w.desired
      w.lastAction = time
      w.actions = [...w.actions, { time, kind: 'in', count, effective: time }]
    }
  }

  function advance(w: Work, to: number) {
    if (!(to > w.t)) return
    // Evaluations at k·E (k ≥ 1) in [w.t, to), each after the launches ready by then.
    for (let k = Math.max(1, Math.ceil(w.t / E)); k * E < to; k++) {
      ready(w, k * E, true)
      evaluate(w, k * E)
    }
    ready(w, to, false)
    w.t = to
  }

  const copy = (w: Work): Work => ({ ...w, launches: w.launches.map((l) => ({ ...l })) })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        running: p.minServers,
        launches: [],
        lastOut: -Infinity,
        lastAction: -Infinity,
        measured: 0,
        desired: p.minServers,
        wantedMore: 0,
        actions: [],
      }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )

  return {
    params: p,
    arrivals,
    stateAt(t) {
      const w = checkpoints.at(t)
      const demand = arrivals.rateAt(w.t)
      const capacity = w.running * p.perServerRps
      return {
        t: w.t,
        demandRps: demand,
        measuredRps: w.measured,
        desired: w.desired,
        running: w.running,
        launching: w.launches.reduce((a, l) => a + l.count, 0),
        capacityRps: capacity,
        utilisation: capacity > 0 ? demand / capacity : 0,
        actions: w.actions,
      }
    },
    serversAt(t) {
      return checkpoints.at(t).running
    },
  }
}

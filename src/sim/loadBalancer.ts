/**
 * A load balancer in front of a server pool: round-robin or least-connections, with health
 * checks.
 *
 * Model:
 * - Health checks run at 0, H, 2H, … The pool at time t is the set of servers that the last
 *   check at or before t saw up. So a server failing at tf leaves the pool at the first check at
 *   or after tf (within H seconds), and a server joining at tj gets traffic from its first
 *   healthy check at or after tj.
 * - Round-robin keeps a pointer over the server list and gives each request to the next pool
 *   member after the previous choice (nginx-style: membership changes do not reset it).
 *   Least-connections picks the pool member with the fewest requests in flight, ties broken in
 *   round-robin order from the same pointer.
 * - Each request holds its server for a service time of `serviceTime × (0.5 … 1.5)` film
 *   seconds, drawn with the request (its uniform `u`).
 * - Failure semantics (the choice the issue asks for): a request sent to a server that is down
 *   but not yet removed by a health check is refused at once and counted as failed (the viewer
 *   sees red packets for up to H seconds); with `onDown: 'retry'` the balancer instead retries
 *   it once on the next pool member (it fails if that one is down too). Requests in flight on a
 *   server when it fails fail at that moment. With an empty pool a request fails as
 *   'no-server'.
 *
 * Invariant: every arrived request is, at any t, exactly one of: in flight on one server,
 * served by one server, or failed — none lost, none served twice (tests check it).
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { copyCheckpoints, isUp, lastCheck, MinHeap, sum, type Outage } from './core'

export type BalancingPolicy = 'round-robin' | 'least-connections'

export interface ServerSpec {
  id: string
  name: string
  /** Private IP shown on screen. */
  ip: string
  /** Film second the server is started (default 0). */
  joinAt?: number
  outages?: Outage[]
}

export interface LoadBalancerParams {
  seed: number
  policy: BalancingPolicy
  servers: ServerSpec[]
  /** Seconds between health checks (H). */
  healthCheckInterval: number
  /** Mean film seconds a request holds a server. */
  serviceTime: number
  /** What happens to a request sent to a down server that is still in the pool. */
  onDown: 'fail' | 'retry'
  /** The traffic: an arrivals instance to share, or parameters for its own. */
  arrivals?: Arrivals | Partial<ArrivalsParams>
  /** Checkpoint spacing in film seconds. */
  checkpointEvery: number
}

export const defaultLoadBalancerParams: LoadBalancerParams = {
  seed: 1,
  policy: 'round-robin',
  servers: [
    { id: 'server-1', name: 'Server 1', ip: '10.0.0.1', outages: [{ at: 42.5 }] },
    { id: 'server-2', name: 'Server 2', ip: '10.0.0.2' },
    { id: 'server-3', name: 'Server 3', ip: '10.0.0.3', joinAt: 71 },
  ],
  healthCheckInterval: 5,
  serviceTime: 0.8,
  onDown: 'fail',
  checkpointEvery: 5,
}

export type ServerStatus =
  /** Not started yet. */
  | 'off'
  /** Up, waiting for its first healthy check. */
  | 'joining'
  /** Up and in the pool. */
  | 'healthy'
  /** Down but still in the pool: traffic sent to it fails until the next check. */
  | 'failing'
  /** Down and removed from the pool. */
  | 'down'

export interface ServerState {
  id: string
  name: string
  ip: string
  status: ServerStatus
  up: boolean
  inPool: boolean
  inFlight: number
  served: number
  /** Requests that ended failed on this server (refused while down, or cut off by a crash). */
  failed: number
  /** Requests ever sent to it (retries included). */
  dispatched: number
}

export interface LoadBalancerState {
  t: number
  policy: BalancingPolicy
  healthCheck: { interval: number; last: number; next: number }
  /** Ids of the servers in rotation at t. */
  pool: string[]
  servers: ServerState[]
  totals: {
    arrived: number
    served: number
    failed: number
    inFlight: number
    /** Requests that failed because the pool was empty. */
    noServer: number
    /** Requests retried once after hitting a down server (onDown: 'retry'). */
    retried: number
  }
}

/** One request's whole life, for drawing packets. */
export interface RequestTrace {
  id: number
  userId: number
  arrival: number
  /** The server that handled it last (null: none available). */
  server: string | null
  /** The first server it was sent to, when it was retried elsewhere. */
  retriedFrom?: string
  outcome: 'served' | 'failed'
  reason?: 'refused' | 'crashed' | 'no-server'
  /** When it completed or failed. */
  end: number
}

export interface LoadBalancer {
  readonly params: Readonly<LoadBalancerParams>
  readonly arrivals: Arrivals
  stateAt(t: number): LoadBalancerState
  /** Full traces of the requests arriving in [t0, t1). */
  requestsIn(t0: number, t1: number): RequestTrace[]
  /** Whether server i (by index) is in the pool at t (closed form). */
  inPool(index: number, t: number): boolean
}

interface Flight {
  /** When it ends (completes, or fails with its server); the heap's key. */
  key: number
  /** The request id: breaks ties so the order is total. */
  seq: number
  server: number
  ok: boolean
}

interface Work {
  t: number
  rr: number
  inflight: Int32Array
  served: Float64Array
  failed: Float64Array
  dispatched: Float64Array
  arrived: number
  noServer: number
  retried: number
  heap: MinHeap<Flight>
}

export function createLoadBalancer(overrides: Partial<LoadBalancerParams> = {}): LoadBalancer {
  const p: LoadBalancerParams = { ...defaultLoadBalancerParams, ...overrides }
  if (p.servers.length === 0) throw new Error('loadBalancer: at least one server is needed')
  if (!(p.healthCheckInterval > 0)) throw new Error('loadBalancer: healthCheckInterval must be > 0')
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'lb', ...(p.arrivals ?? {}) })
  const n = p.servers.length
  const H = p.healthCheckInterval

  const upAt = (i: number, t: number) => isUp(t, p.servers[i]!.outages, p.servers[i]!.joinAt ?? 0)
  // Pool membership only changes at health checks: cache it per check.
  let poolCheck = NaN
  const poolMask: boolean[] = new Array<boolean>(n).fill(false)
  const inPool = (i: number, t: number) => {
    const c = lastCheck(t, H)
    if (c !== poolCheck) {
      for (let k = 0; k < n; k++) poolMask[k] = upAt(k, c)
      poolCheck = c
    }
    return poolMask[i]!
  }
  /** When a request started at `start` on server i ends early because the server fails. */
  const crashDuring = (i: number, start: number, end: number) => {
    let first = Infinity
    for (const o of p.servers[i]!.outages ?? [])
      if (o.at > start && o.at < end) first = Math.min(first, o.at)
    return first
  }

  /** The next pool member at or after the pointer, honouring the policy. */
  function choose(w: Work, t: number, exclude: number): number {
    let best = -1
    for (let k = 0; k < n; k++) {
      const i = (w.rr + k) % n
      if (i === exclude || !inPool(i, t)) continue
      if (p.policy === 'round-robin') return i
      if (best < 0 || w.inflight[i]! < w.inflight[best]!) best = i
    }
    return best
  }

  type Emit = (e: {
    kind: 'arrive' | 'dispatch' | 'end'
    req?: Request
    f?: Flight
    t: number
  }) => void

  /** Ends flights due before `to` (or at it, when `inclusive`). */
  function finishUntil(w: Work, to: number, inclusive: boolean, emit?: Emit) {
    while (w.heap.size && (w.heap.peekKey() < to || (inclusive && w.heap.peekKey() === to))) {
      const key = w.heap.peekKey()
      const f = w.heap.pop()!
      w.inflight[f.server]!--
      if (f.ok) w.served[f.server]!++
      else w.failed[f.server]!++
      emit?.({ kind: 'end', f, t: key })
    }
  }

  function dispatch(w: Work, r: Request, emit?: Emit) {
    const t = r.time
    w.arrived++
    emit?.({ kind: 'arrive', req: r, t })
    let i = choose(w, t, -1)
    if (i < 0) {
      w.noServer++
      return
    }
    w.rr = (i + 1) % n
    w.dispatched[i]!++
    if (!upAt(i, t) && p.onDown === 'retry') {
      const j = choose(w, t, i)
      if (j >= 0) {
        emit?.({ kind: 'dispatch', req: r, f: { key: t, seq: r.id, server: i, ok: false }, t })
        w.retried++
        w.rr = (j + 1) % n
        w.dispatched[j]!++
        i = j
      }
    }
    if (!upAt(i, t)) {
      // Refused at once: the server is down but the balancer has not noticed yet.
      const f: Flight = { key: t, seq: r.id, server: i, ok: false }
      w.failed[i]!++
      emit?.({ kind: 'dispatch', req: r, f, t })
      emit?.({ kind: 'end', f, t })
      return
    }
    const end = t + p.serviceTime * (0.5 + r.u)
    const crash = crashDuring(i, t, end)
    const f: Flight = { key: Math.min(end, crash), seq: r.id, server: i, ok: crash === Infinity }
    w.inflight[i]!++
    w.heap.push(f)
    emit?.({ kind: 'dispatch', req: r, f, t })
  }

  function advance(w: Work, to: number, emit?: Emit) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      // Completions at the same instant as an arrival happen first.
      finishUntil(w, r.time, true, emit)
      dispatch(w, r, emit)
    }
    finishUntil(w, to, false, emit)
    w.t = to
  }

  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        rr: 0,
        inflight: new Int32Array(n),
        served: new Float64Array(n),
        failed: new Float64Array(n),
        dispatched: new Float64Array(n),
        arrived: 0,
        noServer: 0,
        retried: 0,
        heap: new MinHeap<Flight>(),
      }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )
  function copy(w: Work): Work {
    return {
      ...w,
      inflight: w.inflight.slice(),
      served: w.served.slice(),
      failed: w.failed.slice(),
      dispatched: w.dispatched.slice(),
      heap: w.heap.clone(),
    }
  }

  function stateAt(t: number): LoadBalancerState {
    const w = checkpoints.at(t)
    const time = w.t
    const servers: ServerState[] = p.servers.map((s, i) => {
      const up = upAt(i, time)
      const pool = inPool(i, time)
      const status: ServerStatus = up
        ? pool
          ? 'healthy'
          : 'joining'
        : pool
          ? 'failing'
          : time < (s.joinAt ?? 0)
            ? 'off'
            : 'down'
      return {
        id: s.id,
        name: s.name,
        ip: s.ip,
        status,
        up,
        inPool: pool,
        inFlight: w.inflight[i]!,
        served: w.served[i]!,
        failed: w.failed[i]!,
        dispatched: w.dispatched[i]!,
      }
    })
    return {
      t: time,
      policy: p.policy,
      healthCheck: { interval: H, last: lastCheck(time, H), next: lastCheck(time, H) + H },
      pool: servers.filter((s) => s.inPool).map((s) => s.id),
      servers,
      totals: {
        arrived: w.arrived,
        served: sum(w.served),
        failed: sum(w.failed) + w.noServer,
        inFlight: sum(w.inflight),
        noServer: w.noServer,
        retried: w.retried,
      },
    }
  }

  function requestsIn(t0: number, t1: number): RequestTrace[] {
    const a = Math.max(0, t0)
    if (!(t1 > a)) return []
    const w = checkpoints.fork(a)
    const traces = new Map<number, RequestTrace>()
    const emit: Emit = (e) => {
      if (e.kind === 'arrive') {
        if (e.t < t1) {
          traces.set(e.req!.id, {
            id: e.req!.id,
            userId: e.req!.userId,
            arrival: e.t,
            server: null,
            outcome: 'failed',
            reason: 'no-server',
            end: e.t,
          })
        }
        return
      }
      const tr = traces.get(e.f!.seq)
      if (!tr) return
      const sid = p.servers[e.f!.server]!.id
      if (e.kind === 'dispatch') {
        if (tr.server !== null && tr.server !== sid) tr.retriedFrom = tr.server
        tr.server = sid
        delete tr.reason
      } else {
        tr.outcome = e.f!.ok ? 'served' : 'failed'
        if (!e.f!.ok) tr.reason = e.t === tr.arrival ? 'refused' : 'crashed'
        tr.end = e.t
      }
    }
    advance(w, t1, emit)
    // Let the last requests finish (service times are at most 1.5 × the mean).
    const t2 = t1 + 1.5 * p.serviceTime + 1e-9
    const late: Emit = (e) => (e.kind === 'arrive' ? undefined : emit(e))
    advance(w, t2, late)
    return [...traces.values()]
  }

  return {
    params: p,
    arrivals,
    stateAt,
    requestsIn,
    inPool,
  }
}

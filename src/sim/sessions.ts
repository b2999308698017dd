/**
 * Sticky sessions versus a shared session store.
 *
 * Model: users (Zipf-like activity, from the arrivals stream) send requests through a load
 * balancer with health checks every H seconds (as in loadBalancer.ts: a failed server leaves the
 * pool at the first check at or after its failure; until then requests sent to it fail). A
 * session is active while its user's last request is less than `sessionTtl` old.
 *
 * - `shared`: sessions live in a shared store (NoSQL). Requests go round-robin to any pool
 *   member, which reads the session from the store; a server failure loses no session.
 * - `sticky`: a user's first request is placed round-robin and pins the user to that server,
 *   which keeps the session in its memory. When a server fails, every active session it holds is
 *   lost at that instant (counted in `sessionsLost`); those users' next request is placed on a
 *   healthy server and has to log in again (`relogins`). Requests of users pinned to a failed
 *   server that the balancer has not yet removed fail.
 *
 * State is one slot per user (server, last activity), so memory is users × checkpoints: the
 * default 2,000 users over a 20-minute film at 10 s checkpoints is about 4 MB.
 */
import { createArrivals, type Arrivals, type ArrivalsParams } from './arrivals'
import { copyCheckpoints, isUp, lastCheck, type Outage } from './core'

export type SessionMode = 'sticky' | 'shared'

export interface SessionsParams {
  seed: number
  mode: SessionMode
  servers: { id: string; name: string; outages?: Outage[] }[]
  healthCheckInterval: number
  /** Film seconds of inactivity after which a session expires. */
  sessionTtl: number
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultSessionsParams: SessionsParams = {
  seed: 1,
  mode: 'sticky',
  servers: [
    { id: 'server-1', name: 'Server 1', outages: [{ at: 45.5 }] },
    { id: 'server-2', name: 'Server 2' },
    { id: 'server-3', name: 'Server 3' },
  ],
  healthCheckInterval: 5,
  sessionTtl: 60,
  arrivals: { users: 2000 },
  checkpointEvery: 10,
}

export interface SessionServerState {
  id: string
  name: string
  up: boolean
  inPool: boolean
  /** Active sessions held in this server's memory (sticky mode; 0 with a shared store). */
  sessions: number
  served: number
}

export interface SessionsState {
  t: number
  mode: SessionMode
  servers: SessionServerState[]
  /** Active sessions in the shared store (shared mode; 0 when sticky). */
  storeSessions: number
  activeSessions: number
  requests: number
  failedRequests: number
  /** Active sessions destroyed by server failures. */
  sessionsLost: number
  /** Requests that had to log in again because their session was lost. */
  relogins: number
}

export interface SessionRequest {
  id: number
  userId: number
  time: number
  server: string | null
  ok: boolean
  relogin: boolean
}

export interface Sessions {
  readonly params: Readonly<SessionsParams>
  readonly arrivals: Arrivals
  stateAt(t: number): SessionsState
  requestsIn(t0: number, t1: number): SessionRequest[]
  /** The server holding this user's session at t (sticky), or null. */
  serverOf(userId: number, t: number): string | null
}

interface Work {
  t: number
  rr: number
  /** Per user: the server holding the session (-1: none) and the last activity. */
  server: Int16Array
  last: Float64Array
  /** Per user whose sticky session was destroyed: the last activity before it (NaN: none). */
  lost: Float64Array
  served: Float64Array
  requests: number
  failed: number
  sessionsLost: number
  relogins: number
  /** Index into the sorted crash list: crashes already applied. */
  crashes: number
}

export function createSessions(overrides: Partial<SessionsParams> = {}): Sessions {
  const p: SessionsParams = { ...defaultSessionsParams, ...overrides }
  const n = p.servers.length
  if (!n) throw new Error('sessions: at least one server is needed')
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'sessions', ...(p.arrivals ?? {}) })
  const H = p.healthCheckInterval
  const U = Math.max(1, Math.floor(arrivals.params.users))
  const sticky = p.mode === 'sticky'
  const up = (i: number, t: number) => isUp(t, p.servers[i]!.outages)
  const inPool = (i: number, t: number) => up(i, lastCheck(t, H))
  const crashes = p.servers
    .flatMap((s, i) => (s.outages ?? []).map((o) => ({ server: i, time: o.at })))
    .sort((a, b) => a.time - b.time || a.server - b.server)

  function nextInPool(w: Work, t: number): number {
    for (let k = 0; k < n; k++) {
      const i = (w.rr + k) % n
      if (inPool(i, t)) {
        w.rr = (i + 1) % n
        return i
      }
    }
    return -1
  }

  function crash(w: Work, server: number, time: number) {
    if (!sticky) return
    for (let user = 0; user < U; user++) {
      if (w.server[user] !== server) continue
      w.server[user] = -1
      if (time - w.last[user]! < p.sessionTtl) {
        w.sessionsLost++
        w.lost[user] = w.last[user]!
      }
    }
  }

  function request(
    w: Work,
    id: number,
    user: number,
    time: number,
    emit?: (r: SessionRequest) => void,
  ) {
    w.requests++
    let server: number
    let relogin = false
    const held = w.server[user]!
    const active = held >= 0 && time - w.last[user]! < p.sessionTtl
    if (sticky && active && inPool(held, time)) server = held
    else {
      server = nextInPool(w, time)
      // A lost session that would have expired anyway is not the crash's fault.
      if (sticky && time - w.lost[user]! < p.sessionTtl) relogin = true
    }
    const ok = server >= 0 && up(server, time)
    if (ok) {
      w.served[server]!++
      w.server[user] = server
      w.last[user] = time
      if (relogin) w.relogins++
      w.lost[user] = NaN
    } else w.failed++
    emit?.({
      id,
      userId: user,
      time,
      server: server >= 0 ? p.servers[server]!.id : null,
      ok,
      relogin: ok && relogin,
    })
  }

  function advance(w: Work, to: number, emit?: (r: SessionRequest) => void) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      while (w.crashes < crashes.length && crashes[w.crashes]!.time <= r.time) {
        const c = crashes[w.crashes++]!
        crash(w, c.server, c.time)
      }
      request(w, r.id, r.userId, r.time, emit)
    }
    while (w.crashes < crashes.length && crashes[w.crashes]!.time < to) {
      const c = crashes[w.crashes++]!
      crash(w, c.server, c.time)
    }
    w.t = to
  }

  const copy = (w: Work): Work => ({
    ...w,
    server: w.server.slice(),
    last: w.last.slice(),
    lost: w.lost.slice(),
    served: w.served.slice(),
  })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        rr: 0,
        server: new Int16Array(U).fill(-1),
        last: new Float64Array(U).fill(-Infinity),
        lost: new Float64Array(U).fill(NaN),
        served: new Float64Array(n),
        requests: 0,
        failed: 0,
        sessionsLost: 0,
        relogins: 0,
        crashes: 0,
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
      const held = new Array<number>(n).fill(0)
      let active = 0
      for (let u = 0; u < U; u++) {
        const s = w.server[u]!
        if (s >= 0 && w.t - w.last[u]! < p.sessionTtl) {
          active++
          held[s]!++
        }
      }
      return {
        t: w.t,
        mode: p.mode,
        servers: p.servers.map((s, i) => ({
          id: s.id,
          name: s.name,
          up: up(i, w.t),
          inPool: inPool(i, w.t),
          sessions: sticky ? held[i]! : 0,
          served: w.served[i]!,
        })),
        storeSessions: sticky ? 0 : active,
        activeSessions: active,
        requests: w.requests,
        failedRequests: w.failed,
        sessionsLost: w.sessionsLost,
        relogins: w.relogins,
      }
    },
    requestsIn(t0, t1) {
      return checkpoints.eventsIn<SessionRequest>(t0, t1, advance)
    },
    serverOf(userId, t) {
      const w = checkpoints.at(t)
      const s = userId >= 0 && userId < U ? w.server[userId]! : -1
      return sticky && s >= 0 && w.t - w.last[userId]! < p.sessionTtl ? p.servers[s]!.id : null
    },
  }
}

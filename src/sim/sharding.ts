/**
 * Database sharding by `user_id % N`, resharding, and a celebrity hotspot.
 *
 * Placement is a closed form: user u lives on shard u % N (the storyboard's "users 0, 4, 8… on
 * shard 0" for N = 4). Counts per shard are exact: shard s holds ⌈(U − s) / N⌉ of the users
 * 0..U−1, so they add up to U.
 *
 * Resharding N → N' at `reshardAt`: a user moves iff u % N ≠ u % N'. With modulo hashing most
 * keys move (for 4 → 5, 80 %); for contrast the model also computes how many would move with
 * consistent hashing (a seeded ring with `virtualNodes` points per shard), about 1 − N/N'.
 *
 * Load: requests come from the arrivals stream (users with Zipf-like activity, scattered over ids
 * so no shard is favoured by rank); from `celebrity.from` on, a share of all requests is for the
 * celebrity's key, which makes its shard hot. Load per shard is measured over the last `window`
 * seconds; cumulative counts are checkpointed.
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { copyCheckpoints, deriveSeed, uniformAt } from './core'

export interface ShardingParams {
  seed: number
  /** Users 0..users−1. */
  users: number
  shards: number
  /** Resharding (omit for none). */
  reshard?: { to: number; at: number }
  /** A celebrity: requests for its key from `from` on make up `share` of all requests. */
  celebrity?: { userId: number; share: number; from: number }
  virtualNodes: number
  window: number
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultShardingParams: ShardingParams = {
  seed: 1,
  users: 1000,
  shards: 4,
  reshard: { to: 5, at: 90 },
  celebrity: { userId: 42, share: 0.3, from: 40 },
  virtualNodes: 64,
  window: 5,
  arrivals: { users: 1000 },
  checkpointEvery: 10,
}

/** The shard of a user under modulo placement. */
export function shardOf(userId: number, shards: number): number {
  return ((userId % shards) + shards) % shards
}

/** How many of users 0..users−1 live on `shard` of `shards`. */
export function usersOnShard(shard: number, shards: number, users: number): number {
  return shard >= users ? 0 : Math.ceil((users - shard) / shards)
}

/** The first `limit` user ids on a shard: 0, 4, 8… for shard 0 of 4. */
export function sampleUsers(shard: number, shards: number, users: number, limit = 4): number[] {
  const out: number[] = []
  for (let u = shard; u < users && out.length < limit; u += shards) out.push(u)
  return out
}

/** Users of 0..users−1 whose shard changes from `from` to `to` shards (exact, via the period). */
export function movedUsers(users: number, from: number, to: number): number {
  const period = lcm(from, to)
  let perPeriod = 0
  for (let u = 0; u < Math.min(period, users); u++) if (u % from !== u % to) perPeriod++
  if (users <= period) return perPeriod
  const full = Math.floor(users / period)
  let rest = 0
  for (let u = 0; u < users - full * period; u++) if (u % from !== u % to) rest++
  return full * perPeriod + rest
}

function lcm(a: number, b: number): number {
  let x = a
  let y = b
  while (y) [x, y] = [y, x % y]
  return (a / x) * b
}

export interface ShardState {
  shard: number
  users: number
  /** The first few user ids it holds. */
  sample: number[]
  /** Requests served since 0. */
  requests: number
  /** Requests per film second over the last `window` seconds. */
  load: number
  /** Holds the celebrity. */
  hot: boolean
}

export interface ShardingState {
  t: number
  shards: number
  users: number
  perShard: ShardState[]
  celebrity: { userId: number; shard: number; active: boolean } | null
  reshard: {
    from: number
    to: number
    at: number
    done: boolean
    moved: number
    movedFraction: number
    consistentHashingMoved: number
  } | null
  /** Max shard load / mean shard load over the window (1 = perfectly even). */
  imbalance: number
}

export interface Sharding {
  readonly params: Readonly<ShardingParams>
  readonly arrivals: Arrivals
  stateAt(t: number): ShardingState
  /** Shard count in force at t. */
  shardsAt(t: number): number
  /** The key each request in [t0, t1) asked for and its shard. */
  requestsIn(t0: number, t1: number): { id: number; time: number; userId: number; shard: number }[]
}

interface Work {
  t: number
  requests: Float64Array
}

export function createSharding(overrides: Partial<ShardingParams> = {}): Sharding {
  const p: ShardingParams = { ...defaultShardingParams, ...overrides }
  if (!(p.shards >= 1) || !(p.users >= 1)) throw new Error('sharding: shards and users must be ≥ 1')
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'shards', users: p.users, ...(p.arrivals ?? {}) })
  const maxShards = Math.max(p.shards, p.reshard?.to ?? 0)
  const shardsAt = (t: number) => (p.reshard && t >= p.reshard.at ? p.reshard.to : p.shards)

  /** The key a request asks for: the celebrity's with probability `share`, else its user's. */
  function keyOf(r: Request): number {
    const c = p.celebrity
    if (c && r.time >= c.from && r.u < c.share) return c.userId
    return r.userId % p.users
  }

  function advance(w: Work, to: number) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      w.requests[shardOf(keyOf(r), shardsAt(r.time))]!++
    }
    w.t = to
  }

  const copy = (w: Work): Work => ({ t: w.t, requests: w.requests.slice() })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({ t: 0, requests: new Float64Array(maxShards) }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )

  let ringMoved: number | null = null
  /** Users that change owner on a consistent-hashing ring when going from N to N' shards. */
  function consistentMoved(): number {
    if (ringMoved !== null || !p.reshard) return ringMoved ?? 0
    const ringSeed = deriveSeed(p.seed, 'ring')
    const keySeed = deriveSeed(p.seed, 'ring-keys')
    const ring = (n: number) => {
      const points: { at: number; shard: number }[] = []
      for (let s = 0; s < n; s++) {
        for (let v = 0; v < p.virtualNodes; v++)
          points.push({ at: uniformAt(ringSeed, s * 4096 + v), shard: s })
      }
      return points.sort((a, b) => a.at - b.at)
    }
    const owner = (points: { at: number; shard: number }[], x: number) => {
      let lo = 0
      let hi = points.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (points[mid]!.at < x) lo = mid + 1
        else hi = mid
      }
      return points[lo % points.length]!.shard
    }
    const before = ring(p.shards)
    const after = ring(p.reshard.to)
    let moved = 0
    for (let u = 0; u < p.users; u++) {
      const x = uniformAt(keySeed, u)
      if (owner(before, x) !== owner(after, x)) moved++
    }
    ringMoved = moved
    return moved
  }

  return {
    params: p,
    arrivals,
    shardsAt,
    stateAt(t) {
      const time = Math.max(0, t)
      const w = checkpoints.at(time)
      const total = w.requests.slice()
      const N = shardsAt(time)
      const loads = new Array<number>(N).fill(0)
      const from = Math.max(0, time - p.window)
      const span = time - from
      for (const r of arrivals.requestsIn(from, time)) {
        const s = shardOf(keyOf(r), shardsAt(r.time))
        if (s < N) loads[s]!++
      }
      if (span > 0) for (let s = 0; s < N; s++) loads[s]! /= span
      const c = p.celebrity
      const celebShard = c ? shardOf(c.userId, N) : -1
      const mean = loads.reduce((a, b) => a + b, 0) / N
      return {
        t: time,
        shards: N,
        users: p.users,
        perShard: loads.map((load, s) => ({
          shard: s,
          users: usersOnShard(s, N, p.users),
          sample: sampleUsers(s, N, p.users),
          requests: total[s]!,
          load,
          hot: !!c && time >= c.from && s === celebShard,
        })),
        celebrity: c ? { userId: c.userId, shard: celebShard, active: time >= c.from } : null,
        reshard: p.reshard
          ? {
              from: p.shards,
              to: p.reshard.to,
              at: p.reshard.at,
              done: time >= p.reshard.at,
              moved: movedUsers(p.users, p.shards, p.reshard.to),
              movedFraction: movedUsers(p.users, p.shards, p.reshard.to) / p.users,
              consistentHashingMoved: consistentMoved(),
            }
          : null,
        imbalance: mean > 0 ? Math.max(...loads) / mean : 1,
      }
    },
    requestsIn(t0, t1) {
      return arrivals.requestsIn(t0, t1).map((r) => {
        const userId = keyOf(r)
        return { id: r.id, time: r.time, userId, shard: shardOf(userId, shardsAt(r.time)) }
      })
    },
  }
}

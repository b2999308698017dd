/**
 * Rate limiting with a token bucket, as an API gateway applies it to one client.
 *
 * Seed 001 names the algorithm ("Rate Limiting (Token Bucket Algorithm)") and the tiers
 * ("Tier-based (100-5000 req/min)"). Model: the bucket holds at most `capacity` tokens and
 * gains `requestsPerMinute / 60` tokens a second, continuously, up to that cap. Each request
 * that arrives takes one token and is allowed; one that finds less than a whole token is
 * rejected (HTTP 429) and takes nothing. The bucket starts full, so a client may burst up to
 * `capacity` requests at once and then settles to the refill rate.
 *
 * The client's requests come from a seeded arrival stream (flat rate `clientRps`, with bursts);
 * decisions are made request by request with checkpoints every few seconds, so `stateAt(t)`
 * answers for any t in any order.
 *
 * Invariants (tests check them): allowed + rejected = arrived; 0 ≤ tokens ≤ capacity; over any
 * window [0, t) allowed ≤ capacity + rate · t.
 */
import { createArrivals, type Arrivals, type Burst } from './arrivals'
import { Checkpoints, type StepModel } from './core'

export interface TokenBucketParams {
  seed: number
  /** The client's tier: tokens gained a minute. */
  requestsPerMinute: number
  /** Tokens the bucket holds at most: the largest burst let through at once. */
  capacity: number
  /** The client's steady request rate, per film second (before `load`). */
  clientRps: number
  /** Multiplier on the client's rate (the user's `sim.load`). */
  load: number
  /** Windows where the client sends faster. */
  bursts: Burst[]
  checkpointEvery: number
}

export const defaultTokenBucketParams: TokenBucketParams = {
  seed: 1,
  requestsPerMinute: 100,
  capacity: 10,
  clientRps: 1.2,
  load: 1,
  bursts: [{ start: 13, end: 21, multiplier: 4 }],
  checkpointEvery: 5,
}

export interface TokenBucketDecision {
  /** The request's id in the client's stream. */
  id: number
  time: number
  allowed: boolean
  /** Tokens left just after the decision. */
  tokens: number
}

export interface TokenBucketState {
  t: number
  /** Tokens in the bucket at t (fractional while refilling). */
  tokens: number
  capacity: number
  /** Tokens gained a second. */
  refillPerSecond: number
  arrived: number
  allowed: number
  rejected: number
  /** The latest decision before t, if any. */
  last: TokenBucketDecision | null
}

export interface TokenBucket {
  readonly params: Readonly<TokenBucketParams>
  stateAt(t: number): TokenBucketState
  /** Every decision in [t0, t1), in time order. */
  decisionsIn(t0: number, t1: number): TokenBucketDecision[]
}

interface Working {
  t: number
  /** Tokens at `since`. */
  tokens: number
  since: number
  arrived: number
  allowed: number
  rejected: number
  last: TokenBucketDecision | null
}

export function createTokenBucket(overrides: Partial<TokenBucketParams> = {}): TokenBucket {
  const p: TokenBucketParams = { ...defaultTokenBucketParams, ...overrides }
  if (!(p.requestsPerMinute > 0)) {
    throw new Error('tokenBucket: requestsPerMinute must be > 0')
  }
  if (!(p.capacity >= 1)) throw new Error('tokenBucket: capacity must be ≥ 1')
  const rate = p.requestsPerMinute / 60
  const arrivals: Arrivals = createArrivals({
    seed: p.seed,
    stream: 'token-bucket',
    peakRps: p.clientRps,
    load: p.load,
    trough: 1,
    users: 1,
    bursts: p.bursts,
  })
  const tokensAt = (w: Working, t: number): number =>
    Math.min(p.capacity, w.tokens + rate * (t - w.since))

  const step = (w: Working, to: number, emit: (d: TokenBucketDecision) => void): void => {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      const tokens = tokensAt(w, r.time)
      const allowed = tokens >= 1
      w.tokens = allowed ? tokens - 1 : tokens
      w.since = r.time
      w.arrived++
      if (allowed) w.allowed++
      else w.rejected++
      w.last = { id: r.id, time: r.time, allowed, tokens: w.tokens }
      emit(w.last)
    }
    w.t = to
  }

  const model: StepModel<Working, Working> = {
    initial: () => ({
      t: 0,
      tokens: p.capacity,
      since: 0,
      arrived: 0,
      allowed: 0,
      rejected: 0,
      last: null,
    }),
    advance: (w, to) => step(w, to, () => {}),
    save: (w) => ({ ...w }),
    load: (s) => ({ ...s }),
  }
  const checkpoints = new Checkpoints(model, p.checkpointEvery)

  return {
    params: p,
    stateAt(t) {
      const w = checkpoints.at(t)
      return {
        t: Math.max(0, t),
        tokens: tokensAt(w, Math.max(0, t)),
        capacity: p.capacity,
        refillPerSecond: rate,
        arrived: w.arrived,
        allowed: w.allowed,
        rejected: w.rejected,
        last: w.last,
      }
    },
    decisionsIn: (t0, t1) => checkpoints.eventsIn(t0, t1, step),
  }
}

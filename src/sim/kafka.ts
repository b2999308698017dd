/**
 * Kafka counter aggregation: like events buffered in memory and flushed to the database.
 *
 * Seed 002 ("Why Event-Driven?"): without Kafka, 1M likes/s means 1M database writes/s; with
 * Kafka, "1M events → Kafka, aggregated in memory, flushed every 30 s = 33 DB writes/sec".
 *
 * Derivation, so that the 33 emerges instead of being typed: a consumer adds each like to an
 * in-memory counter per video (`likes[videoId] += 1`); every F seconds it writes one row per
 * counter it touched (`UPDATE videos SET likes = likes + n WHERE id = …`) and clears them. So
 *   writes per flush = distinct videos liked in the window,
 *   writes/s = distinct / F.
 * Likes land on a catalogue of V videos with Zipf-like popularity p_v; in a window a video gets
 * Poisson(E · F · p_v) likes, so E[distinct] = Σ_v (1 − e^(−E·F·p_v)). With the defaults
 * (E = 1,000,000/s, F = 30 s, V = 1,000 trending videos, exponent 1) even the least popular video
 * expects ~4,000 likes per window, so every counter is touched: 1,000 writes per flush,
 * 1,000 / 30 ≈ 33.3 writes/s, a 30,000× (99.997 %) reduction. Grow V or shrink F and the number
 * moves, as it would in production.
 *
 * Each window's per-video counts are drawn (seeded per window, exact Poisson) and memoised, so
 * the writes per flush are simulated, not computed from the formula; `expectedWrites` gives the
 * formula for comparison. Events within the current window are shown pro rata. The consumer
 * reads Kafka in batches of `batchSize` (seed 002: 100 events/batch).
 */
import { deriveSeed, poisson, streamAt, zipfWeights } from './core'

export interface KafkaParams {
  seed: number
  /** Like events per second (real-world rate; a film second is a second here). */
  eventsPerSecond: number
  /** Seconds between flushes. */
  flushInterval: number
  /** Videos that receive likes (distinct counters possible). */
  videos: number
  zipf: number
  batchSize: number
}

export const defaultKafkaParams: KafkaParams = {
  seed: 1,
  eventsPerSecond: 1_000_000,
  flushInterval: 30,
  videos: 1000,
  zipf: 1,
  batchSize: 100,
}

export interface Flush {
  /** Window index k covers [kF, (k+1)F); it is written at (k+1)F. */
  index: number
  time: number
  events: number
  /** Rows written = distinct counters touched. */
  writes: number
  /** The most-liked videos of the window (rank 1 first). */
  top: { video: number; likes: number }[]
}

export interface KafkaState {
  t: number
  eventsPerSecond: number
  flushInterval: number
  /** Events consumed since 0. */
  events: number
  /** Events aggregated in memory since the last flush. */
  buffered: number
  /** Counters in memory (distinct videos touched since the last flush, expected). */
  counters: number
  flushes: number
  lastFlush: Flush | null
  nextFlushAt: number
  /** Rows written to the database since 0. */
  dbWrites: number
  /** Writes per second implied by the last flush (writes / F), or the expectation before one. */
  dbWritesPerSecond: number
  /** Writes per second without aggregation: one per event. */
  writesWithoutAggregation: number
  /** 1 − with / without. */
  reduction: number
  /** Consumer batch reads per second. */
  batchesPerSecond: number
}

export interface Kafka {
  readonly params: Readonly<KafkaParams>
  stateAt(t: number): KafkaState
  /** The flush of window k (memoised). */
  flush(index: number): Flush
  /** E[writes per flush] = Σ (1 − e^(−E·F·p_v)). */
  expectedWrites(): number
}

export function createKafka(overrides: Partial<KafkaParams> = {}): Kafka {
  const p: KafkaParams = { ...defaultKafkaParams, ...overrides }
  if (!(p.flushInterval > 0)) throw new Error('kafka: flushInterval must be > 0')
  const V = Math.max(1, Math.floor(p.videos))
  const weights = zipfWeights(V, p.zipf)
  const seed = deriveSeed(p.seed, 'kafka')
  const F = p.flushInterval
  const memo: Flush[] = []
  // cumulative[k] = (events, writes) of windows 0..k-1.
  const cumEvents: number[] = [0]
  const cumWrites: number[] = [0]

  function flush(k: number): Flush {
    const hit = memo[k]
    if (hit) return hit
    const rng = streamAt(seed, k)
    const perWindow = p.eventsPerSecond * F
    let events = 0
    let writes = 0
    const top: { video: number; likes: number }[] = []
    for (let v = 0; v < V; v++) {
      const likes = poisson(perWindow * weights[v]!, rng)
      events += likes
      if (likes > 0) writes++
      if (v < 5) top.push({ video: v + 1, likes })
    }
    const f = { index: k, time: (k + 1) * F, events, writes, top }
    memo[k] = f
    return f
  }

  function cumulative(k: number): { events: number; writes: number } {
    for (let j = cumEvents.length; j <= k; j++) {
      const f = flush(j - 1)
      cumEvents.push(cumEvents[j - 1]! + f.events)
      cumWrites.push(cumWrites[j - 1]! + f.writes)
    }
    return { events: cumEvents[k]!, writes: cumWrites[k]! }
  }

  const expectedDistinct = (seconds: number) => {
    let s = 0
    const lambda = p.eventsPerSecond * seconds
    for (let v = 0; v < V; v++) s += 1 - Math.exp(-lambda * weights[v]!)
    return s
  }
  const expected = expectedDistinct(F)

  return {
    params: p,
    flush,
    expectedWrites: () => expected,
    stateAt(t) {
      const time = Math.max(0, t)
      // Window k is open at t; windows 0..k-1 have been flushed (a flush at exactly kF is done).
      const k = Math.floor(time / F)
      const done = cumulative(k)
      const current = flush(k)
      const elapsed = time - k * F
      const buffered = Math.floor((current.events * elapsed) / F)
      const last = k > 0 ? flush(k - 1) : null
      const perSecond = last ? last.writes / F : expected / F
      const without = p.eventsPerSecond
      return {
        t: time,
        eventsPerSecond: p.eventsPerSecond,
        flushInterval: F,
        events: done.events + buffered,
        buffered,
        counters: Math.min(current.writes, Math.round(expectedDistinct(elapsed))),
        flushes: k,
        lastFlush: last,
        nextFlushAt: (k + 1) * F,
        dbWrites: done.writes,
        dbWritesPerSecond: perSecond,
        writesWithoutAggregation: without,
        reduction: without > 0 ? 1 - perSecond / without : 0,
        batchesPerSecond: p.eventsPerSecond / p.batchSize,
      }
    },
  }
}

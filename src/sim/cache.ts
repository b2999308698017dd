/**
 * A cache of capacity C, filled on a miss (cache-aside: the reader stores what it fetched), with
 * a TTL and LRU, LFU or FIFO eviction.
 *
 * Model: reads arrive on the daily load curve; each asks for one of `keys` keys with Zipf-like
 * popularity (exponent `zipf`). A read of a present, fresh key is a hit; otherwise it is a miss,
 * the value is read from the database and stored (evicting one entry when full). The hit rate is
 * not a parameter: it emerges from C, the policy, the TTL, the skew and the load.
 *
 * - TTL counts from when a value was stored (Memcached-style `set` with expiry): a hit does not
 *   extend it. Expiry is lazy: a stale entry keeps its slot until it is read (a miss that
 *   re-stores it) or evicted.
 * - LRU evicts the least recently read entry; FIFO the oldest stored; LFU the entry read least
 *   often since it was stored, ties to the least recently read (in-cache LFU: counts are
 *   forgotten on eviction and on a re-store after expiry).
 * - Latency: a hit costs `cacheMs`, a miss `cacheMs + dbMs` (the numbers a chapter shows as
 *   the fast green path and the slow blue one).
 *
 * State is kept in typed arrays over the key space and checkpointed every few seconds as the
 * compact list of cached entries, so `stateAt(t)` steps at most one checkpoint interval.
 */
import { createArrivals, type Arrivals, type ArrivalsParams } from './arrivals'
import { Checkpoints, type StepModel } from './core'

export type EvictionPolicy = 'lru' | 'lfu' | 'fifo'

export interface CacheParams {
  seed: number
  capacity: number
  policy: EvictionPolicy
  /** Film seconds a stored value stays fresh. */
  ttl: number
  /** Distinct keys (the catalogue) and the Zipf exponent of their popularity. */
  keys: number
  zipf: number
  /** Reads per film second at the daily peak (before load), and the load multiplier. */
  peakRps: number
  load: number
  cacheMs: number
  dbMs: number
  /** Window (film seconds) of `recentHitRate`. */
  window: number
  checkpointEvery: number
  /** Extra arrivals parameters (day length, bursts…). */
  arrivals?: Partial<ArrivalsParams>
}

export const defaultCacheParams: CacheParams = {
  seed: 1,
  capacity: 100,
  policy: 'lru',
  ttl: 60,
  keys: 1000,
  zipf: 0.9,
  peakRps: 40,
  load: 1,
  cacheMs: 1,
  dbMs: 10,
  window: 10,
  checkpointEvery: 10,
}

export interface CacheEntry {
  key: number
  /** Film seconds since it was stored. */
  age: number
  fresh: boolean
  /** Reads since it was stored (LFU's count). */
  reads: number
}

export interface CacheState {
  t: number
  policy: EvictionPolicy
  capacity: number
  ttl: number
  /** Slots in use (fresh or stale). */
  size: number
  reads: number
  hits: number
  misses: number
  /** Misses on a present but expired entry. */
  expiredMisses: number
  evictions: number
  /** Database reads = misses. */
  dbReads: number
  /** hits / reads since 0 (0 before any read). */
  hitRate: number
  /** Hit rate over the last `window` seconds. */
  recentHitRate: number
  /** Mean latency of reads so far, ms. */
  meanLatencyMs: number
}

export interface CacheRead {
  id: number
  time: number
  key: number
  hit: boolean
  expired: boolean
  /** The key evicted to make room, if any. */
  evicted?: number
}

export interface Cache {
  readonly params: Readonly<CacheParams>
  readonly arrivals: Arrivals
  stateAt(t: number): CacheState
  /** The reads in [t0, t1) with their outcomes (for packets). */
  readsIn(t0: number, t1: number): CacheRead[]
  /** Entries at t in eviction order (next victim first), at most `limit`. */
  entriesAt(t: number, limit?: number): CacheEntry[]
}

interface Work {
  t: number
  tick: number
  reads: number
  hits: number
  expired: number
  evictions: number
  size: number
  present: Uint8Array
  stored: Float64Array
  freq: Int32Array
  last: Float64Array
  // LRU / FIFO: a doubly linked list, head = newest / most recent, tail = next victim.
  prev: Int32Array
  next: Int32Array
  head: number
  tail: number
  // LFU: a min-heap of keys by (freq, last).
  heap: Int32Array
  pos: Int32Array
}

interface Saved {
  t: number
  tick: number
  reads: number
  hits: number
  expired: number
  evictions: number
  /** Cached keys in victim-first order (LRU/FIFO) or heap order (LFU). */
  keys: Int32Array
  stored: Float64Array
  freq: Int32Array
  last: Float64Array
}

export function createCache(overrides: Partial<CacheParams> = {}): Cache {
  const p: CacheParams = { ...defaultCacheParams, ...overrides }
  const K = Math.floor(p.keys)
  const C = Math.floor(p.capacity)
  if (!(K >= 1)) throw new Error('cache: keys must be ≥ 1')
  if (!(C >= 1)) throw new Error('cache: capacity must be ≥ 1')
  const arrivals = createArrivals({
    seed: p.seed,
    stream: 'cache',
    peakRps: p.peakRps,
    load: p.load,
    users: K,
    zipf: p.zipf,
    ...(p.arrivals ?? {}),
  })
  const lfu = p.policy === 'lfu'
  const fifo = p.policy === 'fifo'

  function blank(): Work {
    return {
      t: 0,
      tick: 0,
      reads: 0,
      hits: 0,
      expired: 0,
      evictions: 0,
      size: 0,
      present: new Uint8Array(K),
      stored: new Float64Array(K),
      freq: new Int32Array(K),
      last: new Float64Array(K),
      prev: new Int32Array(K).fill(-1),
      next: new Int32Array(K).fill(-1),
      head: -1,
      tail: -1,
      heap: new Int32Array(lfu ? C : 0),
      pos: new Int32Array(lfu ? K : 0),
    }
  }

  // --- linked list (LRU, FIFO) ---
  function unlink(w: Work, k: number) {
    const a = w.prev[k]!
    const b = w.next[k]!
    if (a >= 0) w.next[a] = b
    else w.tail = b
    if (b >= 0) w.prev[b] = a
    else w.head = a
    w.prev[k] = -1
    w.next[k] = -1
  }
  function pushHead(w: Work, k: number) {
    w.prev[k] = w.head
    w.next[k] = -1
    if (w.head >= 0) w.next[w.head] = k
    w.head = k
    if (w.tail < 0) w.tail = k
  }

  // --- heap (LFU) ---
  const less = (w: Work, a: number, b: number) =>
    w.freq[a]! < w.freq[b]! || (w.freq[a] === w.freq[b] && w.last[a]! < w.last[b]!)
  function swap(w: Work, i: number, j: number) {
    const a = w.heap[i]!
    const b = w.heap[j]!
    w.heap[i] = b
    w.heap[j] = a
    w.pos[b] = i
    w.pos[a] = j
  }
  function siftUp(w: Work, i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!less(w, w.heap[i]!, w.heap[parent]!)) break
      swap(w, i, parent)
      i = parent
    }
  }
  function siftDown(w: Work, i: number) {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < w.size && less(w, w.heap[l]!, w.heap[m]!)) m = l
      if (r < w.size && less(w, w.heap[r]!, w.heap[m]!)) m = r
      if (m === i) return
      swap(w, i, m)
      i = m
    }
  }

  /** One read of key k at time t; returns the evicted key or -1, and whether it hit. */
  function read(
    w: Work,
    k: number,
    t: number,
  ): { hit: boolean; expired: boolean; evicted: number } {
    w.reads++
    w.tick++
    if (w.present[k]) {
      if (t - w.stored[k]! < p.ttl) {
        w.hits++
        w.freq[k]!++
        w.last[k] = w.tick
        if (lfu) siftDown(w, w.pos[k]!)
        else if (!fifo) {
          unlink(w, k)
          pushHead(w, k)
        }
        return { hit: true, expired: false, evicted: -1 }
      }
      // Stale: re-read from the database and store again.
      w.expired++
      w.stored[k] = t
      w.freq[k] = 1
      w.last[k] = w.tick
      if (lfu) {
        siftUp(w, w.pos[k]!)
        siftDown(w, w.pos[k]!)
      } else {
        unlink(w, k)
        pushHead(w, k)
      }
      return { hit: false, expired: true, evicted: -1 }
    }
    let evicted = -1
    if (w.size >= C) {
      evicted = lfu ? w.heap[0]! : w.tail
      w.present[evicted] = 0
      w.evictions++
      if (lfu) {
        w.size--
        if (w.size > 0) {
          const lastKey = w.heap[w.size]!
          w.heap[0] = lastKey
          w.pos[lastKey] = 0
          siftDown(w, 0)
        }
      } else {
        unlink(w, evicted)
        w.size--
      }
    }
    w.present[k] = 1
    w.stored[k] = t
    w.freq[k] = 1
    w.last[k] = w.tick
    if (lfu) {
      w.heap[w.size] = k
      w.pos[k] = w.size
      w.size++
      siftUp(w, w.size - 1)
    } else {
      pushHead(w, k)
      w.size++
    }
    return { hit: false, expired: false, evicted }
  }

  function advance(w: Work, to: number, emit?: (r: CacheRead) => void) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      const o = read(w, r.userId, r.time)
      if (emit) {
        const e: CacheRead = {
          id: r.id,
          time: r.time,
          key: r.userId,
          hit: o.hit,
          expired: o.expired,
        }
        if (o.evicted >= 0) e.evicted = o.evicted
        emit(e)
      }
    }
    w.t = to
  }

  /** Cached keys, victim first for LRU/FIFO (tail → head), heap order for LFU. */
  function keysOf(w: Work): Int32Array {
    if (lfu) return w.heap.slice(0, w.size)
    const out = new Int32Array(w.size)
    let i = 0
    for (let k = w.tail; k >= 0; k = w.next[k]!) out[i++] = k
    return out
  }

  const model: StepModel<Work, Saved> = {
    initial: blank,
    advance: (w, to) => advance(w, to),
    save(w) {
      const keys = keysOf(w)
      const stored = new Float64Array(keys.length)
      const freq = new Int32Array(keys.length)
      const last = new Float64Array(keys.length)
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!
        stored[i] = w.stored[k]!
        freq[i] = w.freq[k]!
        last[i] = w.last[k]!
      }
      const { t, tick, reads, hits, expired, evictions } = w
      return { t, tick, reads, hits, expired, evictions, keys, stored, freq, last }
    },
    load(s) {
      const w = blank()
      Object.assign(w, {
        t: s.t,
        tick: s.tick,
        reads: s.reads,
        hits: s.hits,
        expired: s.expired,
        evictions: s.evictions,
      })
      for (let i = 0; i < s.keys.length; i++) {
        const k = s.keys[i]!
        w.present[k] = 1
        w.stored[k] = s.stored[i]!
        w.freq[k] = s.freq[i]!
        w.last[k] = s.last[i]!
        if (lfu) {
          w.heap[i] = k
          w.pos[k] = i
        } else pushHead(w, k)
        w.size++
      }
      return w
    },
  }
  const checkpoints = new Checkpoints(model, p.checkpointEvery)

  const latency = (reads: number, hits: number) =>
    reads === 0 ? p.cacheMs : p.cacheMs + (p.dbMs * (reads - hits)) / reads

  return {
    params: p,
    arrivals,
    stateAt(t) {
      const time = Math.max(0, t)
      const before = checkpoints.at(time - p.window)
      const r0 = before.reads
      const h0 = before.hits
      const w = checkpoints.at(time)
      const recent = w.reads - (time - p.window < 0 ? 0 : r0)
      const recentHits = w.hits - (time - p.window < 0 ? 0 : h0)
      return {
        t: w.t,
        policy: p.policy,
        capacity: C,
        ttl: p.ttl,
        size: w.size,
        reads: w.reads,
        hits: w.hits,
        misses: w.reads - w.hits,
        expiredMisses: w.expired,
        evictions: w.evictions,
        dbReads: w.reads - w.hits,
        hitRate: w.reads ? w.hits / w.reads : 0,
        recentHitRate: recent ? recentHits / recent : 0,
        meanLatencyMs: latency(w.reads, w.hits),
      }
    },
    readsIn(t0, t1) {
      return checkpoints.eventsIn<CacheRead>(t0, t1, advance)
    },
    entriesAt(t, limit = 16) {
      const w = checkpoints.at(t)
      let keys = Array.from(keysOf(w))
      if (lfu) keys.sort((a, b) => (less(w, a, b) ? -1 : less(w, b, a) ? 1 : 0))
      keys = keys.slice(0, limit)
      return keys.map((k) => ({
        key: k,
        age: w.t - w.stored[k]!,
        fresh: w.t - w.stored[k]! < p.ttl,
        reads: w.freq[k]!,
      }))
    },
  }
}

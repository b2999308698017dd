import { describe, expect, it } from 'vitest'
import { createCache, type EvictionPolicy } from '../../src/sim'

const policies: EvictionPolicy[] = ['lru', 'lfu', 'fifo']

/** A slow, obviously correct cache to check the fast one against. */
function reference(policy: EvictionPolicy, capacity: number, ttl: number) {
  const entries = new Map<number, { stored: number; reads: number; last: number }>()
  let tick = 0
  let order: number[] = [] // LRU: recency order; FIFO: insertion order (victim first)
  return (key: number, t: number): boolean => {
    tick++
    const e = entries.get(key)
    if (e && t - e.stored < ttl) {
      e.reads++
      e.last = tick
      if (policy === 'lru') order = [...order.filter((k) => k !== key), key]
      return true
    }
    if (e) {
      // Expired: stored again as new.
      entries.set(key, { stored: t, reads: 1, last: tick })
      order = [...order.filter((k) => k !== key), key]
      return false
    }
    if (entries.size >= capacity) {
      let victim: number
      if (policy === 'lfu') {
        victim = [...entries.entries()].sort(
          ([, a], [, b]) => a.reads - b.reads || a.last - b.last,
        )[0]![0]
      } else victim = order[0]!
      entries.delete(victim)
      order = order.filter((k) => k !== victim)
    }
    entries.set(key, { stored: t, reads: 1, last: tick })
    order.push(key)
    return false
  }
}

describe('cache', () => {
  for (const policy of policies) {
    it(`${policy}: hit rate rises with capacity`, () => {
      const rates = [10, 50, 200, 800].map(
        (capacity) => createCache({ seed: 5, policy, capacity }).stateAt(400).hitRate,
      )
      for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]!)
      expect(rates[0]!).toBeGreaterThan(0)
      expect(rates[3]!).toBeLessThan(1)
    })

    it(`${policy}: agrees read by read with a reference implementation`, () => {
      const cache = createCache({ seed: 12, policy, capacity: 20, keys: 100, ttl: 15 })
      const ref = reference(policy, 20, 15)
      const reads = cache.readsIn(0, 120)
      expect(reads.length).toBeGreaterThan(500)
      for (const r of reads) expect(r.hit, `read ${r.id} of key ${r.key}`).toBe(ref(r.key, r.time))
      const s = cache.stateAt(120)
      expect(s.hits).toBe(reads.filter((r) => r.hit).length)
      expect(s.size).toBeLessThanOrEqual(20)
    })

    it(`${policy}: counters are consistent`, () => {
      const cache = createCache({ seed: 2, policy, capacity: 50, ttl: 20 })
      for (let t = 0; t < 300; t += 13.3) {
        const s = cache.stateAt(t)
        expect(s.hits + s.misses).toBe(s.reads)
        expect(s.dbReads).toBe(s.misses)
        expect(s.size).toBeLessThanOrEqual(50)
        expect(s.recentHitRate).toBeGreaterThanOrEqual(0)
        expect(s.recentHitRate).toBeLessThanOrEqual(1)
        expect(s.meanLatencyMs).toBeGreaterThanOrEqual(s.reads ? 1 : 0)
      }
      expect(cache.entriesAt(200).length).toBeGreaterThan(0)
    })
  }

  it('TTL: short lifetimes cause expired misses, long ones none', () => {
    const short = createCache({ seed: 3, ttl: 2, capacity: 1000 }).stateAt(200)
    const long = createCache({ seed: 3, ttl: 1e9, capacity: 1000 }).stateAt(200)
    expect(short.expiredMisses).toBeGreaterThan(0)
    expect(long.expiredMisses).toBe(0)
    expect(long.hitRate).toBeGreaterThan(short.hitRate)
    // With room for every key and no expiry, only first reads miss.
    const cache = createCache({ seed: 3, ttl: 1e9, capacity: 1000 })
    const distinct = new Set(cache.readsIn(0, 200).map((r) => r.key)).size
    expect(long.misses).toBe(distinct)
    expect(long.evictions).toBe(0)
  })

  it('latency follows the hit rate: hits are fast, misses pay the database', () => {
    const s = createCache({ seed: 1, cacheMs: 1, dbMs: 10 }).stateAt(300)
    expect(s.meanLatencyMs).toBeCloseTo(1 + 10 * (1 - s.hitRate), 9)
  })
})

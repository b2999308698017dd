import { describe, expect, it } from 'vitest'
import { createTokenBucket, defaultTokenBucketParams } from '../../src/sim/tokenBucket'

describe('token bucket', () => {
  const bucket = createTokenBucket()
  const { bursts, capacity, requestsPerMinute } = defaultTokenBucketParams
  const rate = requestsPerMinute / 60

  it('gives the same state for the same time, whatever was asked before', () => {
    const times = [33.3, 4.1, 17.25, 0, 60, 17.25, 12.9]
    const first = times.map((t) => createTokenBucket().stateAt(t))
    const shuffled = createTokenBucket()
    const again = [...times].reverse().map((t) => shuffled.stateAt(t))
    expect(again.reverse()).toEqual(first)
  })

  it('counts every request once and keeps the tokens within the bucket', () => {
    for (let t = 0; t <= 90; t += 0.7) {
      const s = bucket.stateAt(t)
      expect(s.allowed + s.rejected).toBe(s.arrived)
      expect(s.tokens).toBeGreaterThanOrEqual(0)
      expect(s.tokens).toBeLessThanOrEqual(capacity)
      expect(s.allowed).toBeLessThanOrEqual(capacity + rate * t + 1e-9)
    }
  })

  it('lets the steady client through and turns part of the burst away', () => {
    const burst = bursts[0]!
    expect(bucket.stateAt(burst.start).rejected).toBe(0)
    const during = bucket.decisionsIn(burst.start, burst.end)
    expect(during.some((d) => !d.allowed)).toBe(true)
    expect(during.some((d) => d.allowed)).toBe(true)
  })

  it('rejects only when less than a whole token is left', () => {
    const decisions = bucket.decisionsIn(0, 60)
    expect(decisions.length).toBe(bucket.stateAt(60).arrived)
    for (const d of decisions) {
      if (d.allowed) expect(d.tokens).toBeGreaterThanOrEqual(0)
      else expect(d.tokens).toBeLessThan(1)
    }
  })

  it('refuses a bucket that could never let a request through', () => {
    expect(() => createTokenBucket({ capacity: 0.5 })).toThrow(/capacity/)
    expect(() => createTokenBucket({ requestsPerMinute: 0 })).toThrow(/requestsPerMinute/)
  })
})

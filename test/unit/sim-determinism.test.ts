import { describe, expect, it } from 'vitest'
import { createArrivals, createSimulation, SIM_MODEL_IDS, type SimModelId } from '../../src/sim'
import { createRandom } from '../../src/timeline/random'

/** Seeded shuffle, so the "random" order is the same on every run. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = createRandom(seed)
  const out = xs.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const times = Array.from({ length: 40 }, (_, i) => Math.round(i * 7.31 * 1000) / 1000 + 0.123)

const stateOf = (id: SimModelId, seed: number, t: number, sim = createSimulation({ seed })) =>
  (sim[id] as { stateAt(t: number): unknown }).stateAt(t)

describe('simulation determinism', () => {
  for (const id of SIM_MODEL_IDS) {
    it(`${id}: the same seed and t give the same state in any query order`, () => {
      const ascending = createSimulation({ seed: 7 })
      const random = createSimulation({ seed: 7 })
      const expected = new Map(times.map((t) => [t, stateOf(id, 7, t, ascending)]))
      for (const t of shuffled(times, 99)) {
        expect(stateOf(id, 7, t, random), `t = ${t}`).toEqual(expected.get(t))
      }
      // A fresh instance asked once, cold, agrees as well.
      const t = times[times.length - 3]!
      expect(stateOf(id, 7, t)).toEqual(expected.get(t))
    })
  }

  it('frame-by-frame playback agrees with cold seeks', () => {
    const playing = createSimulation({ seed: 3 })
    for (let f = 0; f < 240; f++) {
      const t = 95 + f / 60
      for (const id of ['loadBalancer', 'cache', 'queue', 'circuitBreaker'] as const) {
        const frame = playing[id].stateAt(t)
        if (f % 60 === 17) expect(stateOf(id, 3, t)).toEqual(frame)
      }
    }
  })

  it('different seeds give different traffic', () => {
    const a = createSimulation({ seed: 1 }).loadBalancer.stateAt(120)
    const b = createSimulation({ seed: 2 }).loadBalancer.stateAt(120)
    expect(a).not.toEqual(b)
  })

  it('arrivals list the same requests however a window is cut', () => {
    const sim = createSimulation({ seed: 11 })
    const whole = sim.arrivals.requestsIn(10, 70)
    const cuts = [10, 13.37, 13.5, 29.999, 50, 70]
    const pieces = shuffled(
      cuts.slice(0, -1).map((a, i) => [a, cuts[i + 1]!] as const),
      5,
    ).map(([a, b]) => ({ a, reqs: sim.arrivals.requestsIn(a, b) }))
    const joined = pieces.sort((x, y) => x.a - y.a).flatMap((p) => p.reqs)
    expect(joined).toEqual(whole)
    expect(sim.arrivals.countIn(10, 70)).toBe(whole.length)
    // Ids are sequential in arrival order from 0.
    const all = sim.arrivals.requestsIn(0, 70)
    expect(all.map((r) => r.id)).toEqual(all.map((_, i) => i))
    for (let i = 1; i < all.length; i++)
      expect(all[i]!.time).toBeGreaterThanOrEqual(all[i - 1]!.time)
  })

  it('arrivals follow the daily curve: counts match the closed-form integral', () => {
    const sim = createSimulation({ seed: 4 })
    const a = sim.arrivals
    const day = a.params.dayLength
    const expected = a.expectedCount(0, 3 * day)
    const actual = a.countIn(0, 3 * day)
    // Poisson: within 4 standard deviations.
    expect(Math.abs(actual - expected)).toBeLessThan(4 * Math.sqrt(expected))
    // Busier at the peak hour than at night.
    const peakT = ((a.params.peakHour - a.params.startHour + 24) % 24) * (day / 24)
    expect(a.rateAt(peakT)).toBeCloseTo(a.params.peakRps * a.params.load, 6)
    expect(a.rateAt(peakT + day / 2)).toBeCloseTo(a.params.peakRps * a.params.trough, 6)
    // The load multiplier scales the curve.
    const heavy = createSimulation({ seed: 4, load: 2 }).arrivals
    expect(heavy.expectedCount(0, day)).toBeCloseTo(2 * a.expectedCount(0, day), 6)
  })
})

describe('arrivals', () => {
  it('a burst multiplies the rate over its interval, edges included', () => {
    const base = createArrivals({ seed: 3, trough: 1, peakRps: 10 })
    const burst = createArrivals({
      seed: 3,
      trough: 1,
      peakRps: 10,
      bursts: [{ start: 100.5, end: 160.25, multiplier: 4 }],
    })
    expect(burst.expectedCount(100.5, 160.25)).toBeCloseTo(4 * base.expectedCount(100.5, 160.25), 9)
    expect(burst.expectedCount(0, 100.5)).toBeCloseTo(base.expectedCount(0, 100.5), 9)
    const inside = burst.countIn(100.5, 160.25)
    const expected = burst.expectedCount(100.5, 160.25)
    expect(Math.abs(inside - expected)).toBeLessThan(4 * Math.sqrt(expected))
    // The bucket the burst starts in: its first half is quiet, its second half 4× busier.
    let before = 0
    let after = 0
    for (let s = 0; s < 200; s++) {
      const a = createArrivals({
        seed: s,
        trough: 1,
        peakRps: 10,
        bursts: [{ start: 100.5, end: 160, multiplier: 4 }],
      })
      for (const r of a.requestsIn(100, 101)) {
        if (r.time < 100.5) before++
        else after++
      }
    }
    // Expected 5 : 20 per bucket.
    expect(after / before).toBeGreaterThan(3)
    expect(after / before).toBeLessThan(5.5)
  })
})

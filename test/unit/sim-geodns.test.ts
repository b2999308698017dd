import { describe, expect, it } from 'vitest'
import { createGeoDns } from '../../src/sim'

describe('GeoDNS', () => {
  for (const split of [60, 30, 85]) {
    it(`splits traffic ${split}% / ${100 - split}% while both data centres are up`, () => {
      const geo = createGeoDns({
        seed: 6,
        split,
        dataCentres: [
          { id: 'dc1', name: 'DC1 US-East', region: 'east' },
          { id: 'dc2', name: 'DC2 US-West', region: 'west' },
        ],
      })
      const routes = geo.routesIn(0, 600)
      expect(routes.length).toBeGreaterThan(3000)
      const toDc1 = routes.filter((r) => r.dc === 'dc1').length / routes.length
      // Binomial: 4 standard deviations.
      const sd = Math.sqrt(((split / 100) * (1 - split / 100)) / routes.length)
      expect(Math.abs(toDc1 - split / 100)).toBeLessThan(4 * sd)
      expect(routes.every((r) => r.ok)).toBe(true)
      expect(geo.stateAt(300).published).toEqual([split, 100 - split])
    })
  }

  it('fails over to 100% after detection and one DNS TTL', () => {
    const failAt = 50.5
    const geo = createGeoDns({
      seed: 2,
      split: 60,
      healthCheckInterval: 5,
      dnsTtl: 5,
      dataCentres: [
        { id: 'dc1', name: 'DC1 US-East', region: 'east' },
        { id: 'dc2', name: 'DC2 US-West', region: 'west', outages: [{ at: failAt }] },
      ],
    })
    const done = geo.failoverCompleteAt(failAt)
    expect(done).toBe(55 + 5)
    const after = geo.routesIn(done, done + 120)
    expect(after.length).toBeGreaterThan(200)
    expect(after.every((r) => r.dc === 'dc1' && r.ok)).toBe(true)
    const s = geo.stateAt(done + 30)
    expect(s.published).toEqual([100, 0])
    expect(s.dataCentres[0]!.share).toBe(1)
    // In between, requests still cached to DC2 fail; none fail before the outage.
    const during = geo.routesIn(failAt, done)
    expect(during.some((r) => r.dc === 'dc2' && !r.ok)).toBe(true)
    expect(geo.routesIn(0, failAt).every((r) => r.ok)).toBe(true)
    // Counters add up.
    const total = geo.stateAt(200)
    const sum = total.dataCentres.reduce((a, d) => a + d.served + d.failed, 0)
    expect(sum).toBe(total.requests)
    expect(total.requests).toBe(geo.arrivals.countIn(0, 200))
  })
})

import { describe, expect, it } from 'vitest'
import { createAutoscaler } from '../../src/sim'

describe('autoscaler', () => {
  it('new servers serve exactly the provision delay after each scale-out decision', () => {
    const a = createAutoscaler({ seed: 2 })
    const actions = a.stateAt(480).actions
    const outs = actions.filter((x) => x.kind === 'out')
    expect(outs.length).toBeGreaterThan(3)
    expect(actions.some((x) => x.kind === 'in')).toBe(true)
    for (const x of outs) {
      expect(x.effective).toBe(x.time + a.params.provisionDelay)
      expect(a.serversAt(x.effective + 1e-6) - a.serversAt(x.effective - 1e-6)).toBe(x.count)
    }
    for (let t = 0; t < 480; t += 3.3) {
      const s = a.stateAt(t)
      expect(s.running).toBeGreaterThanOrEqual(a.params.minServers)
      expect(s.running + s.launching).toBeLessThanOrEqual(a.params.maxServers)
    }
  })

  for (const delay of [6, 20]) {
    it(`capacity lags rising load by the configured delay (${delay}s)`, () => {
      const a = createAutoscaler({ seed: 2, provisionDelay: delay })
      const { perServerRps, targetUtilisation, minServers, maxServers, evalInterval } = a.params
      const ideal = (t: number) =>
        Math.min(
          maxServers,
          Math.max(
            minServers,
            Math.ceil(a.arrivals.rateAt(t) / (perServerRps * targetUtilisation)),
          ),
        )
      // Fit the shift L that best lines the running servers up with the ideal count, over the
      // rising half of each simulated day (scale-in follows its own cool-down, not the delay).
      const day = a.arrivals.params.dayLength
      let best = -1
      let bestErr = Infinity
      for (let L = 0; L <= 40; L += 0.5) {
        let err = 0
        for (let t = 20; t < 4 * day; t += 0.25) {
          if (t % day > day / 2 - 5) continue
          err += Math.abs(a.serversAt(t) - ideal(t - L))
        }
        if (err < bestErr) {
          bestErr = err
          best = L
        }
      }
      expect(best).toBeGreaterThanOrEqual(delay - 1)
      expect(best).toBeLessThanOrEqual(delay + evalInterval + 1)
    })
  }
})

describe('autoscaler scale-out periods', () => {
  const noisy = {
    perServerRps: 4,
    targetUtilisation: 0.7,
    minServers: 2,
    maxServers: 8,
    evalInterval: 1,
    metricWindow: 1.5,
    provisionDelay: 2,
    scaleOutCooldown: 2,
    scaleInCooldown: 2,
    arrivals: { stream: 'periods', peakRps: 20, trough: 0.1, dayLength: 22, peakHour: 20 },
  }

  it('launches only after that many evaluations in a row want more servers', () => {
    const once = createAutoscaler({ ...noisy, scaleOutPeriods: 1 })
    const twice = createAutoscaler({ ...noisy, scaleOutPeriods: 2 })
    const outs = (a: typeof once) => a.stateAt(60).actions.filter((x) => x.kind === 'out')
    expect(outs(twice).length).toBeGreaterThan(0)
    expect(outs(twice).length).toBeLessThanOrEqual(outs(once).length)
    for (const action of outs(twice)) {
      // The evaluation before the decision wanted more than it had, too.
      const before = twice.stateAt(action.time - noisy.evalInterval / 2)
      expect(before.desired, `at ${action.time}`).toBeGreaterThan(before.running + before.launching)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { createMetrics, createSimulation } from '../../src/sim'
import { createRandom } from '../../src/timeline/random'

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = createRandom(seed)
  const out = xs.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const times = Array.from({ length: 400 }, (_, i) => 0.37 + i * 0.3)

describe('metrics', () => {
  it('keeps every utilisation within 0–1, even under five times the load', () => {
    for (const load of [0.5, 1, 5]) {
      const m = createMetrics({ seed: 3, arrivals: { load } })
      for (const t of times) {
        const s = m.stateAt(t)
        for (const h of s.hosts) {
          for (const v of [h.cpu, h.memory, h.diskIo]) {
            expect(v).toBeGreaterThanOrEqual(0)
            expect(v).toBeLessThanOrEqual(1)
          }
        }
        expect(s.db.utilisation).toBeGreaterThanOrEqual(0)
        expect(s.db.utilisation).toBeLessThanOrEqual(m.params.maxUtilisation)
        expect(Number.isFinite(s.db.p95Ms)).toBe(true)
      }
    }
  })

  it('rises with load: busier hours and a higher load multiplier mean busier hosts', () => {
    const m = createMetrics({ seed: 5 })
    const busy: number[] = []
    const quiet: number[] = []
    for (const t of times) {
      const cpu = mean(m.stateAt(t).hosts.map((h) => h.cpu))
      const shape = m.arrivals.shapeAt(t)
      if (shape > 0.8) busy.push(cpu)
      else if (shape < 0.35 && t > m.params.window) quiet.push(cpu)
    }
    expect(busy.length).toBeGreaterThan(20)
    expect(quiet.length).toBeGreaterThan(20)
    expect(mean(busy)).toBeGreaterThan(2 * mean(quiet))

    const light = createMetrics({ seed: 5, arrivals: { load: 0.5 } })
    const heavy = createMetrics({ seed: 5, arrivals: { load: 1.5 } })
    const avg = (x: typeof m, pick: (s: ReturnType<typeof m.stateAt>) => number) =>
      mean(times.map((t) => pick(x.stateAt(t))))
    for (const pick of [
      (s: ReturnType<typeof m.stateAt>) => mean(s.hosts.map((h) => h.cpu)),
      (s: ReturnType<typeof m.stateAt>) => mean(s.hosts.map((h) => h.memory)),
      (s: ReturnType<typeof m.stateAt>) => mean(s.hosts.map((h) => h.diskIo)),
      (s: ReturnType<typeof m.stateAt>) => s.db.qps,
      (s: ReturnType<typeof m.stateAt>) => s.db.p95Ms,
    ]) {
      expect(avg(heavy, pick)).toBeGreaterThan(avg(light, pick))
    }
  })

  it('CPU is served work over capacity: on a flat curve it averages rate × service time', () => {
    const m = createMetrics({ seed: 8, arrivals: { peakRps: 12, trough: 1 } })
    const total = mean(
      times
        .filter((t) => t > m.params.window)
        .map((t) => {
          const s = m.stateAt(t)
          return s.hosts.reduce((a, h) => a + h.cpu * m.params.cores, 0)
        }),
    )
    const expected = 12 * m.params.serviceTime
    expect(Math.abs(total - expected) / expected).toBeLessThan(0.1)
  })

  it('memory grows with open connections; p95 latency grows with queries per second', () => {
    const m = createMetrics({ seed: 2 })
    const hosts = times.flatMap((t) => m.stateAt(t).hosts)
    for (const h of hosts) {
      const linear = m.params.memoryBase + m.params.memoryPerConnection * h.connections
      expect(h.memory).toBeCloseTo(Math.min(1, linear), 12)
    }
    const byConnections = [...hosts].sort((a, b) => a.connections - b.connections)
    for (let i = 1; i < byConnections.length; i++) {
      expect(byConnections[i]!.memory).toBeGreaterThanOrEqual(byConnections[i - 1]!.memory)
    }
    const db = [...times.map((t) => m.dbAt(t))].sort((a, b) => a.qps - b.qps)
    for (let i = 1; i < db.length; i++) {
      expect(db[i]!.p95Ms).toBeGreaterThanOrEqual(db[i - 1]!.p95Ms)
    }
    // Convex: each extra query per second costs more latency near capacity than when idle.
    const slope = (a: (typeof db)[number], b: (typeof db)[number]) =>
      (b.p95Ms - a.p95Ms) / (b.qps - a.qps)
    const q = (f: number) => db[Math.floor(f * (db.length - 1))]!
    expect(slope(q(0.75), q(1))).toBeGreaterThan(2 * slope(q(0), q(0.25)))
  })

  it('lists and counts each log event once, however time is cut', () => {
    const m = createMetrics({ seed: 4 })
    const whole = m.logsIn(0, 90)
    expect(whole.length).toBeGreaterThan(50)
    const cuts = [0, 3.3, 3.31, 17, 40.5, 41, 66.6, 90]
    const pieces = shuffled(
      cuts.slice(0, -1).map((a, i) => [a, cuts[i + 1]!] as const),
      1,
    ).map(([a, b]) => ({ a, events: createMetrics({ seed: 4 }).logsIn(a, b) }))
    expect(pieces.sort((x, y) => x.a - y.a).flatMap((p) => p.events)).toEqual(whole)
    expect(new Set(whole.map((e) => e.id)).size).toBe(whole.length)
    for (let i = 1; i < whole.length; i++) {
      expect(whole[i]!.time).toBeGreaterThanOrEqual(whole[i - 1]!.time)
    }
    for (const t of shuffled([5.5, 90, 33.3, 0, 61.25, 12], 2)) {
      const s = m.stateAt(t)
      const before = m.logsIn(0, t)
      expect(s.logged).toBe(before.length)
      expect(s.loggedBySource.reduce((a, b) => a + b, 0)).toBe(s.logged)
      m.sources.forEach((name, i) => {
        expect(s.loggedBySource[i]).toBe(before.filter((e) => e.host === name).length)
      })
      expect(m.recentLogs(t, 6)).toEqual(before.slice(-6))
    }
    // Every source logs: the web hosts and the database.
    const s = m.stateAt(90)
    for (const n of s.loggedBySource) expect(n).toBeGreaterThan(0)
    for (const e of whole) expect(m.sources[e.source]).toBe(e.host)
  })

  it('logs more errors per request when the load is high', () => {
    const m = createMetrics({ seed: 6 })
    let busyReq = 0
    let busyErr = 0
    let quietReq = 0
    let quietErr = 0
    let expected = 0
    for (let b = 0; b < 600; b++) {
      const reqs = m.arrivals.requestsIn(b, b + 1)
      const errs = m.logsIn(b, b + 1).length
      for (const r of reqs) expected += m.errorRateAt(r.time)
      if (m.arrivals.shapeAt(b) > 0.8) {
        busyReq += reqs.length
        busyErr += errs
      } else if (m.arrivals.shapeAt(b) < 0.4) {
        quietReq += reqs.length
        quietErr += errs
      }
    }
    expect(busyErr / busyReq).toBeGreaterThan(1.3 * (quietErr / quietReq))
    const total = m.logsIn(0, 600).length
    expect(Math.abs(total - expected)).toBeLessThan(4 * Math.sqrt(expected))
  })

  it('gives the same state for the same seed in any query order', () => {
    const a = createMetrics({ seed: 7 })
    const b = createMetrics({ seed: 7 })
    const ts = times.filter((_, i) => i % 9 === 0)
    const expected = new Map(ts.map((t) => [t, a.stateAt(t)]))
    for (const t of shuffled(ts, 3)) expect(b.stateAt(t), `t = ${t}`).toEqual(expected.get(t))
    expect(createMetrics({ seed: 7 }).stateAt(ts[5]!)).toEqual(expected.get(ts[5]!))
    expect(createMetrics({ seed: 8 }).stateAt(ts[5]!)).not.toEqual(expected.get(ts[5]!))
    const days = [130, 3, 77, 120, 0, 121]
    const fresh = createMetrics({ seed: 7 })
    for (const d of days) expect(fresh.businessDay(d)).toEqual(a.businessDay(d))
    expect(createMetrics({ seed: 8 }).businessDay(120)).not.toEqual(a.businessDay(120))
    // The shared simulation builds the same model from its seed.
    expect(createSimulation({ seed: 7 }).metrics.stateAt(40)).toEqual(a.stateAt(40))
  })

  it('draws the database history from the same numbers as the live reading', () => {
    const m = createMetrics({ seed: 9 })
    const history = m.dbHistory(6, 30, 0.5)
    expect(history).toHaveLength(49)
    for (const h of history) expect(h).toEqual(m.dbAt(h.t))
  })

  it('grows the business by retained users plus new users, day by day', () => {
    const m = createMetrics({ seed: 1 })
    const { business } = m.params
    for (let d = 1; d < 200; d++) {
      const today = m.businessDay(d)
      const yesterday = m.businessDay(d - 1)
      expect(today.dau).toBe(Math.round(today.retention * yesterday.dau + today.newUsers))
      expect(today.retention).toBeGreaterThan(0)
      expect(today.retention).toBeLessThan(1)
      expect(today.revenue / today.dau).toBeGreaterThan(business.arpu * (1 - business.noise))
      expect(today.revenue / today.dau).toBeLessThan(business.arpu * (1 + business.noise))
    }
    expect(m.businessDay(150).dau).toBeGreaterThan(1.5 * m.businessDay(120).dau)
    // Retention matures: later months keep more of yesterday's users.
    const early = mean(Array.from({ length: 14 }, (_, i) => m.businessDay(1 + i).retention))
    const late = mean(Array.from({ length: 14 }, (_, i) => m.businessDay(150 + i).retention))
    expect(late).toBeGreaterThan(early)
    // Days turn at midnight of the arrivals' clock.
    const { dayLength, startHour } = m.arrivals.params
    const midnight = ((24 - startHour) / 24) * dayLength
    expect(m.dayAt(0)).toBe(business.firstDay)
    expect(m.dayAt(midnight - 0.01)).toBe(business.firstDay)
    expect(m.dayAt(midnight + 0.01)).toBe(business.firstDay + 1)
  })
})

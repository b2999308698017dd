import { describe, expect, it } from 'vitest'
import { createLoadBalancer, type LoadBalancerParams } from '../../src/sim'

const H = 5
const failAt = 42.5
const joinAt = 71
const scenario = (over: Partial<LoadBalancerParams> = {}) =>
  createLoadBalancer({
    seed: 9,
    healthCheckInterval: H,
    servers: [
      { id: 's1', name: 'Server 1', ip: '10.0.0.1', outages: [{ at: failAt }] },
      { id: 's2', name: 'Server 2', ip: '10.0.0.2' },
      { id: 's3', name: 'Server 3', ip: '10.0.0.3', joinAt },
    ],
    ...over,
  })

describe('load balancer', () => {
  for (const policy of ['round-robin', 'least-connections'] as const) {
    for (const onDown of ['fail', 'retry'] as const) {
      it(`${policy}/${onDown}: no request is lost or served twice`, () => {
        const lb = scenario({ policy, onDown })
        for (let t = 0; t <= 150; t += 3.7) {
          const s = lb.stateAt(t)
          const served = s.servers.reduce((a, x) => a + x.served, 0)
          const failed = s.servers.reduce((a, x) => a + x.failed, 0) + s.totals.noServer
          const inFlight = s.servers.reduce((a, x) => a + x.inFlight, 0)
          expect(s.totals.arrived).toBe(lb.arrivals.countIn(0, t))
          expect(served).toBe(s.totals.served)
          expect(failed).toBe(s.totals.failed)
          expect(inFlight).toBe(s.totals.inFlight)
          expect(served + failed + inFlight).toBe(s.totals.arrived)
        }
        // Traces: every request that arrived appears exactly once, with one outcome.
        const traces = lb.requestsIn(0, 150)
        const ids = traces.map((r) => r.id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.sort((a, b) => a - b)).toEqual(lb.arrivals.requestsIn(0, 150).map((r) => r.id))
        for (const r of traces) {
          if (r.outcome === 'served') {
            expect(r.server).not.toBeNull()
            expect(r.reason).toBeUndefined()
          } else expect(r.reason).toBeDefined()
          expect(r.end).toBeGreaterThanOrEqual(r.arrival)
        }
        // The final counts agree with the traces once everything has finished.
        const done = lb.stateAt(160)
        const servedBefore150 = traces.filter((r) => r.outcome === 'served').length
        expect(done.totals.served).toBeGreaterThanOrEqual(servedBefore150)
      })
    }
  }

  it('a failed server stops getting traffic by the first health check after it fails', () => {
    const lb = scenario()
    const detected = Math.ceil(failAt / H) * H
    const traces = lb.requestsIn(0, 120)
    const toS1 = traces.filter((r) => r.server === 's1')
    expect(toS1.length).toBeGreaterThan(0)
    // Nothing is sent to it after the check that notices it.
    expect(Math.max(...toS1.map((r) => r.arrival))).toBeLessThan(detected)
    // Requests sent to it between the failure and the check fail (refused), and only those.
    const refused = traces.filter((r) => r.reason === 'refused')
    expect(refused.length).toBeGreaterThan(0)
    for (const r of refused) {
      expect(r.arrival).toBeGreaterThanOrEqual(failAt)
      expect(r.arrival).toBeLessThan(detected)
    }
    expect(lb.stateAt(failAt + 0.1).servers[0]!.status).toBe('failing')
    expect(lb.stateAt(detected + 0.1).servers[0]!.status).toBe('down')
    expect(lb.stateAt(detected + 0.1).pool).toEqual(['s2'])
  })

  it('with retries, the requests a dead server refuses are served elsewhere', () => {
    const lb = scenario({ onDown: 'retry' })
    const traces = lb.requestsIn(failAt, failAt + H)
    const retried = traces.filter((r) => r.retriedFrom === 's1')
    expect(retried.length).toBeGreaterThan(0)
    for (const r of retried) expect(r.server).toBe('s2')
    expect(traces.filter((r) => r.reason === 'refused')).toEqual([])
  })

  it('a joining server gets traffic after its first healthy check', () => {
    const lb = scenario()
    const firstCheck = Math.ceil(joinAt / H) * H
    const toS3 = lb.requestsIn(0, 150).filter((r) => r.server === 's3')
    expect(toS3.length).toBeGreaterThan(0)
    expect(Math.min(...toS3.map((r) => r.arrival))).toBeGreaterThanOrEqual(firstCheck)
    expect(lb.stateAt(joinAt + 1).servers[2]!.status).toBe('joining')
    expect(lb.stateAt(firstCheck + 0.01).servers[2]!.status).toBe('healthy')
  })

  it('round-robin alternates over the pool', () => {
    const lb = scenario()
    const servers = lb.requestsIn(10, 40).map((r) => r.server)
    for (let i = 1; i < servers.length; i++) expect(servers[i]).not.toBe(servers[i - 1])
  })

  it('least-connections fills a newly joined server first', () => {
    const lb = scenario({ policy: 'least-connections', serviceTime: 3 })
    const firstCheck = Math.ceil(joinAt / H) * H
    const before = lb.stateAt(firstCheck)
    expect(before.servers[1]!.inFlight).toBeGreaterThan(2)
    const next = lb.requestsIn(firstCheck, firstCheck + 5).slice(0, 2)
    expect(next.map((r) => r.server)).toEqual(['s3', 's3'])
  })
})

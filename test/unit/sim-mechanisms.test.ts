import { describe, expect, it } from 'vitest'
import { createCdn, createDns, createSessions, distanceKm } from '../../src/sim'

describe('DNS', () => {
  it('the first lookup walks root → TLD → authoritative; cached lookups are fast until the TTL', () => {
    const dns = createDns({ seed: 1, lookupRate: 0, scripted: [2, 5, 20, 31.9, 32.5] })
    const [first, second, third, fourth, fifth] = dns.lookupsIn(0, 40)
    expect(first).toMatchObject({ name: 'www.mysite.com', ip: '15.125.23.214', cached: false })
    expect(first!.path).toEqual(['resolver', 'root', 'tld', 'authoritative'])
    expect(first!.latencyMs).toBeGreaterThan(50)
    for (const l of [second, third, fourth]) expect(l).toMatchObject({ cached: true, latencyMs: 1 })
    // Stored at 2 with a 30 s TTL: expired at 32.
    expect(fifth!.cached).toBe(false)
    const s = dns.stateAt(40)
    expect(s).toMatchObject({ lookups: 5, hits: 3, misses: 2 })
    expect(s.records[0]!.cached).toBe(true)
    expect(s.records[0]!.expiresIn).toBeCloseTo(30 - (40 - 32.5), 9)
    expect(dns.resolve('www.mysite.com', 40).cached).toBe(true)
    expect(() => dns.resolve('nope.example', 1)).toThrow(/unknown name 'nope.example'/)
  })
})

describe('CDN', () => {
  it('latency comes from distance: 30 ms to the edge, about 120 ms to the origin', () => {
    const cdn = createCdn({ seed: 1 })
    const london = cdn.latency('london')
    expect(london.edge).toBe('edge-lhr')
    expect(Math.round(london.edgeMs)).toBe(30)
    expect(Math.abs(london.originMs - 120)).toBeLessThan(5)
    expect(london.missMs).toBeGreaterThan(london.originMs)
    const ny = cdn.latency('new-york')
    expect(ny.originMs).toBeLessThan(london.originMs)
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371, 6)
  })

  it('a miss fetches from the origin, then hits until the TTL expires', () => {
    const cdn = createCdn({ seed: 2, ttl: 30 })
    const reqs = cdn.requestsIn(0, 200)
    const seen = new Map<string, number>()
    for (const r of reqs) {
      const key = `${r.edge}|${r.asset}`
      const fetched = seen.get(key)
      const fresh = fetched !== undefined && r.time - fetched < 30
      expect(r.hit, `${key} at ${r.time}`).toBe(fresh)
      if (!r.hit) seen.set(key, r.time)
      expect(r.latencyMs).toBe(r.hit ? cdn.latency(r.region).edgeMs : cdn.latency(r.region).missMs)
    }
    const s = cdn.stateAt(200)
    expect(s.requests).toBe(reqs.length)
    expect(s.hitRate).toBeGreaterThan(0.5)
    expect(s.meanLatencyMs).toBeLessThan(s.meanDirectMs)
  })
})

describe('sessions', () => {
  const servers = [
    { id: 's1', name: 'Server 1', outages: [{ at: 45.5 }] },
    { id: 's2', name: 'Server 2' },
    { id: 's3', name: 'Server 3' },
  ]

  it('with a shared store any server serves any user and a failure loses no session', () => {
    const sessions = createSessions({ seed: 4, mode: 'shared', servers })
    const reqs = sessions.requestsIn(0, 120).filter((r) => r.ok)
    const byUser = new Map<number, Set<string>>()
    for (const r of reqs) byUser.set(r.userId, (byUser.get(r.userId) ?? new Set()).add(r.server!))
    const busiest = [...byUser.values()].sort((a, b) => b.size - a.size)[0]!
    expect(busiest.size).toBe(3)
    const s = sessions.stateAt(120)
    expect(s.sessionsLost).toBe(0)
    expect(s.relogins).toBe(0)
    expect(s.storeSessions).toBe(s.activeSessions)
  })

  it('with sticky sessions a failure loses the sessions held by that server', () => {
    const sessions = createSessions({ seed: 4, mode: 'sticky', servers })
    const before = sessions.stateAt(45.5)
    const held = before.servers[0]!.sessions
    expect(held).toBeGreaterThan(0)
    const after = sessions.stateAt(46)
    expect(after.sessionsLost).toBe(held)
    expect(after.servers[0]!.sessions).toBe(0)
    // Users stay on their server while it lives.
    const reqs = sessions.requestsIn(0, 45).filter((r) => r.ok)
    const byUser = new Map<number, Set<string>>()
    for (const r of reqs) byUser.set(r.userId, (byUser.get(r.userId) ?? new Set()).add(r.server!))
    for (const set of byUser.values()) expect(set.size).toBe(1)
    const late = sessions.stateAt(120)
    expect(late.relogins).toBeGreaterThan(0)
    expect(late.relogins).toBeLessThanOrEqual(late.sessionsLost)
    expect(late.servers.reduce((a, x) => a + x.served, 0) + late.failedRequests).toBe(late.requests)
  })
})

/**
 * DNS resolution through a recursive resolver with a TTL'd cache.
 *
 * Model: clients look names up through one shared recursive resolver. A lookup of a name the
 * resolver holds fresh (stored less than the record's TTL ago) is answered from its cache in
 * `cachedMs`; otherwise the resolver walks root → TLD → authoritative (each hop `hopMs` with a
 * ±`jitter` seeded spread), stores the answer for the record's TTL and returns it. The walk is
 * instantaneous in film time (its cost is reported in milliseconds, the unit a chapter shows).
 *
 * Lookups come from a flat Poisson stream (`lookupRate` per film second, names weighted by
 * `weight`) plus optional scripted lookups at exact film times (a chapter's "user types
 * www.mysite.com" beat). Checkpointed; `stateAt(t)` counts lookups strictly before t.
 */
import { createArrivals, type Arrivals } from './arrivals'
import { copyCheckpoints, deriveSeed, uniformAt } from './core'

export interface DnsRecord {
  name: string
  ip: string
  /** Film seconds the resolver may cache the answer. */
  ttl: number
  /** Relative share of background lookups. */
  weight: number
}

export interface DnsParams {
  seed: number
  records: DnsRecord[]
  /** Background lookups per film second (all names together). */
  lookupRate: number
  /** Scripted lookups of records[0] at these film times. */
  scripted: number[]
  cachedMs: number
  hopMs: { root: number; tld: number; authoritative: number }
  /** Relative spread of hop latencies (0.2 = ±10 %). */
  jitter: number
  checkpointEvery: number
}

export const defaultDnsParams: DnsParams = {
  seed: 1,
  records: [
    { name: 'www.mysite.com', ip: '15.125.23.214', ttl: 30, weight: 3 },
    { name: 'api.mysite.com', ip: '15.125.23.215', ttl: 30, weight: 2 },
    { name: 'cdn.mysite.com', ip: '13.32.110.42', ttl: 60, weight: 1 },
  ],
  lookupRate: 0.4,
  scripted: [2],
  cachedMs: 1,
  hopMs: { root: 24, tld: 28, authoritative: 36 },
  jitter: 0.2,
  checkpointEvery: 10,
}

export type DnsHop = 'resolver' | 'root' | 'tld' | 'authoritative'

export interface DnsLookup {
  /** Sequential lookup number within its stream; scripted lookups are numbered -1, -2, … */
  id: number
  time: number
  name: string
  ip: string
  cached: boolean
  latencyMs: number
  /** Servers the query visits, in order. */
  path: DnsHop[]
}

export interface DnsState {
  t: number
  records: { name: string; ip: string; ttl: number; cached: boolean; expiresIn: number }[]
  lookups: number
  hits: number
  misses: number
  hitRate: number
  last: DnsLookup | null
}

export interface Dns {
  readonly params: Readonly<DnsParams>
  stateAt(t: number): DnsState
  lookupsIn(t0: number, t1: number): DnsLookup[]
  /** What a lookup of `name` at t would get (does not change the state). */
  resolve(name: string, t: number): DnsLookup
}

interface Work {
  t: number
  /** Film time each record was last stored, -Infinity if never. */
  stored: number[]
  lookups: number
  hits: number
  last: DnsLookup | null
}

const MISS_PATH: DnsHop[] = ['resolver', 'root', 'tld', 'authoritative']
const HIT_PATH: DnsHop[] = ['resolver']

export function createDns(overrides: Partial<DnsParams> = {}): Dns {
  const p: DnsParams = { ...defaultDnsParams, ...overrides }
  if (p.records.length === 0) throw new Error('dns: at least one record is needed')
  const stream: Arrivals = createArrivals({
    seed: p.seed,
    stream: 'dns',
    peakRps: p.lookupRate,
    trough: 1,
    users: p.records.length,
    zipf: 0,
    bucket: 1,
  })
  const jitterSeed = deriveSeed(p.seed, 'dns-jitter')
  const totalWeight = p.records.reduce((a, r) => a + r.weight, 0)
  const scripted = [...p.scripted].sort((a, b) => a - b)

  const pick = (uniform: number) => {
    let u = uniform * totalWeight
    for (let i = 0; i < p.records.length; i++) {
      u -= p.records[i]!.weight
      if (u < 0) return i
    }
    return p.records.length - 1
  }

  function answer(w: Work, i: number, time: number, id: number): DnsLookup {
    const r = p.records[i]!
    const cached = time - w.stored[i]! < r.ttl
    let latencyMs = p.cachedMs
    if (!cached) {
      const hops = [p.hopMs.root, p.hopMs.tld, p.hopMs.authoritative]
      for (let k = 0; k < 3; k++) {
        latencyMs += hops[k]! * (1 + p.jitter * (uniformAt(jitterSeed, id * 4 + k + 8) - 0.5))
      }
    }
    return {
      id,
      time,
      name: r.name,
      ip: r.ip,
      cached,
      latencyMs,
      path: cached ? HIT_PATH : MISS_PATH,
    }
  }

  function advance(w: Work, to: number, emit?: (l: DnsLookup) => void) {
    if (!(to > w.t)) return
    const events: { time: number; id: number; record: number }[] = []
    for (const r of stream.requestsIn(w.t, to))
      events.push({ time: r.time, id: r.id, record: pick(r.u) })
    scripted.forEach((time, k) => {
      if (time >= w.t && time < to) events.push({ time, id: -(k + 1), record: 0 })
    })
    events.sort((a, b) => a.time - b.time || a.id - b.id)
    for (const e of events) {
      const l = answer(w, e.record, e.time, e.id)
      w.lookups++
      if (l.cached) w.hits++
      else w.stored[e.record] = e.time
      w.last = l
      emit?.(l)
    }
    w.t = to
  }

  const copy = (w: Work): Work => ({ ...w, stored: w.stored.slice() })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        stored: p.records.map(() => -Infinity),
        lookups: 0,
        hits: 0,
        last: null,
      }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )

  return {
    params: p,
    stateAt(t) {
      const w = checkpoints.at(t)
      return {
        t: w.t,
        records: p.records.map((r, i) => {
          const age = w.t - w.stored[i]!
          return {
            name: r.name,
            ip: r.ip,
            ttl: r.ttl,
            cached: age < r.ttl,
            expiresIn: Math.max(0, r.ttl - age),
          }
        }),
        lookups: w.lookups,
        hits: w.hits,
        misses: w.lookups - w.hits,
        hitRate: w.lookups ? w.hits / w.lookups : 0,
        last: w.last,
      }
    },
    lookupsIn(t0, t1) {
      return checkpoints.eventsIn<DnsLookup>(t0, t1, advance)
    },
    resolve(name, t) {
      const i = p.records.findIndex((r) => r.name === name)
      if (i < 0) {
        throw new Error(
          `dns: unknown name '${name}'; known: ${p.records.map((r) => r.name).join(', ')}`,
        )
      }
      const w = checkpoints.at(t)
      return answer(w, i, w.t, -1000 - i)
    },
  }
}

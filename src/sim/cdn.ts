/**
 * A CDN: edge servers by region in front of one origin, with distance-based latency.
 *
 * Latency model (round trip, ms): a client pays `accessMs` of last-mile latency, then
 * `msPerKm` per kilometre of great-circle distance (light in fibre covers ~200 km/ms; real
 * routes are ~1.5× the great circle, so 2 × 1.5 / 200 = 0.015 ms/km round trip), then the
 * serving machine's `serverMs`. With the defaults a London user reaches the London edge in
 * 25 + 0 + 5 = 30 ms and the US-East origin (≈ 5,900 km away) in 25 + 88 + 5 ≈ 119 ms: the
 * storyboard's "30 ms vs 120 ms" falls out of the geography rather than being typed in.
 *
 * Caching: each request from a region goes to the nearest edge and asks for an asset (Zipf-like
 * popularity). A fresh copy at the edge is a hit; otherwise the edge fetches from the origin
 * (adding the edge→origin round trip, no last mile) and keeps the copy for `ttl` film seconds
 * (from the fetch; a hit does not extend it). Edges have no capacity limit (document: real CDNs
 * evict too, but TTL dominates for the handful of assets shown).
 */
import { createArrivals, type Arrivals, type ArrivalsParams } from './arrivals'
import { copyCheckpoints } from './core'

export interface GeoPoint {
  id: string
  name: string
  lat: number
  lon: number
}

export interface CdnParams {
  seed: number
  /** Where users are, with their share of requests. */
  regions: (GeoPoint & { weight: number })[]
  edges: GeoPoint[]
  origin: GeoPoint
  assets: string[]
  /** Zipf exponent of asset popularity. */
  zipf: number
  ttl: number
  accessMs: number
  msPerKm: number
  serverMs: number
  arrivals?: Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultCdnParams: CdnParams = {
  seed: 1,
  regions: [
    { id: 'london', name: 'London', lat: 51.51, lon: -0.13, weight: 3 },
    { id: 'new-york', name: 'New York', lat: 40.71, lon: -74.01, weight: 3 },
    { id: 'sao-paulo', name: 'São Paulo', lat: -23.55, lon: -46.63, weight: 1 },
    { id: 'tokyo', name: 'Tokyo', lat: 35.68, lon: 139.69, weight: 2 },
    { id: 'sydney', name: 'Sydney', lat: -33.87, lon: 151.21, weight: 1 },
  ],
  edges: [
    { id: 'edge-lhr', name: 'Edge London', lat: 51.47, lon: -0.45 },
    { id: 'edge-jfk', name: 'Edge New York', lat: 40.64, lon: -73.78 },
    { id: 'edge-gru', name: 'Edge São Paulo', lat: -23.43, lon: -46.47 },
    { id: 'edge-nrt', name: 'Edge Tokyo', lat: 35.77, lon: 140.39 },
    { id: 'edge-syd', name: 'Edge Sydney', lat: -33.94, lon: 151.18 },
  ],
  origin: { id: 'origin', name: 'Origin (US-East)', lat: 39.04, lon: -77.49 },
  assets: ['image.png', 'logo.svg', 'app.js', 'style.css', 'hero.jpg', 'video.mp4'],
  zipf: 1,
  ttl: 30,
  accessMs: 25,
  msPerKm: 0.015,
  serverMs: 5,
  arrivals: { peakRps: 8 },
  checkpointEvery: 10,
}

/** Great-circle distance in km (haversine, Earth radius 6371 km). */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface CdnRequest {
  id: number
  time: number
  region: string
  edge: string
  asset: string
  hit: boolean
  /** What the user waited, ms. */
  latencyMs: number
  /** What the same request would cost straight to the origin, ms. */
  directMs: number
}

export interface EdgeState {
  id: string
  name: string
  hits: number
  misses: number
  hitRate: number
  /** Assets it holds fresh at t, with seconds left. */
  cached: { asset: string; expiresIn: number }[]
}

export interface CdnState {
  t: number
  edges: EdgeState[]
  requests: number
  hits: number
  hitRate: number
  /** Fetches from the origin (= misses). */
  originFetches: number
  meanLatencyMs: number
  meanDirectMs: number
  last: CdnRequest | null
}

export interface Cdn {
  readonly params: Readonly<CdnParams>
  stateAt(t: number): CdnState
  requestsIn(t0: number, t1: number): CdnRequest[]
  /** Round-trip latency from a region to an edge (hit), to the origin directly, and via an edge on a miss. */
  latency(regionId: string): { edge: string; edgeMs: number; originMs: number; missMs: number }
}

interface Work {
  t: number
  /** fetched[e * A + a] = film time the edge last fetched the asset. */
  fetched: Float64Array
  hits: Float64Array
  misses: Float64Array
  latencySum: number
  directSum: number
  last: CdnRequest | null
}

export function createCdn(overrides: Partial<CdnParams> = {}): Cdn {
  const p: CdnParams = { ...defaultCdnParams, ...overrides }
  const E = p.edges.length
  const A = p.assets.length
  if (!E || !A || !p.regions.length) throw new Error('cdn: needs regions, edges and assets')
  const arrivals: Arrivals = createArrivals({
    seed: p.seed,
    stream: 'cdn',
    users: A,
    zipf: p.zipf,
    scatter: false,
    ...(p.arrivals ?? {}),
  })
  const totalWeight = p.regions.reduce((a, r) => a + r.weight, 0)
  const rtt = (km: number) => p.msPerKm * km
  const regionInfo = p.regions.map((r) => {
    let edge = 0
    for (let e = 1; e < E; e++) {
      if (distanceKm(r, p.edges[e]!) < distanceKm(r, p.edges[edge]!)) edge = e
    }
    const edgeMs = p.accessMs + rtt(distanceKm(r, p.edges[edge]!)) + p.serverMs
    const originMs = p.accessMs + rtt(distanceKm(r, p.origin)) + p.serverMs
    const missMs = edgeMs + rtt(distanceKm(p.edges[edge]!, p.origin)) + p.serverMs
    return { edge, edgeMs, originMs, missMs }
  })
  // Assets are listed most popular first: arrivals' unscattered "user" k is asset k.
  const regionOf = (uniform: number) => {
    let u = uniform * totalWeight
    for (let i = 0; i < p.regions.length; i++) {
      u -= p.regions[i]!.weight
      if (u < 0) return i
    }
    return p.regions.length - 1
  }

  function advance(w: Work, to: number, emit?: (r: CdnRequest) => void) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      const g = regionOf(r.u)
      const info = regionInfo[g]!
      const slot = info.edge * A + r.userId
      const hit = r.time - w.fetched[slot]! < p.ttl
      if (hit) w.hits[info.edge]!++
      else {
        w.misses[info.edge]!++
        w.fetched[slot] = r.time
      }
      const req: CdnRequest = {
        id: r.id,
        time: r.time,
        region: p.regions[g]!.id,
        edge: p.edges[info.edge]!.id,
        asset: p.assets[r.userId]!,
        hit,
        latencyMs: hit ? info.edgeMs : info.missMs,
        directMs: info.originMs,
      }
      w.latencySum += req.latencyMs
      w.directSum += req.directMs
      w.last = req
      emit?.(req)
    }
    w.t = to
  }

  const copy = (w: Work): Work => ({
    ...w,
    fetched: w.fetched.slice(),
    hits: w.hits.slice(),
    misses: w.misses.slice(),
  })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        fetched: new Float64Array(E * A).fill(-Infinity),
        hits: new Float64Array(E),
        misses: new Float64Array(E),
        latencySum: 0,
        directSum: 0,
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
      let hits = 0
      let misses = 0
      const edges: EdgeState[] = p.edges.map((e, i) => {
        const h = w.hits[i]!
        const m = w.misses[i]!
        hits += h
        misses += m
        const cached: EdgeState['cached'] = []
        for (let a = 0; a < A; a++) {
          const age = w.t - w.fetched[i * A + a]!
          if (age < p.ttl) cached.push({ asset: p.assets[a]!, expiresIn: p.ttl - age })
        }
        return {
          id: e.id,
          name: e.name,
          hits: h,
          misses: m,
          hitRate: h + m ? h / (h + m) : 0,
          cached,
        }
      })
      const n = hits + misses
      return {
        t: w.t,
        edges,
        requests: n,
        hits,
        hitRate: n ? hits / n : 0,
        originFetches: misses,
        meanLatencyMs: n ? w.latencySum / n : 0,
        meanDirectMs: n ? w.directSum / n : 0,
        last: w.last,
      }
    },
    requestsIn(t0, t1) {
      return checkpoints.eventsIn<CdnRequest>(t0, t1, advance)
    },
    latency(regionId) {
      const g = p.regions.findIndex((r) => r.id === regionId)
      if (g < 0) {
        throw new Error(
          `cdn: unknown region '${regionId}'; known: ${p.regions.map((r) => r.id).join(', ')}`,
        )
      }
      const info = regionInfo[g]!
      return {
        edge: p.edges[info.edge]!.id,
        edgeMs: info.edgeMs,
        originMs: info.originMs,
        missMs: info.missMs,
      }
    },
  }
}

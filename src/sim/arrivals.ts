/**
 * Request arrivals from a daily load curve.
 *
 * Model: an inhomogeneous Poisson process with rate
 *   rate(t) = peakRps × load × shape(hour(t)) × burst(t)
 * where a simulated day is compressed into `dayLength` film seconds and `shape` is a smooth
 * diurnal curve (two harmonics: quiet at night, busiest at `peakHour`, exactly 1 at the peak and
 * `trough` at the quietest hour). Its integral is closed-form, so expected counts over any
 * window are exact. Optional bursts (flash crowds) multiply the rate over an interval.
 *
 * Determinism: time is cut into buckets of `bucket` seconds (default 1); bucket b draws its
 * count (Poisson with the exact expected count), then each request's time, user and two
 * uniforms `u`, `v` (for the attributes models give it) from its own stream `streamAt(seed, b)`.
 * So any window [t0, t1) lists the same requests however, and in whatever order, it is asked
 * for. Within a bucket the rate is taken as linear between its end values (the curve bends by
 * ~1e-4 of itself over a second at the default day length) and times are drawn by inverting that
 * density; a bucket where a burst starts or ends uses exact rejection sampling instead.
 * Request ids are sequential from 0 (bucket prefix counts are memoised lazily); user ids follow a
 * Zipf-like popularity over `users` users, scattered so that popular users are not 0, 1, 2…
 *
 * Assumptions: the rate is what the model simulates request by request (a visible sample, tens
 * per film second by default), not the real-world rps a chapter may quote; `countIn` stays cheap
 * at any rate, but `requestsIn` materialises every request, so keep drawn rates modest.
 */
import { deriveSeed, poisson, scatter, streamAt, ZipfSampler } from './core'

export interface Burst {
  /** Film seconds. */
  start: number
  end: number
  /** Rate multiplier during [start, end). */
  multiplier: number
}

export interface ArrivalsParams {
  seed: number
  /** Name of this stream, so that several models draw independent arrivals from one seed. */
  stream: string
  /** Simulated requests per film second at the daily peak (before `load`). */
  peakRps: number
  /** Multiplier on the whole curve (the user's `sim.load`). */
  load: number
  /** Film seconds per simulated day. */
  dayLength: number
  /** Rate at the quietest hour as a fraction of the peak, in (0, 1]; 1 makes the curve flat. */
  trough: number
  /** Hour of the day (0–24) of the peak. */
  peakHour: number
  /** Hour of the day at film time 0. */
  startHour: number
  /** Users making requests, and the Zipf exponent of their activity. */
  users: number
  zipf: number
  /** Scatter popularity ranks over user ids (true), or make user 0 the most active (false). */
  scatter: boolean
  /** Bucket length in film seconds (the unit of random generation). */
  bucket: number
  bursts: Burst[]
}

export const defaultArrivalsParams: ArrivalsParams = {
  seed: 1,
  stream: 'arrivals',
  peakRps: 20,
  load: 1,
  dayLength: 240,
  trough: 0.2,
  peakHour: 20,
  startHour: 8,
  users: 10_000,
  zipf: 1,
  scatter: true,
  bucket: 1,
  bursts: [],
}

export interface Request {
  /** Sequential from 0 in arrival order. */
  id: number
  userId: number
  /** Film seconds. */
  time: number
  /**
   * Two uniforms in [0, 1) drawn with the request, for the attributes models give it (service
   * time, region, failure…): per-request randomness without a generator per request.
   */
  u: number
  v: number
}

export interface ArrivalsState {
  t: number
  /** Hour of the simulated day, 0–24. */
  hour: number
  /** The curve's value, 0–1 (1 at the daily peak), before bursts. */
  shape: number
  /** Expected requests per film second at t (the load curve, with load and bursts). */
  rps: number
  /** Requests that arrived in [0, t). */
  arrived: number
  /** Requests that arrived in [t − 1, t): the measured rate. */
  lastSecond: number
}

export interface Arrivals {
  readonly params: Readonly<ArrivalsParams>
  /** Expected rate (requests per film second) at t. */
  rateAt(t: number): number
  /** The diurnal shape at t (0–1). */
  shapeAt(t: number): number
  hourAt(t: number): number
  /** Expected number of requests in [t0, t1) (closed form). */
  expectedCount(t0: number, t1: number): number
  /** Actual number of requests in [t0, t1). */
  countIn(t0: number, t1: number): number
  /** The requests in [t0, t1), in time order. */
  requestsIn(t0: number, t1: number): Request[]
  stateAt(t: number): ArrivalsState
}

const TAU = 2 * Math.PI

export function createArrivals(overrides: Partial<ArrivalsParams> = {}): Arrivals {
  const p: ArrivalsParams = { ...defaultArrivalsParams, ...overrides }
  if (!(p.dayLength > 0)) throw new Error('arrivals: dayLength must be > 0')
  if (!(p.bucket > 0)) throw new Error('arrivals: bucket must be > 0')
  if (!(p.trough > 0 && p.trough <= 1)) throw new Error('arrivals: trough must be in (0, 1]')
  if (!(p.peakRps >= 0) || !(p.load >= 0)) throw new Error('arrivals: rates must be ≥ 0')
  const seed = deriveSeed(p.seed, `arrivals:${p.stream}`)
  const zipf = new ZipfSampler(Math.max(1, Math.floor(p.users)), p.zipf)
  const userOf = p.scatter
    ? scatter(Math.max(1, Math.floor(p.users)), deriveSeed(seed, 'users'))
    : (rank0: number) => rank0
  const peak = p.peakRps * p.load
  const amp = (1 - p.trough) / 2
  // Phase (in days) at t = 0, measured from the peak.
  const phase0 = (p.startHour - p.peakHour) / 24
  // raw(x) = cos 2πx + ¼ cos 4πx ranges over [−0.75, 1.25]; shape = trough + amp (raw + 0.75).
  const shapeAtPhase = (x: number) =>
    p.trough + amp * (Math.cos(TAU * x) + 0.25 * Math.cos(2 * TAU * x) + 0.75)
  // ∫ shape dx (x in days).
  const shapeIntegral = (x: number) =>
    p.trough * x +
    amp * (Math.sin(TAU * x) / TAU + (0.25 * Math.sin(2 * TAU * x)) / (2 * TAU) + 0.75 * x)
  // |d rate/dt| ≤ peak × amp × 3π / dayLength.
  const maxSlope = (peak * amp * 3 * Math.PI) / p.dayLength
  const bursts = p.bursts.filter((b) => b.end > b.start && b.multiplier >= 0)

  const phase = (t: number) => t / p.dayLength + phase0
  const shapeAt = (t: number) => shapeAtPhase(phase(t))
  const burstAt = (t: number) => {
    let m = 1
    for (const b of bursts) if (t >= b.start && t < b.end) m *= b.multiplier
    return m
  }
  const baseIntegral = (t0: number, t1: number) =>
    peak * p.dayLength * (shapeIntegral(phase(t1)) - shapeIntegral(phase(t0)))
  const rateAt = (t: number) => (t < 0 ? 0 : peak * shapeAt(t) * burstAt(t))

  function expectedCount(t0: number, t1: number): number {
    const a = Math.max(0, t0)
    if (!(t1 > a)) return 0
    // Bursts multiply the rate piecewise; split [a, t1) at burst edges.
    if (bursts.length === 0) return baseIntegral(a, t1)
    const cuts = new Set<number>([a, t1])
    for (const b of bursts) {
      if (b.start > a && b.start < t1) cuts.add(b.start)
      if (b.end > a && b.end < t1) cuts.add(b.end)
    }
    const xs = [...cuts].sort((x, y) => x - y)
    let sum = 0
    for (let i = 0; i + 1 < xs.length; i++) {
      sum += baseIntegral(xs[i]!, xs[i + 1]!) * burstAt((xs[i]! + xs[i + 1]!) / 2)
    }
    return sum
  }

  const B = p.bucket
  /** The count of bucket b is the first draw of its stream. */
  function bucketCount(b: number): number {
    return poisson(expectedCount(b * B, (b + 1) * B), streamAt(seed, b))
  }

  // prefix[b] = number of requests in buckets 0..b-1.
  let prefix = new Float64Array(1024)
  let prefixLen = 1
  function countBefore(b: number): number {
    if (b <= 0) return 0
    if (b >= prefixLen) {
      if (b >= prefix.length) {
        let size = prefix.length
        while (size <= b) size *= 2
        const grown = new Float64Array(size)
        grown.set(prefix.subarray(0, prefixLen))
        prefix = grown
      }
      for (let j = prefixLen; j <= b; j++) prefix[j] = prefix[j - 1]! + bucketCount(j - 1)
      prefixLen = b + 1
    }
    return prefix[b]!
  }

  // Reused buffer for a bucket's arrival times (allocating a typed array per bucket is slow).
  let scratch = new Float64Array(64)
  // A small direct-mapped memo of generated buckets: playback asks for the same few buckets
  // every frame. (A Map with eviction costs more than generating the bucket again.)
  const MEMO = 1024
  const memoKey = new Float64Array(MEMO).fill(-1)
  const memoVal: Request[][] = new Array<Request[]>(MEMO)

  function bucketRequests(b: number): Request[] {
    const slot = b % MEMO
    if (memoKey[slot] === b) return memoVal[slot]!
    const rng = streamAt(seed, b)
    const a = b * B
    const n = poisson(expectedCount(a, a + B), rng)
    const first = countBefore(b)
    // Sequential scans extend the prefix counts here instead of drawing the count twice.
    if (prefixLen === b + 1) {
      if (prefixLen >= prefix.length) countBefore(b + 1)
      else {
        prefix[b + 1] = first + n
        prefixLen = b + 2
      }
    }
    const out: Request[] = []
    if (n > 0) {
      if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length))
      const times = scratch
      let edge = false
      for (const x of bursts) {
        if ((x.start > a && x.start < a + B) || (x.end > a && x.end < a + B)) edge = true
      }
      if (!edge) {
        // Within a bucket the rate is linear to within ~1e-5 (the curve changes by < 1 % over a
        // bucket at the default day length): invert the linear density's CDF, one sqrt a draw.
        const m = burstAt(a + B / 2)
        const r0 = peak * shapeAt(a) * m
        const r1 = peak * shapeAt(a + B) * m
        const d = r1 - r0
        for (let i = 0; i < n; i++) {
          const u = rng()
          const s =
            Math.abs(d) <= 1e-9 * (r0 + r1)
              ? u
              : (Math.sqrt(r0 * r0 + (r1 * r1 - r0 * r0) * u) - r0) / d
          times[i] = a + Math.min(Math.max(s, 0), 1 - 1e-12) * B
        }
      } else {
        // A burst starts or ends inside the bucket: exact rejection against a bound on the rate.
        let burstMax = 1
        for (const x of bursts) {
          if (x.end > a && x.start < a + B) burstMax = Math.max(burstMax, x.multiplier)
        }
        const bound = (peak * Math.max(shapeAt(a), shapeAt(a + B)) + maxSlope * B) * burstMax
        for (let i = 0; i < n; i++) {
          for (;;) {
            const x = a + rng() * B
            if (rng() * bound <= rateAt(x)) {
              times[i] = x
              break
            }
          }
        }
      }
      if (n > 24) times.subarray(0, n).sort()
      else {
        // Insertion sort: buckets hold a handful of requests, and this beats a native sort call.
        for (let i = 1; i < n; i++) {
          const x = times[i]!
          let j = i - 1
          while (j >= 0 && times[j]! > x) {
            times[j + 1] = times[j]!
            j--
          }
          times[j + 1] = x
        }
      }
      for (let i = 0; i < n; i++) {
        const userId = userOf(zipf.sample(rng) - 1)
        out.push({ id: first + i, userId, time: times[i]!, u: rng(), v: rng() })
      }
    }
    memoKey[slot] = b
    memoVal[slot] = out
    return out
  }

  function requestsIn(t0: number, t1: number): Request[] {
    const a = Math.max(0, t0)
    if (!(t1 > a)) return []
    const b0 = Math.floor(a / B)
    const b1 = Math.ceil(t1 / B)
    const out: Request[] = []
    for (let b = b0; b < b1; b++) {
      const reqs = bucketRequests(b)
      if (b === b0 || b === b1 - 1) {
        for (const r of reqs) if (r.time >= a && r.time < t1) out.push(r)
      } else {
        for (const r of reqs) out.push(r)
      }
    }
    return out
  }

  function countIn(t0: number, t1: number): number {
    const a = Math.max(0, t0)
    if (!(t1 > a)) return 0
    const b0 = Math.floor(a / B)
    const b1 = Math.floor(t1 / B)
    if (b0 === b1) return requestsIn(a, t1).length
    let n = 0
    for (const r of bucketRequests(b0)) if (r.time >= a) n++
    n += countBefore(b1) - countBefore(b0 + 1)
    if (t1 > b1 * B) for (const r of bucketRequests(b1)) if (r.time < t1) n++
    return n
  }

  const hourAt = (t: number) => {
    const h = ((p.startHour + (24 * t) / p.dayLength) % 24) + 0
    return h < 0 ? h + 24 : h
  }

  return {
    params: p,
    rateAt,
    shapeAt: (t) => shapeAt(Math.max(0, t)),
    hourAt,
    expectedCount,
    countIn,
    requestsIn,
    stateAt(t) {
      const time = Math.max(0, t)
      return {
        t: time,
        hour: hourAt(time),
        shape: shapeAt(time),
        rps: rateAt(time),
        arrived: countIn(0, time),
        lastSecond: countIn(time - 1, time),
      }
    },
  }
}

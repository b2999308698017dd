/**
 * What a monitoring stack sees: host metrics, the database tier, error logs and the business.
 *
 * Traffic: the site's requests come from an arrivals stream (the daily load curve and request
 * stream of `arrivals.ts`). Each request goes to one of the `hosts` web servers, picked by its
 * uniform `u` (even spreading, as a load balancer does), and costs `serviceTime × (0.5 + v)`
 * host-seconds of CPU (mean `serviceTime`, ±50 %).
 *
 * Host metrics are measured over a sliding window of `window` seconds whose edges fade in and
 * out over `ramp` seconds (a trapezoid weight), as a metrics agent averages its samples. The
 * soft edges make every metric continuous in t, so a gauge's needle glides instead of jumping.
 * - CPU = work served in the window / (cores × the window's effective length), at most 1.
 * - Memory = `memoryBase` + `memoryPerConnection` × open connections, at most 1; a request keeps
 *   its connection open for `keepAlive` seconds.
 * - Disk I/O = (writes: a `writeFraction` of requests, plus one log write per error) ×
 *   `writeCost` / the window, at most 1.
 *
 * Database tier: each request makes `queriesPerRequest` queries, and one simulated request
 * stands for `requestsPerSample` real ones, so queries per second are in real units. The tier is
 * taken as one M/M/1 queue: utilisation ρ = qps / `dbCapacityQps` (capped at `maxUtilisation`: a
 * saturated tier sheds load rather than queue forever), response times are exponential with mean
 * `queryMs` / (1 − ρ), so p95 = ln 20 × queryMs / (1 − ρ): flat at low load, steep near capacity.
 *
 * Errors: a request fails with probability `errorBase + errorAtPeak × shape³` (shape = the load
 * curve, 1 at the daily peak), so errors grow faster than traffic as servers fill. A failure
 * writes one log event, from its web server or, for a `dbErrorShare` of them, from the database
 * (a slow-query warning whose time is drawn from the tail of the response-time distribution
 * above the p95). An event's id is its request's id, so each is listed and counted once however
 * time is cut into windows.
 *
 * Business: one value per simulated day d ≥ 0 since launch; the day at model time 0 is
 * `firstDay`, and days turn with the arrivals' clock (midnight of its simulated day). New users
 * grow exponentially (`acquisitionGrowth` a day, `weekendDip` on days 5 and 6 of each week,
 * ±`noise`); day-over-day retention (the share of yesterday's users active again today) matures
 * from `retention0` toward `retention0 + retentionGain` with time constant `maturityDays`,
 * ±noise; DAU(d) = retention(d) × DAU(d − 1) + new(d), DAU(0) = new(0); revenue = DAU × `arpu`
 * ±noise.
 *
 * Determinism: every random quantity is a uniform of (seed, request id) or (seed, day); windowed
 * metrics are sums over `requestsIn`; counts from 0 use memoised per-bucket counts. So
 * `stateAt(t)` gives the same answer in any query order, and the same seed the same state.
 *
 * Assumptions: a host's only contended resource is its CPU; hosts do not affect one another;
 * memory holds only a baseline and connections; the metrics window starts at 0, so metrics read
 * low for the first `window` seconds (a scene that wants full windows starts a little later).
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { deriveSeed, uniformAt } from './core'

export interface BusinessParams {
  /** Days since launch at model time 0. */
  firstDay: number
  /** New users on launch day. */
  newUsers0: number
  /** Growth of new users a day (exponential rate). */
  acquisitionGrowth: number
  /** Multiplier on new users on the two weekend days of each week. */
  weekendDip: number
  /** Relative noise (±) on new users, retention and revenue per user. */
  noise: number
  /** Day-over-day retention at launch, and how much it gains as the product matures. */
  retention0: number
  retentionGain: number
  maturityDays: number
  /** Revenue per daily active user, in dollars. */
  arpu: number
}

export interface MetricsParams {
  seed: number
  /** Web servers the requests are spread over. */
  hosts: readonly string[]
  /** The database server's name in the logs. */
  dbHost: string
  /** Host-seconds of CPU a host has per second. */
  cores: number
  /** Mean CPU host-seconds per simulated request. */
  serviceTime: number
  /** Metrics window, and the length of its soft edges (seconds). */
  window: number
  ramp: number
  /** Seconds a request's connection stays open. */
  keepAlive: number
  memoryBase: number
  memoryPerConnection: number
  writeFraction: number
  /** Share of a second of disk bandwidth one write takes. */
  writeCost: number
  queriesPerRequest: number
  /** Real requests one simulated request stands for. */
  requestsPerSample: number
  dbCapacityQps: number
  /** Mean query time of an idle database, in ms. */
  queryMs: number
  maxUtilisation: number
  errorBase: number
  errorAtPeak: number
  dbErrorShare: number
  business: BusinessParams
  /** The request stream (its daily curve, rate and clock). */
  arrivals?: Arrivals | Partial<ArrivalsParams>
}

export const defaultMetricsParams: MetricsParams = {
  seed: 1,
  hosts: ['web-1', 'web-2', 'web-3'],
  dbHost: 'db-1',
  cores: 1,
  serviceTime: 0.065,
  window: 4,
  ramp: 1,
  keepAlive: 2,
  memoryBase: 0.3,
  memoryPerConnection: 0.018,
  writeFraction: 0.3,
  writeCost: 0.1,
  queriesPerRequest: 3,
  requestsPerSample: 40,
  dbCapacityQps: 5600,
  queryMs: 3,
  maxUtilisation: 0.95,
  errorBase: 0.06,
  errorAtPeak: 0.1,
  dbErrorShare: 0.25,
  business: {
    firstDay: 120,
    newUsers0: 8000,
    acquisitionGrowth: 0.028,
    weekendDip: 0.85,
    noise: 0.06,
    retention0: 0.7,
    retentionGain: 0.16,
    maturityDays: 60,
    arpu: 0.05,
  },
  // A simulated day a minute, from late morning: one busy evening within a short chapter.
  arrivals: { peakRps: 40, dayLength: 60, startHour: 10 },
}

export interface HostMetrics {
  host: string
  /** 0–1. */
  cpu: number
  memory: number
  diskIo: number
  /** Open connections (weighted by the window's soft edges). */
  connections: number
}

export interface DbMetrics {
  t: number
  /** Real queries per second. */
  qps: number
  /** qps / capacity, capped at maxUtilisation. */
  utilisation: number
  /** 95th percentile response time, ms. */
  p95Ms: number
}

export type LogLevel = 'ERROR' | 'WARN'

export interface LogEvent {
  /** The failed request's id: unique. */
  id: number
  time: number
  host: string
  /** Index of `host` in `sources` (the web hosts, then the database). */
  source: number
  level: LogLevel
  message: string
}

export interface BusinessDay {
  /** Days since launch. */
  day: number
  newUsers: number
  /** Daily active users. */
  dau: number
  /** Day-over-day retention, 0–1. */
  retention: number
  /** Dollars. */
  revenue: number
}

export interface MetricsState {
  t: number
  hour: number
  /** The load curve, 0–1. */
  load: number
  /** Expected simulated requests per second. */
  rps: number
  hosts: HostMetrics[]
  db: DbMetrics
  /** Log events in [0, t), and per source (web hosts, then the database). */
  logged: number
  loggedBySource: number[]
  /** Business day at t (days since launch). */
  day: number
}

export interface Metrics {
  readonly params: Readonly<MetricsParams>
  readonly arrivals: Arrivals
  /** The log sources: the web hosts, then the database. */
  readonly sources: readonly string[]
  stateAt(t: number): MetricsState
  hostAt(t: number, index: number): HostMetrics
  dbAt(t: number): DbMetrics
  /** The database tier sampled every `step` seconds from t0 up to t (inclusive). */
  dbHistory(t0: number, t: number, step: number): DbMetrics[]
  /** Log events in [t0, t1), in time order. */
  logsIn(t0: number, t1: number): LogEvent[]
  /** The last `n` log events before t, oldest first. */
  recentLogs(t: number, n: number): LogEvent[]
  /** Business day at t. */
  dayAt(t: number): number
  /** Day `day` since launch (≥ 0). */
  businessDay(day: number): BusinessDay
  /** The failure probability of a request at t. */
  errorRateAt(t: number): number
}

const LN20 = Math.log(20)

const WEB_ERRORS = [
  'GET /api/feed 500',
  'POST /api/upload 500',
  'timeout: payment API',
  'connection reset',
] as const

export function createMetrics(overrides: Partial<MetricsParams> = {}): Metrics {
  const p: MetricsParams = {
    ...defaultMetricsParams,
    ...overrides,
    business: { ...defaultMetricsParams.business, ...(overrides.business ?? {}) },
  }
  if (!(p.window > 0) || !(p.ramp >= 0) || !(2 * p.ramp < p.window))
    throw new Error('metrics: need window > 0 and 0 ≤ ramp < window / 2')
  if (p.hosts.length === 0) throw new Error('metrics: at least one host')
  if (!(p.keepAlive > 0)) throw new Error('metrics: keepAlive must be > 0')
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'metrics', ...(p.arrivals ?? {}) })
  const seeds = {
    write: deriveSeed(p.seed, 'metrics:write'),
    error: deriveSeed(p.seed, 'metrics:error'),
    source: deriveSeed(p.seed, 'metrics:source'),
    message: deriveSeed(p.seed, 'metrics:message'),
    business: deriveSeed(p.seed, 'metrics:business'),
  }
  const H = p.hosts.length
  const sources = [...p.hosts, p.dbHost]
  const effective = p.window - p.ramp

  /** Weight of a request `age` seconds old in a window of `length` with soft edges. */
  function weight(age: number, length: number): number {
    if (age < 0 || age >= length) return 0
    if (p.ramp === 0) return 1
    if (age < p.ramp) return age / p.ramp
    if (age > length - p.ramp) return (length - age) / p.ramp
    return 1
  }
  const hostOf = (r: Request) => Math.min(H - 1, Math.floor(r.u * H))
  const workOf = (r: Request) => p.serviceTime * (0.5 + r.v)
  const writes = (r: Request) => uniformAt(seeds.write, r.id) < p.writeFraction

  const errorRateAt = (t: number) => p.errorBase + p.errorAtPeak * arrivals.shapeAt(t) ** 3
  const failed = (r: Request) => uniformAt(seeds.error, r.id) < errorRateAt(r.time)

  function dbAt(t: number): DbMetrics {
    const time = Math.max(0, t)
    let weighted = 0
    for (const r of arrivals.requestsIn(time - p.window, time)) {
      weighted += weight(time - r.time, p.window)
    }
    const qps = Math.round((weighted / effective) * p.queriesPerRequest * p.requestsPerSample)
    const utilisation = Math.min(p.maxUtilisation, qps / p.dbCapacityQps)
    return { t: time, qps, utilisation, p95Ms: (LN20 * p.queryMs) / (1 - utilisation) }
  }

  function hostsAt(t: number): HostMetrics[] {
    const time = Math.max(0, t)
    const work = new Float64Array(H)
    const conns = new Float64Array(H)
    const disk = new Float64Array(H)
    const span = Math.max(p.window, p.keepAlive + p.ramp)
    for (const r of arrivals.requestsIn(time - span, time)) {
      const h = hostOf(r)
      const age = time - r.time
      const w = weight(age, p.window)
      work[h] += w * workOf(r)
      conns[h] += weight(age, p.keepAlive + p.ramp)
      if (w > 0) disk[h] += w * ((writes(r) ? 1 : 0) + (failed(r) ? 1 : 0))
    }
    return p.hosts.map((host, h) => ({
      host,
      cpu: Math.min(1, work[h]! / (p.cores * effective)),
      memory: Math.min(1, p.memoryBase + p.memoryPerConnection * conns[h]!),
      diskIo: Math.min(1, (disk[h]! * p.writeCost) / effective),
      connections: conns[h]!,
    }))
  }

  function eventOf(r: Request): LogEvent | null {
    if (!failed(r)) return null
    const fromDb = uniformAt(seeds.source, r.id) < p.dbErrorShare
    const pick = uniformAt(seeds.message, r.id)
    if (fromDb) {
      // A slow query from the tail above the p95: quantile q in [0.95, 1).
      const mean = dbAt(r.time).p95Ms / LN20
      const ms = Math.round(-Math.log(0.05 * (1 - pick)) * mean)
      return {
        id: r.id,
        time: r.time,
        host: p.dbHost,
        source: H,
        level: 'WARN',
        message: `slow query ${ms} ms`,
      }
    }
    const h = hostOf(r)
    return {
      id: r.id,
      time: r.time,
      host: p.hosts[h]!,
      source: h,
      level: 'ERROR',
      message: WEB_ERRORS[Math.floor(pick * WEB_ERRORS.length)]!,
    }
  }

  const B = arrivals.params.bucket
  const S = sources.length
  // A small direct-mapped memo of each bucket's events: playback asks for the same few.
  const MEMO = 256
  const memoKey = new Float64Array(MEMO).fill(-1)
  const memoVal: LogEvent[][] = new Array<LogEvent[]>(MEMO)
  function bucketLogs(b: number): LogEvent[] {
    const slot = b % MEMO
    if (memoKey[slot] === b) return memoVal[slot]!
    const out: LogEvent[] = []
    for (const r of arrivals.requestsIn(b * B, (b + 1) * B)) {
      const e = eventOf(r)
      if (e) out.push(e)
    }
    memoKey[slot] = b
    memoVal[slot] = out
    return out
  }

  // prefix[b * S + s] = events of source s in buckets 0..b-1.
  let prefix = new Float64Array(64 * S)
  let prefixLen = 1
  function countsBefore(b: number): Float64Array {
    if (b >= prefixLen) {
      if ((b + 1) * S > prefix.length) {
        let size = prefix.length
        while (size < (b + 1) * S) size *= 2
        const grown = new Float64Array(size)
        grown.set(prefix.subarray(0, prefixLen * S))
        prefix = grown
      }
      for (let j = prefixLen; j <= b; j++) {
        for (let s = 0; s < S; s++) prefix[j * S + s] = prefix[(j - 1) * S + s]!
        for (const e of bucketLogs(j - 1)) prefix[j * S + e.source]! += 1
      }
      prefixLen = b + 1
    }
    return prefix.subarray(b * S, (b + 1) * S)
  }

  function logsIn(t0: number, t1: number): LogEvent[] {
    const a = Math.max(0, t0)
    if (!(t1 > a)) return []
    const out: LogEvent[] = []
    for (let b = Math.floor(a / B); b < Math.ceil(t1 / B); b++) {
      for (const e of bucketLogs(b)) if (e.time >= a && e.time < t1) out.push(e)
    }
    return out
  }

  function recentLogs(t: number, n: number): LogEvent[] {
    const out: LogEvent[] = []
    if (n <= 0 || t <= 0) return out
    for (let b = Math.ceil(t / B) - 1; b >= 0 && out.length < n; b--) {
      const events = bucketLogs(b)
      for (let i = events.length - 1; i >= 0 && out.length < n; i--) {
        if (events[i]!.time < t) out.push(events[i]!)
      }
    }
    return out.reverse()
  }

  function loggedBefore(t: number): number[] {
    const time = Math.max(0, t)
    const b = Math.floor(time / B)
    const counts = Array.from(countsBefore(b))
    for (const e of bucketLogs(b)) if (e.time < time) counts[e.source]! += 1
    return counts
  }

  const hourAt = (t: number) => arrivals.hourAt(Math.max(0, t))
  const dayAt = (t: number) =>
    p.business.firstDay +
    Math.floor((arrivals.params.startHour + (24 * Math.max(0, t)) / arrivals.params.dayLength) / 24)

  const days: BusinessDay[] = []
  const noisy = (day: number, k: number) =>
    1 + p.business.noise * (2 * uniformAt(seeds.business, day * 4 + k) - 1)
  function businessDay(day: number): BusinessDay {
    const d = Math.max(0, Math.floor(day))
    const q = p.business
    for (let i = days.length; i <= d; i++) {
      const weekend = i % 7 >= 5 ? q.weekendDip : 1
      const newUsers = Math.round(
        q.newUsers0 * Math.exp(q.acquisitionGrowth * i) * weekend * noisy(i, 0),
      )
      const mature = q.retention0 + q.retentionGain * (1 - Math.exp(-i / q.maturityDays))
      const retention = Math.min(0.99, mature * noisy(i, 1) ** 0.25)
      const dau = i === 0 ? newUsers : Math.round(retention * days[i - 1]!.dau + newUsers)
      const revenue = Math.round(dau * q.arpu * noisy(i, 2))
      days.push({ day: i, newUsers, dau, retention: i === 0 ? 0 : retention, revenue })
    }
    return days[d]!
  }

  function dbHistory(t0: number, t: number, step: number): DbMetrics[] {
    if (!(step > 0)) throw new Error('metrics: history step must be > 0')
    const out: DbMetrics[] = []
    for (let k = 0; t0 + k * step <= t; k++) out.push(dbAt(t0 + k * step))
    return out
  }

  return {
    params: p,
    arrivals,
    sources,
    hostAt: (t, index) => hostsAt(t)[index]!,
    dbAt,
    dbHistory,
    logsIn,
    recentLogs,
    dayAt,
    businessDay,
    errorRateAt,
    stateAt(t) {
      const time = Math.max(0, t)
      const loggedBySource = loggedBefore(time)
      return {
        t: time,
        hour: hourAt(time),
        load: arrivals.shapeAt(time),
        rps: arrivals.rateAt(time),
        hosts: hostsAt(time),
        db: dbAt(time),
        logged: loggedBySource.reduce((a, b) => a + b, 0),
        loggedBySource,
        day: dayAt(time),
      }
    },
  }
}

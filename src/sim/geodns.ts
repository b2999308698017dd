/**
 * GeoDNS across two data centres, with failover.
 *
 * Model: each request comes from the east with probability x/100 (the split, `sim.split`) and
 * from the west otherwise (seeded per request); GeoDNS answers east users with DC1 (US-East) and
 * west users with DC2 (US-West), so the traffic divides x % / (100 − x) %.
 *
 * Failover: GeoDNS health-checks both data centres every `healthCheckInterval` seconds; a data
 * centre that fails at tf is withdrawn from answers at the first check at or after tf. Clients
 * then keep using their cached answer until it expires: a client's answer was fetched at a
 * uniformly random moment within the last `dnsTtl` seconds (seeded per request), so after
 * withdrawal the failed DC's share drains linearly to 0 over one TTL, after which 100 % of the
 * traffic goes to the survivor. Requests that reach a dead DC fail. When both are down,
 * everything fails. Recovery is symmetric (answers return after the first healthy check).
 *
 * Per request the route is a closed form; the running counters are checkpointed.
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { checkAtOrAfter, copyCheckpoints, isUp, lastCheck, type Outage } from './core'

export interface DataCentre {
  id: string
  name: string
  region: 'east' | 'west'
  outages?: Outage[]
}

export interface GeoDnsParams {
  seed: number
  /** Percentage of traffic from the east (to DC1), 0–100. */
  split: number
  dataCentres: [DataCentre, DataCentre]
  healthCheckInterval: number
  dnsTtl: number
  /** Window (film seconds) of the measured shares. */
  window: number
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultGeoDnsParams: GeoDnsParams = {
  seed: 1,
  split: 60,
  dataCentres: [
    { id: 'dc1', name: 'DC1 US-East', region: 'east' },
    { id: 'dc2', name: 'DC2 US-West', region: 'west', outages: [{ at: 50.5 }] },
  ],
  healthCheckInterval: 5,
  dnsTtl: 5,
  window: 5,
  checkpointEvery: 10,
}

export interface GeoRoute {
  id: number
  time: number
  /** Where the user is. */
  region: 'east' | 'west'
  /** The data centre it was sent to (null: none answered). */
  dc: string | null
  ok: boolean
}

export interface GeoDnsState {
  t: number
  split: number
  /** The weights GeoDNS publishes now, in % (e.g. [60, 40], or [100, 0] after failover). */
  published: [number, number]
  dataCentres: {
    id: string
    name: string
    up: boolean
    /** Included in DNS answers at t. */
    inDns: boolean
    served: number
    failed: number
    /** Share of the requests in the last `window` seconds sent here (0–1). */
    share: number
  }[]
  requests: number
  failed: number
}

export interface GeoDns {
  readonly params: Readonly<GeoDnsParams>
  readonly arrivals: Arrivals
  stateAt(t: number): GeoDnsState
  routesIn(t0: number, t1: number): GeoRoute[]
  /** When traffic to a DC failing at `at` has fully moved: withdrawal plus one DNS TTL. */
  failoverCompleteAt(at: number): number
}

interface Work {
  t: number
  sent: [number, number]
  served: [number, number]
  failed: [number, number]
  unrouted: number
}

export function createGeoDns(overrides: Partial<GeoDnsParams> = {}): GeoDns {
  const p: GeoDnsParams = { ...defaultGeoDnsParams, ...overrides }
  if (!(p.split >= 0 && p.split <= 100)) throw new Error('geodns: split must be in [0, 100]')
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'geo', ...(p.arrivals ?? {}) })
  const H = p.healthCheckInterval
  const dcs = p.dataCentres
  const up = (i: number, t: number) => isUp(t, dcs[i]!.outages)
  const inDns = (i: number, t: number) => up(i, lastCheck(t, H))

  /** What GeoDNS answered a user homed at `home` at time `at`: home if listed, else the other. */
  function answerAt(home: number, at: number): number {
    if (inDns(home, at)) return home
    if (inDns(1 - home, at)) return 1 - home
    return -1
  }

  function route(r: Request): GeoRoute {
    const { id, time } = r
    const region: 'east' | 'west' = r.u < p.split / 100 ? 'east' : 'west'
    const home = dcs[0].region === region ? 0 : 1
    // The client's cached answer was fetched at `fetched`; it names whatever DNS said then.
    const fetched = time - r.v * p.dnsTtl
    const dc = answerAt(home, Math.max(0, fetched))
    const ok = dc >= 0 && up(dc, time)
    return { id, time, region, dc: dc >= 0 ? dcs[dc]!.id : null, ok }
  }

  function advance(w: Work, to: number, emit?: (r: GeoRoute) => void) {
    if (!(to > w.t)) return
    for (const r of arrivals.requestsIn(w.t, to)) {
      const g = route(r)
      if (g.dc === null) w.unrouted++
      else {
        const i = g.dc === dcs[0].id ? 0 : 1
        w.sent[i]++
        if (g.ok) w.served[i]++
        else w.failed[i]++
      }
      emit?.(g)
    }
    w.t = to
  }

  const copy = (w: Work): Work => ({
    ...w,
    sent: [...w.sent],
    served: [...w.served],
    failed: [...w.failed],
  })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({ t: 0, sent: [0, 0], served: [0, 0], failed: [0, 0], unrouted: 0 }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )

  return {
    params: p,
    arrivals,
    stateAt(t) {
      const time = Math.max(0, t)
      const before = checkpoints.at(time - p.window)
      const s0 = time - p.window < 0 ? [0, 0] : [...before.sent]
      const w = checkpoints.at(time)
      const recent: [number, number] = [w.sent[0] - s0[0]!, w.sent[1] - s0[1]!]
      const total = recent[0] + recent[1]
      const dns: [boolean, boolean] = [inDns(0, time), inDns(1, time)]
      const published: [number, number] =
        dns[0] && dns[1] ? [p.split, 100 - p.split] : dns[0] ? [100, 0] : dns[1] ? [0, 100] : [0, 0]
      return {
        t: w.t,
        split: p.split,
        published,
        dataCentres: dcs.map((d, i) => ({
          id: d.id,
          name: d.name,
          up: up(i, time),
          inDns: dns[i as 0 | 1],
          served: w.served[i as 0 | 1],
          failed: w.failed[i as 0 | 1],
          share: total ? recent[i as 0 | 1] / total : 0,
        })),
        requests: w.sent[0] + w.sent[1] + w.unrouted,
        failed: w.failed[0] + w.failed[1] + w.unrouted,
      }
    },
    routesIn(t0, t1) {
      return checkpoints.eventsIn<GeoRoute>(t0, t1, advance)
    },
    failoverCompleteAt: (at) => checkAtOrAfter(at, H) + p.dnsTtl,
  }
}

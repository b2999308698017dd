import { useMemo } from 'react'
import { Color, type Curve, type Vector3 } from 'three'
import type { GeoDns } from '../../sim'
import { randomAt } from '../../timeline/random'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'

export type GeoTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  geodns: GeoDns
  /** Chapter second the stream starts to show. */
  from: number
  /**
   * Per user region, per data centre id: one route from each of the region's cities to that
   * data centre (the cities in the same order for every data centre).
   */
  routes: Readonly<Record<'east' | 'west', Readonly<Record<string, readonly Curve<Vector3>[]>>>>
  /** Seeds which city each request comes from (the simulation says only east or west). */
  seed: number
}

/** Units a second: a coast-to-coast trip takes a couple of seconds, easy to follow. */
const SPEED = 3.5
const LONGEST_TRIP = 5
const CAPACITY = 96
const SERVED = new Color(palette.request)
const FAILED = new Color(palette.failure)

/**
 * The simulated GeoDNS's requests as packets over the map, one instanced draw call: each flies
 * from a city in its user's region to the data centre GeoDNS answered with: the nearer one, or
 * the survivor after a failover. Requests sent to a data centre that is down turn red.
 */
export function GeoTraffic({ name, geodns, from, routes, seed }: GeoTrafficProps) {
  const seconds = useMemo(() => {
    const s = new Map<Curve<Vector3>, number>()
    for (const byDc of Object.values(routes)) {
      for (const list of Object.values(byDc)) for (const c of list) s.set(c, c.getLength() / SPEED)
    }
    return s
  }, [routes])
  return (
    <PacketSwarm
      name={name}
      capacity={CAPACITY}
      radius={0.2}
      fill={(local, put) => {
        if (local <= from) return
        for (const r of geodns.routesIn(Math.max(from, local - LONGEST_TRIP), local)) {
          if (r.dc === null) continue
          const list = routes[r.region][r.dc]!
          const path = list[Math.floor(randomAt(seed, r.id) * list.length)]!
          const p = (local - r.time) / seconds.get(path)!
          if (p < 1) put(path, p, r.ok ? SERVED : FAILED)
        }
      }}
    />
  )
}

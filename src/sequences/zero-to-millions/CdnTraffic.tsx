import { useMemo } from 'react'
import { Color, type Curve, type Vector3 } from 'three'
import type { Cdn } from '../../sim'
import { PacketSwarm } from '../../world/PacketSwarm'
import { palette } from '../../world/palette'

export type CdnRoutes = {
  /** Per region id: the hop from its users to their edge, and back. */
  ask: ReadonlyMap<string, Curve<Vector3>>
  back: ReadonlyMap<string, Curve<Vector3>>
  /** Per edge id: its fetch from the origin, and the copy coming back. */
  fetch: ReadonlyMap<string, Curve<Vector3>>
  fill: ReadonlyMap<string, Curve<Vector3>>
}

export type CdnTrafficProps = {
  cdn: Cdn
  /** Chapter second the stream starts to show. */
  from: number
  routes: CdnRoutes
}

/** Packets cross the globe at this speed (units a second): quick, but easy to follow. */
const SPEED = 3.2
/** Even the shortest hop lasts this long, so it registers. */
const MIN_LEG = 0.55
/** No trip lasts longer than this: the window of requests asked for each frame. */
const LONGEST_TRIP = 8
const CAPACITY = 80
const ASK = new Color(palette.request)
const HIT = new Color(palette.success)
const FETCH = new Color(palette.response)

/**
 * The simulated CDN's requests as packets on the globe, one instanced draw call: each request
 * hops from its region to the nearest edge; a hit comes straight back (green), a miss first
 * fetches from the origin across the map (cyan) and then returns. Which requests hit, and when
 * a copy expires, is the simulation's.
 */
export function CdnTraffic({ cdn, from, routes }: CdnTrafficProps) {
  const legSeconds = useMemo(() => {
    const seconds = new Map<Curve<Vector3>, number>()
    for (const map of [routes.ask, routes.back, routes.fetch, routes.fill]) {
      for (const c of map.values()) seconds.set(c, Math.max(MIN_LEG, c.getLength() / SPEED))
    }
    return seconds
  }, [routes])
  return (
    <PacketSwarm
      capacity={CAPACITY}
      radius={0.16}
      fill={(local, put) => {
        if (local <= from) return
        for (const r of cdn.requestsIn(Math.max(from, local - LONGEST_TRIP), local)) {
          const ask = routes.ask.get(r.region)!
          const back = routes.back.get(r.region)!
          const legs = r.hit
            ? [ask, back]
            : [ask, routes.fetch.get(r.edge)!, routes.fill.get(r.edge)!, back]
          let age = local - r.time
          for (let i = 0; i < legs.length; i++) {
            const leg = legs[i]!
            const seconds = legSeconds.get(leg)!
            if (age < seconds) {
              const color = i === 0 ? ASK : r.hit ? HIT : i === legs.length - 1 ? HIT : FETCH
              put(leg, age / seconds, color)
              break
            }
            age -= seconds
          }
        }
      }}
    />
  )
}

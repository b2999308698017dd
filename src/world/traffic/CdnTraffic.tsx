import { useThree } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { Color, Vector3, type Curve, type Group } from 'three'
import type { Cdn } from '../../sim'
import { facingEye, latLonToVector3 } from '../geo'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'

export type CdnRoutes = {
  /** Per region id: the hop from its users to their edge, and back. */
  ask: ReadonlyMap<string, Curve<Vector3>>
  back: ReadonlyMap<string, Curve<Vector3>>
  /** Per edge id: its fetch from the origin, and the copy coming back. */
  fetch: ReadonlyMap<string, Curve<Vector3>>
  fill: ReadonlyMap<string, Curve<Vector3>>
}

export type CdnTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  cdn: Cdn
  /** Chapter second the stream starts to show. */
  from: number
  routes: CdnRoutes
  /** The globe's radius: where its places stand, to tell which have gone round the back. */
  radius: number
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
const eye = new Vector3()

/**
 * The simulated CDN's requests as packets on the globe, one instanced draw call: each request
 * hops from its region to the nearest edge; a hit comes straight back (green), a miss first
 * fetches from the origin across the map (cyan) and then returns. Which requests hit, and when
 * a copy expires, is the simulation's. A leg between two places that have both turned round the
 * back is not drawn: its arc would bob over the horizon between markers that are out of sight.
 */
export function CdnTraffic({ name, cdn, from, routes, radius }: CdnTrafficProps) {
  const frame = useRef<Group>(null)
  const get = useThree((s) => s.get)
  const places = useMemo(() => {
    const { regions, edges, origin } = cdn.params
    return [...regions, ...edges, origin].map((p) => {
      const normal = latLonToVector3(p.lat, p.lon, 1)
      return { id: p.id, normal, point: normal.clone().multiplyScalar(radius) }
    })
  }, [cdn, radius])
  const inSight = useMemo(() => new Set<string>(), [])
  const origin = cdn.params.origin.id
  const legSeconds = useMemo(() => {
    const seconds = new Map<Curve<Vector3>, number>()
    for (const map of [routes.ask, routes.back, routes.fetch, routes.fill]) {
      for (const c of map.values()) seconds.set(c, Math.max(MIN_LEG, c.getLength() / SPEED))
    }
    return seconds
  }, [routes])
  return (
    <group ref={frame}>
      <PacketSwarm
        name={name}
        capacity={CAPACITY}
        radius={0.16}
        fill={(local, put) => {
          if (local <= from || !frame.current) return
          // Which places face the camera this frame (the globe has turned by now).
          get().camera.getWorldPosition(eye)
          inSight.clear()
          for (const p of places) {
            if (facingEye(frame.current, p.point, p.normal, eye) > 0) inSight.add(p.id)
          }
          const shown = (a: string, b: string) => inSight.has(a) || inSight.has(b)
          for (const r of cdn.requestsIn(Math.max(from, local - LONGEST_TRIP), local)) {
            const ask = routes.ask.get(r.region)!
            const back = routes.back.get(r.region)!
            const legs = r.hit
              ? [ask, back]
              : [ask, routes.fetch.get(r.edge)!, routes.fill.get(r.edge)!, back]
            const near = shown(r.region, r.edge)
            const far = shown(r.edge, origin)
            let age = local - r.time
            for (let i = 0; i < legs.length; i++) {
              const leg = legs[i]!
              const seconds = legSeconds.get(leg)!
              if (age < seconds) {
                const color = i === 0 ? ASK : r.hit ? HIT : i === legs.length - 1 ? HIT : FETCH
                const crossing = !r.hit && (i === 1 || i === 2)
                if (crossing ? far : near) put(leg, age / seconds, color)
                break
              }
              age -= seconds
            }
          }
        }}
      />
    </group>
  )
}

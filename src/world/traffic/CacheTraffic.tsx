import { useMemo } from 'react'
import { Color, type Curve, type Vector3 } from 'three'
import type { Cache } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'

export type CacheTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  cache: Cache
  from: number
  /** The read path's legs: web → cache, cache → web, cache → database, database → cache. */
  legs: { ask: Curve<Vector3>; back: Curve<Vector3>; toDb: Curve<Vector3>; fromDb: Curve<Vector3> }
}

/** Seconds per leg: quick, but each packet can still be followed. */
const LEG = 0.7
const CAPACITY = 96
const ASK = new Color(palette.request)
const HIT = new Color(palette.success)
const MISS = new Color(palette.database)

/**
 * The simulated cache's reads as packets, one instanced draw call: each read asks the cache;
 * a hit returns at once on the green path, a miss travels the blue path to the database and back
 * before it returns. Which reads hit is the simulation's, not a script's.
 */
export function CacheTraffic({ name, cache, from, legs }: CacheTrafficProps) {
  const missRoute = useMemo(() => [legs.toDb, legs.fromDb, legs.back], [legs])
  return (
    <PacketSwarm
      name={name}
      capacity={CAPACITY}
      radius={0.18}
      fill={(local, put) => {
        if (local <= from) return
        for (const r of cache.readsIn(Math.max(from, local - 4 * LEG), local)) {
          const age = local - r.time
          const leg = Math.floor(age / LEG)
          const progress = (age % LEG) / LEG
          if (leg === 0) put(legs.ask, progress, ASK)
          else if (r.hit && leg === 1) put(legs.back, progress, HIT)
          else if (!r.hit && leg <= missRoute.length) put(missRoute[leg - 1]!, progress, MISS)
        }
      }}
    />
  )
}

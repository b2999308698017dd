import { useMemo, useRef } from 'react'
import { Color, Object3D, type Curve, type InstancedMesh, type Vector3 } from 'three'
import type { Cache } from '../../sim'
import { useChapterFrame } from '../../timeline/ChapterTime'
import { easeInOut } from '../../timeline/easing'
import { palette } from '../../world/palette'

export type CacheTrafficProps = {
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
const scratch = new Object3D()

/**
 * The simulated cache's reads as packets, one instanced draw call: each read asks the cache;
 * a hit returns at once on the green path, a miss travels the blue path to the database and back
 * before it returns. Which reads hit is the simulation's, not a script's.
 */
export function CacheTraffic({ cache, from, legs }: CacheTrafficProps) {
  const mesh = useRef<InstancedMesh>(null)
  const missRoute = useMemo(() => [legs.toDb, legs.fromDb, legs.back], [legs])
  useChapterFrame((local) => {
    const m = mesh.current
    if (!m) return
    let n = 0
    if (local > from) {
      for (const r of cache.readsIn(Math.max(from, local - 4 * LEG), local)) {
        if (n >= CAPACITY) break
        const legIndex = Math.floor((local - r.time) / LEG)
        const p = easeInOut(((local - r.time) % LEG) / LEG)
        let curve: Curve<Vector3> | undefined
        let color = ASK
        if (legIndex === 0) curve = legs.ask
        else if (r.hit) {
          curve = legIndex === 1 ? legs.back : undefined
          color = HIT
        } else {
          curve = missRoute[legIndex - 1]
          color = MISS
        }
        if (!curve) continue
        curve.getPoint(p, scratch.position)
        scratch.updateMatrix()
        m.setMatrixAt(n, scratch.matrix)
        m.setColorAt(n, color)
        n++
      }
    }
    m.count = n
    m.instanceMatrix.needsUpdate = true
    if (m.instanceColor) m.instanceColor.needsUpdate = true
  })
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, CAPACITY]} frustumCulled={false}>
      <sphereGeometry args={[0.18, 14, 10]} />
      <meshBasicMaterial />
    </instancedMesh>
  )
}

import { useMemo, useRef } from 'react'
import { Color, Object3D, type Curve, type InstancedMesh, type Vector3 } from 'three'
import type { LoadBalancer } from '../../sim'
import { useChapterFrame } from '../../timeline/ChapterTime'
import { easeInOut } from '../../timeline/easing'
import { palette } from '../../world/palette'
import { arcCurve, type Vec3 } from '../../world/paths'

export type LoadBalancerTrafficProps = {
  lb: LoadBalancer
  /** Chapter-local second the traffic becomes visible. */
  from: number
  user: Vec3
  balancer: Vec3
  /** The path from the balancer to each server, in the balancer's server order. */
  paths: readonly Curve<Vector3>[]
}

/** Seconds a request takes from user to balancer, and from balancer to its server. */
const TO_BALANCER = 0.8
const TO_SERVER = 0.9
/** The most packets in flight at once that can be drawn: above the simulated peak. */
const CAPACITY = 96
const REQUEST = new Color(palette.request)
const FAILED = new Color(palette.failure)
const scratch = new Object3D()

/**
 * Every request the simulated load balancer handles, as a packet: from the users to the
 * balancer, then on to the server the simulation chose for it, turning red if that server had
 * failed. One instanced draw call for all of them.
 */
export function LoadBalancerTraffic({ lb, from, user, balancer, paths }: LoadBalancerTrafficProps) {
  const mesh = useRef<InstancedMesh>(null)
  const toBalancer = useMemo(() => arcCurve(user, balancer, 0, 1.2), [user, balancer])
  const serverIndex = useMemo(() => new Map(lb.params.servers.map((s, i) => [s.id, i])), [lb])
  useChapterFrame((local) => {
    const m = mesh.current
    if (!m) return
    let n = 0
    const window0 = Math.max(from, local - TO_BALANCER - TO_SERVER)
    for (const r of local > from ? lb.requestsIn(window0, local) : []) {
      if (n >= CAPACITY) break
      const age = local - r.arrival
      const target = r.server === null ? -1 : serverIndex.get(r.server)!
      if (age < TO_BALANCER) {
        toBalancer.getPoint(easeInOut(age / TO_BALANCER), scratch.position)
        m.setColorAt(n, REQUEST)
      } else if (target >= 0) {
        paths[target]!.getPoint(easeInOut((age - TO_BALANCER) / TO_SERVER), scratch.position)
        m.setColorAt(n, r.outcome === 'failed' && r.reason === 'refused' ? FAILED : REQUEST)
      } else continue
      scratch.updateMatrix()
      m.setMatrixAt(n++, scratch.matrix)
    }
    m.count = n
    m.instanceMatrix.needsUpdate = true
    if (m.instanceColor) m.instanceColor.needsUpdate = true
  })
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, CAPACITY]} frustumCulled={false}>
      <sphereGeometry args={[0.2, 16, 12]} />
      <meshBasicMaterial />
    </instancedMesh>
  )
}

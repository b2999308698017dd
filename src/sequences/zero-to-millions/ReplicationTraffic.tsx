import { useMemo, useRef } from 'react'
import { Color, Object3D, type InstancedMesh } from 'three'
import type { Replication } from '../../sim'
import { useChapterFrame } from '../../timeline/ChapterTime'
import { easeInOut } from '../../timeline/easing'
import { palette } from '../../world/palette'
import { arcCurve, type Vec3 } from '../../world/paths'

export type ReplicationTrafficProps = {
  replication: Replication
  /** Chapter-local seconds from which operations, and replication, are drawn. */
  from: number
  replicateFrom: number
  web: Vec3
  /** Each node's port, in the simulation's node order. */
  nodes: readonly Vec3[]
}

/** Seconds an operation takes from the web tier to its database, and a change to a replica. */
const TRIP = 1.1
const COPY = 0.9
const CAPACITY = 128
const WRITE = new Color(palette.request)
const READ = new Color(palette.response)
const COPY_COLOR = new Color(palette.database)
const FAILED = new Color(palette.failure)
const scratch = new Object3D()

/**
 * The simulated database traffic as packets, one instanced draw call: writes (warm) to the
 * master, reads (cool) to whichever node the simulation sent them, failures in red, and each
 * write's copy flowing from the master on to the replicas after it lands.
 */
export function ReplicationTraffic({
  replication,
  from,
  replicateFrom,
  web,
  nodes,
}: ReplicationTrafficProps) {
  const mesh = useRef<InstancedMesh>(null)
  const toNode = useMemo(
    () => nodes.map((n, i) => arcCurve(web, n, 0, 1.5 + i * 0.5)),
    [web, nodes],
  )
  const between = useMemo(() => nodes.map((a) => nodes.map((b) => arcCurve(a, b, 0, 0.8))), [nodes])
  const index = useMemo(() => new Map(nodes.map((_, i) => [`db-${i + 1}`, i])), [nodes])
  useChapterFrame((local) => {
    const m = mesh.current
    if (!m) return
    let n = 0
    const put = (color: Color): void => {
      scratch.updateMatrix()
      m.setMatrixAt(n, scratch.matrix)
      m.setColorAt(n, color)
      n++
    }
    if (local > from) {
      const state = replication.stateAt(local)
      const master = index.get(state.master) ?? 0
      for (const op of replication.operationsIn(Math.max(from, local - TRIP - COPY), local)) {
        if (n >= CAPACITY) break
        const target = op.node === null ? -1 : index.get(op.node)!
        const age = local - op.time
        if (age < TRIP && target >= 0) {
          toNode[target]!.getPoint(easeInOut(age / TRIP), scratch.position)
          put(!op.ok ? FAILED : op.kind === 'write' ? WRITE : READ)
        } else if (op.kind === 'write' && op.ok && age >= TRIP && local >= replicateFrom) {
          // The change travels on from the node that took it to every other node that is up.
          const p = easeInOut((age - TRIP) / COPY)
          state.nodes.forEach((node, i) => {
            if (i === target || node.status !== 'up' || n >= CAPACITY) return
            between[target < 0 ? master : target]![i]!.getPoint(p, scratch.position)
            put(COPY_COLOR)
          })
        }
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

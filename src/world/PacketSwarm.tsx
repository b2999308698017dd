import { useRef } from 'react'
import { Object3D, type Color, type Curve, type InstancedMesh, type Vector3 } from 'three'
import { useChapterFrame } from '../timeline/ChapterTime'
import { easeInOut } from '../timeline/easing'
import { Staged } from './Staged'
import { instancesMoved } from './rewritten'

/** Places one packet at `progress` (0–1, eased here) along `path`, in `color`. */
export type PutPacket = (path: Curve<Vector3>, progress: number, color: Color) => void

export type PacketSwarmProps = {
  /** Its key in the studio ('Traffic: users to CDN'): Theatre owns the stream as a whole. */
  name: string
  /** The most packets drawn at once; more are dropped for that frame. */
  capacity: number
  radius?: number
  /** Called every frame with the chapter time: put each packet in flight. */
  fill: (local: number, put: PutPacket) => void
}

const scratch = new Object3D()

/**
 * Many packets in one instanced draw call: a chapter says where each one is at a given time
 * (usually read from the simulation), and this places them. Nothing is allocated per frame.
 * A staged object: the studio moves or fades the whole stream.
 */
export function PacketSwarm({ name, capacity, radius = 0.2, fill }: PacketSwarmProps) {
  const mesh = useRef<InstancedMesh>(null)
  useChapterFrame((local) => {
    const m = mesh.current
    if (!m) return
    let n = 0
    fill(local, (path, progress, color) => {
      if (n >= capacity) return
      path.getPoint(easeInOut(progress), scratch.position)
      scratch.updateMatrix()
      m.setMatrixAt(n, scratch.matrix)
      m.setColorAt(n, color)
      n++
    })
    m.count = n
    instancesMoved(m)
    if (m.instanceColor) m.instanceColor.needsUpdate = true
  })
  return (
    <Staged name={name}>
      <instancedMesh ref={mesh} args={[undefined, undefined, capacity]} frustumCulled={false}>
        <sphereGeometry args={[radius, 16, 12]} />
        <meshBasicMaterial />
      </instancedMesh>
    </Staged>
  )
}

import { useMemo, useRef } from 'react'
import { Color, Object3D, type InstancedMesh } from 'three'
import { messageQueueSlot } from '../../models/MessageQueue'
import { JOB_TYPES, type MessageQueue } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import type { Vec3 } from '../paths'
import { JOB_COLORS } from './jobColors'
import { instancesMoved } from '../rewritten'

export type QueueMessagesProps = {
  queue: MessageQueue
  /** The queue model's origin, slots and length. */
  position: Vec3
  slots: number
  length: number
  /** Chapter-local second from which the waiting jobs are shown. */
  from: number
}

const scratch = new Object3D()
/** A message nearly fills its slot; a little smaller than the tube's bore. */
const SIZE = 0.6

/**
 * The jobs waiting in the simulated queue, oldest at the exit, one box a slot in its job type's
 * colour: one instanced draw call. A backlog longer than the tube shows as a full tube.
 */
export function QueueMessages({ queue, position, slots, length, from }: QueueMessagesProps) {
  const mesh = useRef<InstancedMesh>(null)
  const colors = useMemo(
    () => Object.fromEntries(JOB_TYPES.map((t) => [t, new Color(JOB_COLORS[t])])),
    [],
  ) as Record<(typeof JOB_TYPES)[number], Color>
  const pitch = length / slots
  useChapterFrame((local) => {
    const m = mesh.current
    if (!m) return
    const waiting = local >= from ? queue.stateAt(local).waiting : []
    const n = Math.min(slots, waiting.length)
    for (let i = 0; i < n; i++) {
      const [x, y, z] = messageQueueSlot(i, slots, length)
      scratch.position.set(position[0] + x, position[1] + y, position[2] + z)
      scratch.updateMatrix()
      m.setMatrixAt(i, scratch.matrix)
      m.setColorAt(i, colors[waiting[i]!.type])
    }
    m.count = n
    instancesMoved(m)
    if (m.instanceColor) m.instanceColor.needsUpdate = true
  }, FRAME_PHASE.stage)
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, slots]} frustumCulled={false}>
      <boxGeometry args={[pitch * 0.7, SIZE, SIZE]} />
      <meshStandardMaterial emissive="#ffffff" emissiveIntensity={0.15} />
    </instancedMesh>
  )
}

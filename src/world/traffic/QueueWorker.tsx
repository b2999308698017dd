import { useMemo, useRef } from 'react'
import { Color, type Group, type Mesh, type MeshStandardMaterial } from 'three'
import { ServerRack, serverRackHeight } from '../../models/ServerRack'
import type { MessageQueue } from '../../sim'
import { ramp } from '../../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import type { Vec3 } from '../paths'
import { JOB_COLORS } from './jobColors'
import { Staged } from '../Staged'

export type QueueWorkerProps = {
  /** Its key in the studio ('Server 2'), where Theatre owns its place and presence. */
  name: string
  queue: MessageQueue
  /** The worker's index in the model (Worker 1 is 0). */
  index: number
  position: Vec3
  /** Chapter-local second from which workers may be seen. */
  from: number
}

const UNITS = 2
/** Seconds a new worker takes to grow in. */
const GROW = 0.6
/** A worker still starting up: grey, not yet taking jobs. */
const STARTING = '#64748b'
/** What it is doing, over it: as large as fits between neighbouring workers. */
const STATUS_SIZE = 0.56

/**
 * One worker slot, drawn from the simulated queue: absent until the autoscaling adds a worker
 * with this index (grey while it starts), then green, with the job it is working on standing on
 * it in its type's colour and named above.
 */
export function QueueWorker({ name, queue, index, position, from }: QueueWorkerProps) {
  const root = useRef<Group>(null)
  const ready = useRef<Group>(null)
  const starting = useRef<Group>(null)
  const job = useRef<Mesh>(null)
  const colors = useMemo(
    () => ({
      crop: new Color(JOB_COLORS.crop),
      sharpen: new Color(JOB_COLORS.sharpen),
      blur: new Color(JOB_COLORS.blur),
    }),
    [],
  )
  const top = serverRackHeight(UNITS)
  useChapterFrame((local) => {
    const s = queue.stateAt(local)
    const slot = s.workerSlots.find((w) => w.index === index)
    // When this worker was added: the scale-out after which it first exists.
    let added = -Infinity
    for (const a of s.scaling) {
      if (a.kind !== 'out' || a.time > local || local - a.time > GROW) continue
      const before = queue.stateAt(a.time - 1e-6).workerSlots.some((w) => w.index === index)
      if (!before && slot) added = a.time
    }
    const scale = local < from || !slot ? 0 : ramp(local, added, GROW)
    root.current!.visible = scale > 0.001
    root.current!.scale.setScalar(Math.max(scale, 0.001))
    ready.current!.visible = Boolean(slot?.ready)
    starting.current!.visible = Boolean(slot && !slot.ready)
    const running = s.running.find((r) => r.worker === index)
    job.current!.visible = Boolean(running)
    if (running)
      (job.current!.material as MeshStandardMaterial).color.copy(colors[running.job.type])
  }, FRAME_PHASE.stage)
  return (
    <Staged name={name} position={position}>
      <group ref={root} visible={false}>
        <group ref={ready}>
          <ServerRack units={UNITS} />
        </group>
        <group ref={starting} visible={false}>
          <ServerRack units={UNITS} color={STARTING} />
        </group>
        {/* The job in hand, on top of the worker. */}
        <mesh ref={job} position={[0, top + 0.3, 0]} visible={false}>
          <boxGeometry args={[0.6, 0.5, 0.5]} />
          <meshStandardMaterial emissive="#ffffff" emissiveIntensity={0.15} />
        </mesh>
        <LiveLabel
          compute={(local) => {
            const s = queue.stateAt(local)
            const slot = s.workerSlots.find((w) => w.index === index)
            if (!slot) return ''
            if (!slot.ready) return 'starting'
            return s.running.find((r) => r.worker === index)?.job.type ?? 'idle'
          }}
          size={STATUS_SIZE}
          color={palette.text}
          billboard
          position={[0, top + 1.1, 0]}
        />
      </group>
    </Staged>
  )
}

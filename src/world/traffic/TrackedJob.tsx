import { useMemo, useRef } from 'react'
import type { Curve, Group, Vector3 } from 'three'
import { messageQueueSlot } from '../../models/MessageQueue'
import type { Job, MessageQueue } from '../../sim'
import { easeInOut } from '../../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import type { Vec3 } from '../paths'
import { JOB_COLORS } from './jobColors'
import { PUBLISH_SECONDS } from './QueueTraffic'

export type TrackedJobProps = {
  queue: MessageQueue
  job: Job
  /** The path its packet takes to the queue. */
  publish: Curve<Vector3>
  /** The queue model's origin, slots and length. */
  queuePosition: Vec3
  slots: number
  length: number
  /** Worker positions by index. */
  workers: readonly Vec3[]
  /** Chapter-local second after which the label is gone, at the latest. */
  until: number
}

/** The label rides this high above the job, clear of the tube and the worker's own label. */
const LIFT = 1.3
const DONE_SECONDS = 2.5
/** On a worker it rides above the worker's own job label. */
const ABOVE_WORKER = 2.5
/** As large as the chapter's other notes, to read on a phone. */
const LABEL_SIZE = 0.65
/** Scan step when looking for when and where the job runs. */
const SCAN = 0.05

/**
 * A name that follows one simulated job, the user's photo, through the system: in flight to the
 * queue, waiting in its slot, on the worker that takes it, and "done" for a moment after.
 */
export function TrackedJob({
  queue,
  job,
  publish,
  queuePosition,
  slots,
  length,
  workers,
  until,
}: TrackedJobProps) {
  const group = useRef<Group>(null)
  // When and where the model runs it.
  const run = useMemo(() => {
    for (let t = job.time; t < until; t += SCAN) {
      const r = queue.stateAt(t).running.find((x) => x.job.id === job.id)
      if (r) return r
    }
    return null
  }, [queue, job, until])
  const entry = messageQueueSlot(slots - 1, slots, length)
  useChapterFrame((local) => {
    const g = group.current!
    const start = job.time - PUBLISH_SECONDS
    const gone = Math.min(until, run ? run.end + DONE_SECONDS : until)
    g.visible = local >= start && local < gone
    if (!g.visible) return
    if (local < job.time) {
      publish.getPoint(easeInOut((local - start) / PUBLISH_SECONDS), g.position)
    } else if (run && local >= run.start) {
      const w = workers[run.worker] ?? workers[0]!
      g.position.set(w[0], w[1] + ABOVE_WORKER, w[2])
    } else {
      const i = queue.stateAt(local).waiting.findIndex((j) => j.id === job.id)
      const [x, y, z] = i >= 0 && i < slots ? messageQueueSlot(i, slots, length) : entry
      g.position.set(queuePosition[0] + x, queuePosition[1] + y, queuePosition[2] + z)
    }
    g.position.y += LIFT
  }, FRAME_PHASE.stage)
  return (
    <group ref={group} visible={false}>
      <LiveLabel
        compute={(local) => (run && local >= run.end ? 'photo done' : `your photo: ${job.type}`)}
        size={LABEL_SIZE}
        color={JOB_COLORS[job.type] ?? palette.text}
        billboard
        outline
      />
    </group>
  )
}

import { useMemo } from 'react'
import { Color, type Curve, type Vector3 } from 'three'
import { JOB_TYPES, type JobType, type MessageQueue } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { JOB_COLORS } from './jobColors'

export type QueueTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  queue: MessageQueue
  /** Chapter-local second the traffic becomes visible. */
  from: number
  /** From each producer to the queue's entry; job n is published by producer n mod count. */
  publish: readonly Curve<Vector3>[]
  /** From the queue's exit to each worker, by worker index. */
  consume: readonly Curve<Vector3>[]
}

/** Seconds a job takes to reach the queue (it lands as the model enqueues it), and to a worker. */
export const PUBLISH_SECONDS = 0.8
const CONSUME_SECONDS = 0.45
const CAPACITY = 64

/**
 * The simulated queue's jobs in flight, in their type's colour: each travels from its producer
 * and enters the queue at the instant the model enqueues it; each job a worker takes then flies
 * from the exit to that worker. One instanced draw call.
 */
export function QueueTraffic({ name, queue, from, publish, consume }: QueueTrafficProps) {
  const colors = useMemo(
    () => Object.fromEntries(JOB_TYPES.map((t) => [t, new Color(JOB_COLORS[t])])),
    [],
  ) as Record<JobType, Color>
  return (
    <PacketSwarm
      name={name}
      capacity={CAPACITY}
      radius={0.2}
      fill={(local, put) => {
        if (local < from) return
        // Looking ahead is fine: the model is a function of time, and the packet lands on time.
        for (const j of queue.jobsIn(local, local + PUBLISH_SECONDS)) {
          const path = publish[j.id % publish.length]!
          put(path, 1 - (j.time - local) / PUBLISH_SECONDS, colors[j.type])
        }
        for (const r of queue.stateAt(local).running) {
          const age = local - r.start
          const path = consume[r.worker]
          if (path && age < CONSUME_SECONDS) put(path, age / CONSUME_SECONDS, colors[r.job.type])
        }
      }}
    />
  )
}

/**
 * A message queue of photo-processing jobs whose workers scale out with the backlog.
 *
 * Model: web servers publish one job per photo upload (uploads follow the load curve, with an
 * optional burst); each job is a crop, sharpen or blur (seeded per job, equal odds by default)
 * with a service time of `serviceTime[type] × (0.75 … 1.25)` film seconds. Jobs wait in FIFO
 * order; an idle worker takes the oldest job at once.
 *
 * Scaling: every `evalInterval` seconds, if the backlog (jobs waiting, not in service) exceeds
 * `scaleOutBacklog` and the last scale-out was at least `scaleOutCooldown` ago, one more worker
 * is started (up to `maxWorkers`); it takes jobs after `startDelay`. If the backlog is empty and
 * the last scaling action was at least `scaleInCooldown` ago, one idle worker is retired (down to
 * `minWorkers`).
 *
 * Conservation, at every t: produced = completed + backlog + inService (tests check it).
 */
import { createArrivals, type Arrivals, type ArrivalsParams, type Request } from './arrivals'
import { copyCheckpoints } from './core'

export type JobType = 'crop' | 'sharpen' | 'blur'
export const JOB_TYPES: readonly JobType[] = ['crop', 'sharpen', 'blur']

export interface QueueParams {
  seed: number
  serviceTime: Record<JobType, number>
  /** Relative odds of each job type. */
  mix: Record<JobType, number>
  minWorkers: number
  maxWorkers: number
  evalInterval: number
  scaleOutBacklog: number
  scaleOutCooldown: number
  scaleInCooldown: number
  startDelay: number
  /** Upload stream (peak jobs per film second etc.). */
  arrivals?: Arrivals | Partial<ArrivalsParams>
  checkpointEvery: number
}

export const defaultQueueParams: QueueParams = {
  seed: 1,
  serviceTime: { crop: 0.5, sharpen: 0.9, blur: 1.4 },
  mix: { crop: 1, sharpen: 1, blur: 1 },
  minWorkers: 2,
  maxWorkers: 10,
  evalInterval: 1,
  scaleOutBacklog: 8,
  scaleOutCooldown: 4,
  scaleInCooldown: 15,
  startDelay: 3,
  arrivals: { peakRps: 1.2, trough: 1, bursts: [{ start: 15, end: 40, multiplier: 5 }] },
  checkpointEvery: 5,
}

export interface Job {
  id: number
  type: JobType
  /** Upload time. */
  time: number
  service: number
}

export interface QueueState {
  t: number
  produced: number
  completed: number
  completedByType: Record<JobType, number>
  /** Jobs waiting. */
  backlog: number
  inService: number
  /** Workers able to take jobs. */
  workers: number
  /** Workers starting up. */
  starting: number
  busy: number
  /** Seconds the oldest waiting job has waited. */
  oldestWait: number
  /** The first waiting jobs (oldest first), at most 12, for drawing. */
  waiting: Job[]
  /** Jobs in service, with worker index and finish time. */
  running: { job: Job; worker: number; start: number; end: number }[]
  /**
   * The workers by index (their stable names: Worker 1 is index 0), ascending, and whether each
   * takes jobs yet; indices need not be contiguous once a worker has been retired.
   */
  workerSlots: { index: number; ready: boolean }[]
  scaling: { time: number; kind: 'out' | 'in'; workers: number }[]
}

export interface MessageQueue {
  readonly params: Readonly<QueueParams>
  readonly arrivals: Arrivals
  stateAt(t: number): QueueState
  /** Jobs published in [t0, t1). */
  jobsIn(t0: number, t1: number): Job[]
}

interface Slot {
  /** Worker index (stable name on screen). */
  index: number
  readyAt: number
  job: Job | null
  start: number
  end: number
}

interface Work {
  t: number
  queue: Job[]
  head: number
  slots: Slot[]
  produced: number
  completed: number
  byType: [number, number, number]
  lastOut: number
  lastAction: number
  scaling: { time: number; kind: 'out' | 'in'; workers: number }[]
}

export function createQueue(overrides: Partial<QueueParams> = {}): MessageQueue {
  const p: QueueParams = { ...defaultQueueParams, ...overrides }
  const arrivals =
    p.arrivals && 'requestsIn' in p.arrivals
      ? p.arrivals
      : createArrivals({ seed: p.seed, stream: 'queue', ...(p.arrivals ?? {}) })
  const mixTotal = JOB_TYPES.reduce((a, k) => a + p.mix[k], 0)

  function job(r: Request): Job {
    const { id, time } = r
    let u = r.u * mixTotal
    let type: JobType = 'blur'
    for (const k of JOB_TYPES) {
      u -= p.mix[k]
      if (u < 0) {
        type = k
        break
      }
    }
    const service = p.serviceTime[type] * (0.75 + 0.5 * r.v)
    return { id, type, time, service }
  }

  const backlog = (w: Work) => w.queue.length - w.head

  function take(w: Work, slot: Slot, time: number) {
    if (slot.job || slot.readyAt > time || backlog(w) === 0) return
    const j = w.queue[w.head++]!
    slot.job = j
    slot.start = time
    slot.end = time + j.service
    if (w.head > 64 && w.head * 2 > w.queue.length) {
      w.queue = w.queue.slice(w.head)
      w.head = 0
    }
  }

  /** Process completions and worker start-ups with time < `until` (or ≤ when inclusive). */
  function settle(w: Work, until: number, inclusive: boolean) {
    for (;;) {
      // The earliest internal event: a completion or a worker becoming ready with work waiting.
      let best: Slot | null = null
      let when = Infinity
      for (const s of w.slots) {
        const x = s.job ? s.end : backlog(w) > 0 && s.readyAt > -Infinity ? s.readyAt : Infinity
        if (x < when || (x === when && best && s.index < best.index)) {
          best = s
          when = x
        }
      }
      if (!best || !(when < until || (inclusive && when === until))) return
      if (best.job) {
        const k = JOB_TYPES.indexOf(best.job.type)
        w.byType[k]!++
        w.completed++
        best.job = null
        best.readyAt = when
      }
      take(w, best, when)
      // A ready worker with nothing to do: mark it idle-ready so it is not picked again.
      if (!best.job) best.readyAt = -Infinity
    }
  }

  function evaluate(w: Work, time: number) {
    const total = w.slots.length
    if (
      backlog(w) > p.scaleOutBacklog &&
      total < p.maxWorkers &&
      time - w.lastOut >= p.scaleOutCooldown
    ) {
      // The new worker takes the lowest free name (Worker 1, 2, …), keeping slots in index order.
      let index = 0
      while (w.slots.some((x) => x.index === index)) index++
      const slot: Slot = { index, readyAt: time + p.startDelay, job: null, start: 0, end: 0 }
      const at = w.slots.findIndex((x) => x.index > index)
      if (at < 0) w.slots.push(slot)
      else w.slots.splice(at, 0, slot)
      w.lastOut = time
      w.lastAction = time
      w.scaling = [...w.scaling, { time, kind: 'out', workers: w.slots.length }]
    } else if (
      backlog(w) === 0 &&
      total > p.minWorkers &&
      time - w.lastAction >= p.scaleInCooldown
    ) {
      // Retire the idle worker with the highest index.
      for (let i = w.slots.length - 1; i >= 0; i--) {
        const s = w.slots[i]!
        if (!s.job && s.readyAt <= time) {
          w.slots.splice(i, 1)
          w.lastAction = time
          w.scaling = [...w.scaling, { time, kind: 'in', workers: w.slots.length }]
          break
        }
      }
    }
  }

  function publish(w: Work, j: Job) {
    w.produced++
    w.queue.push(j)
    // An idle, ready worker takes it at once (lowest index first).
    for (const s of w.slots) {
      if (!s.job && s.readyAt <= j.time) {
        take(w, s, j.time)
        if (s.job) break
      }
    }
  }

  function advance(w: Work, to: number) {
    if (!(to > w.t)) return
    const uploads = arrivals.requestsIn(w.t, to)
    let u = 0
    const E = p.evalInterval
    let k = Math.max(1, Math.ceil(w.t / E))
    for (;;) {
      const nextUpload = u < uploads.length ? uploads[u]!.time : Infinity
      const nextEval = k * E < to ? k * E : Infinity
      const next = Math.min(nextUpload, nextEval)
      if (next === Infinity) break
      // Internal events at the same instant come first.
      settle(w, next, true)
      if (nextEval <= nextUpload) {
        evaluate(w, nextEval)
        k++
      } else {
        const r = uploads[u++]!
        publish(w, job(r))
      }
    }
    settle(w, to, false)
    w.t = to
  }

  const copy = (w: Work): Work => ({
    ...w,
    queue: w.queue.slice(w.head),
    head: 0,
    slots: w.slots.map((s) => ({ ...s })),
    byType: [...w.byType],
  })
  const checkpoints = copyCheckpoints<Work>(
    {
      initial: () => ({
        t: 0,
        queue: [],
        head: 0,
        slots: Array.from({ length: p.minWorkers }, (_, i) => ({
          index: i,
          readyAt: 0,
          job: null,
          start: 0,
          end: 0,
        })),
        produced: 0,
        completed: 0,
        byType: [0, 0, 0],
        lastOut: -Infinity,
        lastAction: -Infinity,
        scaling: [],
      }),
      advance,
      copy: copy,
    },
    p.checkpointEvery,
  )

  return {
    params: p,
    arrivals,
    stateAt(t) {
      const w = checkpoints.at(t)
      const time = w.t
      const running = w.slots
        .filter((s) => s.job)
        .map((s) => ({ job: s.job!, worker: s.index, start: s.start, end: s.end }))
      const waiting = w.queue.slice(w.head, w.head + 12)
      return {
        t: time,
        produced: w.produced,
        completed: w.completed,
        completedByType: { crop: w.byType[0], sharpen: w.byType[1], blur: w.byType[2] },
        backlog: backlog(w),
        inService: running.length,
        workers: w.slots.filter((s) => s.readyAt <= time).length,
        starting: w.slots.filter((s) => s.readyAt > time).length,
        busy: running.length,
        oldestWait: backlog(w) ? time - w.queue[w.head]!.time : 0,
        waiting,
        running,
        workerSlots: w.slots.map((s) => ({ index: s.index, ready: s.readyAt <= time })),
        scaling: w.scaling,
      }
    },
    jobsIn(t0, t1) {
      return arrivals.requestsIn(t0, t1).map(job)
    },
  }
}

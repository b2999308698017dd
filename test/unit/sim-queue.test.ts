import { describe, expect, it } from 'vitest'
import { createQueue } from '../../src/sim'

describe('message queue', () => {
  it('conserves jobs: produced = completed + backlog + in service', () => {
    const q = createQueue({ seed: 4 })
    for (let t = 0; t <= 200; t += 1.7) {
      const s = q.stateAt(t)
      expect(s.produced).toBe(q.arrivals.countIn(0, t))
      expect(s.produced).toBe(s.completed + s.backlog + s.inService)
      expect(s.completedByType.crop + s.completedByType.sharpen + s.completedByType.blur).toBe(
        s.completed,
      )
      expect(s.inService).toBeLessThanOrEqual(s.workers)
      expect(s.running.every((r) => r.end > t - 1e-9 && r.start <= t)).toBe(true)
    }
  })

  it('names each worker slot, ready or starting, and runs jobs only on ready ones', () => {
    const q = createQueue({ seed: 4 })
    for (let t = 0; t <= 200; t += 0.9) {
      const s = q.stateAt(t)
      const indices = s.workerSlots.map((w) => w.index)
      expect(indices).toEqual([...new Set(indices)].sort((a, b) => a - b))
      expect(s.workerSlots.filter((w) => w.ready).length).toBe(s.workers)
      expect(s.workerSlots.length).toBe(s.workers + s.starting)
      for (const r of s.running) {
        expect(s.workerSlots.find((w) => w.index === r.worker)?.ready).toBe(true)
      }
    }
  })

  it('the backlog grows in a burst and workers scale out after the start-up delay', () => {
    const q = createQueue({ seed: 4 })
    const { startDelay, scaleOutBacklog, maxWorkers, minWorkers } = q.params
    const peak = Math.max(...Array.from({ length: 60 }, (_, i) => q.stateAt(i).backlog))
    expect(peak).toBeGreaterThan(scaleOutBacklog)
    const outs = q.stateAt(200).scaling.filter((a) => a.kind === 'out')
    expect(outs.length).toBeGreaterThan(1)
    for (const a of outs) {
      // The decision came when the backlog was over the threshold…
      expect(q.stateAt(a.time).backlog).toBeGreaterThan(scaleOutBacklog)
      // …and the worker takes jobs only after the start-up delay.
      const starting = q.stateAt(a.time + startDelay - 1e-6)
      const ready = q.stateAt(a.time + startDelay + 1e-6)
      expect(ready.workers).toBe(starting.workers + 1)
    }
    expect(Math.max(...outs.map((a) => a.workers))).toBeLessThanOrEqual(maxWorkers)
    // After the burst, the queue drains and workers are retired.
    const late = q.stateAt(200)
    expect(late.backlog).toBeLessThan(scaleOutBacklog)
    expect(late.workers).toBeLessThan(Math.max(...outs.map((a) => a.workers)))
    expect(late.workers).toBeGreaterThanOrEqual(minWorkers)
  })

  it('jobs are crop, sharpen or blur with service times around their means', () => {
    const q = createQueue({ seed: 8 })
    const jobs = q.jobsIn(0, 300)
    for (const type of ['crop', 'sharpen', 'blur'] as const) {
      const of = jobs.filter((j) => j.type === type)
      expect(of.length).toBeGreaterThan(jobs.length / 5)
      for (const j of of) {
        expect(j.service).toBeGreaterThanOrEqual(0.75 * q.params.serviceTime[type])
        expect(j.service).toBeLessThanOrEqual(1.25 * q.params.serviceTime[type])
      }
    }
  })
})

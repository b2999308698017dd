import { describe, expect, it } from 'vitest'
import { createReplication } from '../../src/sim'

describe('replication', () => {
  const make = () =>
    createReplication({
      seed: 3,
      replicas: 3,
      detectionDelay: 3,
      outages: [
        { node: 2, at: 30.5, until: 60 },
        { node: 0, at: 80.5 },
      ],
    })

  it('writes go to the master, reads spread over the replicas', () => {
    const r = make()
    const ops = r.operationsIn(0, 30)
    const writes = ops.filter((o) => o.kind === 'write')
    const reads = ops.filter((o) => o.kind === 'read')
    expect(writes.length).toBeGreaterThan(10)
    expect(writes.every((o) => o.node === 'db-1' && o.ok)).toBe(true)
    for (const id of ['db-2', 'db-3', 'db-4']) {
      const n = reads.filter((o) => o.node === id).length
      expect(Math.abs(n - reads.length / 3)).toBeLessThanOrEqual(1)
    }
    const s = r.stateAt(30)
    expect(s.reads + s.writes).toBe(ops.length)
    for (const node of s.nodes.slice(1)) {
      expect(node.lagSeconds).toBeGreaterThanOrEqual(0)
      expect(node.writesBehind).toBeLessThanOrEqual(3)
    }
  })

  it('a failed replica sends its reads to the master after detection', () => {
    const r = make()
    const ops = r.operationsIn(25, 60).filter((o) => o.kind === 'read')
    const failed = ops.filter((o) => !o.ok)
    expect(failed.length).toBeGreaterThan(0)
    for (const o of failed) {
      expect(o.node).toBe('db-3')
      expect(o.time).toBeGreaterThanOrEqual(30.5)
      expect(o.time).toBeLessThan(33.5)
    }
    const detected = ops.filter((o) => o.time >= 33.5 && o.time < 60)
    expect(detected.some((o) => o.node === 'db-1')).toBe(true)
    expect(detected.some((o) => o.node === 'db-3')).toBe(false)
    expect(ops.filter((o) => o.time < 30.5).some((o) => o.node === 'db-1')).toBe(false)
    // It catches up after it comes back.
    const back = r.stateAt(70).nodes[2]!
    expect(back.status).toBe('up')
    expect(back.writesBehind).toBeLessThanOrEqual(3)
  })

  it('a failed master is replaced by the most up-to-date replica after the detection delay', () => {
    const r = make()
    const s = r.stateAt(100)
    expect(s.promotions).toHaveLength(1)
    const p = s.promotions[0]!
    expect(p.time).toBe(83.5)
    expect(p.from).toBe('db-1')
    expect(s.master).toBe(p.to)
    const ops = r.operationsIn(75, 100).filter((o) => o.kind === 'write')
    for (const o of ops) {
      if (o.time < 80.5) expect(o.ok).toBe(true)
      else if (o.time < 83.5) expect(o.ok).toBe(false)
      else expect(o).toMatchObject({ ok: true, node: p.to })
    }
    const before = r.stateAt(83.5)
    const best = Math.max(...before.nodes.slice(1).map((n) => n.applied))
    expect(before.nodes.find((n) => n.id === p.to)!.applied).toBe(best)
    expect(s.failedWrites).toBe(ops.filter((o) => !o.ok).length)
    expect(s.lostWrites).toBe(p.lostWrites)
  })
})

import { describe, expect, it } from 'vitest'
import { createKafka, createSimulation } from '../../src/sim'

describe('Kafka counter aggregation', () => {
  it('1M like events/s flushed every 30 s make about 33 database writes/s', () => {
    const k = createKafka({ seed: 1 })
    expect(k.params.eventsPerSecond).toBe(1_000_000)
    expect(k.params.flushInterval).toBe(30)
    const s = k.stateAt(95)
    expect(s.flushes).toBe(3)
    expect(s.lastFlush!.time).toBe(90)
    expect(Math.round(s.dbWritesPerSecond)).toBe(33)
    expect(s.writesWithoutAggregation).toBe(1_000_000)
    expect(s.reduction).toBeGreaterThan(0.9999)
    // ~30M events per flush window.
    expect(Math.abs(s.lastFlush!.events - 30_000_000)).toBeLessThan(30_000)
    expect(s.dbWrites).toBe(3 * s.lastFlush!.writes)
    expect(s.batchesPerSecond).toBe(10_000)
  })

  it('the number follows the parameters', () => {
    const minute = createKafka({ flushInterval: 60 }).stateAt(130)
    expect(minute.dbWritesPerSecond).toBeCloseTo(1000 / 60, 1)
    // A long tail of videos that do not all get a like in a window: fewer writes than videos.
    const tail = createKafka({ videos: 200_000, zipf: 1.2, flushInterval: 30 })
    const f = tail.flush(0)
    expect(f.writes).toBeLessThan(200_000)
    expect(Math.abs(f.writes - tail.expectedWrites())).toBeLessThan(
      5 * Math.sqrt(tail.expectedWrites()),
    )
  })

  it('doubling the likes (sim.load = 2) doubles the events, not the writes', () => {
    const base = createSimulation({ seed: 4 }).kafka.stateAt(95)
    const heavy = createSimulation({ seed: 4, load: 2 }).kafka.stateAt(95)
    expect(heavy.eventsPerSecond).toBe(2 * base.eventsPerSecond)
    expect(heavy.lastFlush!.events / base.lastFlush!.events).toBeCloseTo(2, 2)
    expect(Math.round(heavy.dbWritesPerSecond)).toBe(33)
  })

  it('buffers between flushes and never loses an event', () => {
    const k = createKafka({ seed: 2 })
    let prev = 0
    for (let t = 0; t < 200; t += 2.5) {
      const s = k.stateAt(t)
      expect(s.events).toBeGreaterThanOrEqual(prev)
      prev = s.events
      expect(s.buffered).toBeLessThanOrEqual(k.flush(s.flushes).events)
    }
    // At a flush boundary everything consumed so far has been written.
    const at = k.stateAt(120)
    const flushed = [0, 1, 2, 3].reduce((a, i) => a + k.flush(i).events, 0)
    expect(at.events).toBe(flushed)
    expect(at.buffered).toBe(0)
  })
})

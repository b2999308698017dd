import { describe, expect, it } from 'vitest'
import { createSharding, movedUsers, sampleUsers, shardOf, usersOnShard } from '../../src/sim'

describe('sharding', () => {
  it('places user_id % 4: users 0, 4, 8… on shard 0, 1, 5, 9… on shard 1', () => {
    expect(sampleUsers(0, 4, 1000)).toEqual([0, 4, 8, 12])
    expect(sampleUsers(1, 4, 1000)).toEqual([1, 5, 9, 13])
    expect(sampleUsers(2, 4, 1000, 3)).toEqual([2, 6, 10])
    expect(sampleUsers(3, 4, 1000, 3)).toEqual([3, 7, 11])
    for (let u = 0; u < 200; u++) expect(shardOf(u, 4)).toBe(u % 4)
  })

  it('shard counts add up to the user count', () => {
    for (const [users, shards] of [
      [1000, 4],
      [1000, 5],
      [1003, 4],
      [7, 16],
      [12345, 7],
    ] as const) {
      let total = 0
      for (let s = 0; s < shards; s++) {
        const brute = Array.from({ length: users }, (_, u) => u).filter((u) => u % shards === s)
        expect(usersOnShard(s, shards, users)).toBe(brute.length)
        total += usersOnShard(s, shards, users)
      }
      expect(total).toBe(users)
    }
    const state = createSharding({ seed: 1 }).stateAt(10)
    expect(state.perShard.reduce((a, s) => a + s.users, 0)).toBe(state.users)
  })

  it('resharding counts exactly the keys that move, and consistent hashing moves fewer', () => {
    for (const [users, from, to] of [
      [1000, 4, 5],
      [999, 4, 8],
      [5000, 3, 4],
    ] as const) {
      let brute = 0
      for (let u = 0; u < users; u++) if (u % from !== u % to) brute++
      expect(movedUsers(users, from, to)).toBe(brute)
    }
    expect(movedUsers(1000, 4, 5)).toBe(800)
    const s = createSharding({ seed: 2, reshard: { to: 5, at: 50 } }).stateAt(60)
    expect(s.shards).toBe(5)
    expect(s.reshard!.moved).toBe(800)
    expect(s.reshard!.consistentHashingMoved).toBeLessThan(s.reshard!.moved / 2)
    expect(s.reshard!.consistentHashingMoved).toBeGreaterThan(0)
  })

  it('a celebrity key makes its shard hot', () => {
    const sharding = createSharding({
      seed: 3,
      celebrity: { userId: 42, share: 0.3, from: 40 },
      reshard: undefined,
      window: 20,
    })
    const before = sharding.stateAt(39)
    const after = sharding.stateAt(80)
    const hot = 42 % 4
    expect(after.celebrity).toEqual({ userId: 42, shard: hot, active: true })
    expect(after.perShard[hot]!.hot).toBe(true)
    const others = after.perShard.filter((s) => s.shard !== hot).map((s) => s.load)
    expect(after.perShard[hot]!.load).toBeGreaterThan(1.5 * Math.max(...others))
    expect(after.imbalance).toBeGreaterThan(before.imbalance)
    // Every request lands on exactly one shard.
    const total = after.perShard.reduce((a, s) => a + s.requests, 0)
    expect(total).toBe(sharding.arrivals.countIn(0, 80))
  })
})

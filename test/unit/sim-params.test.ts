import { describe, expect, it } from 'vitest'
import {
  createSimulation,
  defaultSimParams,
  parseSimParams,
  SIM_MODEL_IDS,
  simParamsSchema,
} from '../../src/sim'

const parse = (query: string) => parseSimParams(new URLSearchParams(query))

describe('simulation parameters', () => {
  it('defaults when the URL says nothing', () => {
    expect(parse('')).toEqual(defaultSimParams)
    expect(parse('film=zero-to-millions&t=30')).toEqual(defaultSimParams)
    expect(defaultSimParams).toEqual({
      seed: 1,
      load: 1,
      cache: 100,
      eviction: 'lru',
      split: 60,
      lb: 'round-robin',
    })
  })

  it('reads sim.seed, sim.load, sim.cache, sim.eviction and sim.split', () => {
    expect(parse('sim.seed=7&sim.load=2.5&sim.cache=250&sim.eviction=LFU&sim.split=35')).toEqual({
      ...defaultSimParams,
      seed: 7,
      load: 2.5,
      cache: 250,
      eviction: 'lfu',
      split: 35,
    })
    expect(parse('sim.lb=least-connections').lb).toBe('least-connections')
  })

  it.each([
    ['sim.seed=abc', /sim\.seed="abc".*whole number from 0 to 4294967295/],
    ['sim.seed=1.5', /sim\.seed.*whole number/],
    ['sim.seed=-1', /sim\.seed/],
    ['sim.load=0', /sim\.load="0".*from 0\.1 to 5/],
    ['sim.load=', /sim\.load/],
    ['sim.cache=0', /sim\.cache.*from 1 to 1000/],
    ['sim.cache=5000', /sim\.cache/],
    ['sim.eviction=random', /sim\.eviction="random".*one of lru, lfu, fifo/],
    ['sim.split=101', /sim\.split.*from 0 to 100/],
    ['sim.lb=hash', /sim\.lb.*round-robin, least-connections/],
    ['sim.speed=2', /Unknown URL parameter sim\.speed.*sim\.seed, sim\.load/],
  ])('refuses %s with a message naming the parameter and allowed values', (query, message) => {
    expect(() => parse(query)).toThrow(message)
  })

  it('the schema validates programmatic input too', () => {
    expect(simParamsSchema.safeParse({ eviction: 'mru' }).success).toBe(false)
    expect(simParamsSchema.parse({ split: 0 }).split).toBe(0)
  })

  it('createSimulation applies the parameters and builds models lazily', () => {
    const sim = createSimulation({ seed: 5, cache: 300, eviction: 'fifo', split: 20, load: 2 })
    expect(sim.params.seed).toBe(5)
    expect(sim.cache.params).toMatchObject({ capacity: 300, policy: 'fifo', load: 2 })
    expect(sim.geodns.params.split).toBe(20)
    expect(sim.loadBalancer.arrivals.params.load).toBe(2)
    expect(sim.model('kafka')).toBe(sim.kafka)
    expect(sim.sessionsFor('sticky')).toBe(sim.sessions)
    expect(sim.sessionsFor('shared').params.mode).toBe('shared')
    for (const id of SIM_MODEL_IDS) expect(typeof sim[id].stateAt).toBe('function')
    expect(() => sim.model('nope' as never)).toThrow(/Unknown simulation model 'nope'/)
    // More load, more traffic.
    const light = createSimulation({ seed: 5, load: 0.5 }).loadBalancer.stateAt(100)
    const heavy = createSimulation({ seed: 5, load: 2 }).loadBalancer.stateAt(100)
    expect(heavy.totals.arrived).toBeGreaterThan(2 * light.totals.arrived)
    // Preparing ahead changes nothing but the cost.
    const prepared = createSimulation({ seed: 5 })
    prepared.prepare(200, ['cache', 'queue'])
    expect(prepared.cache.stateAt(150)).toEqual(createSimulation({ seed: 5 }).cache.stateAt(150))
    // The cache size changes the hit rate the film shows.
    const small = createSimulation({ cache: 20 }).cache.stateAt(300).hitRate
    const big = createSimulation({ cache: 500 }).cache.stateAt(300).hitRate
    expect(big).toBeGreaterThan(small)
  })
})

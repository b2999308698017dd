import { describe, expect, it, vi } from 'vitest'
import { defaultSimParams, mergeSimParams, parseSimParams, simSearchParams } from '../../src/sim'
import { createSimParamsStore } from '../../src/sim/paramsStore'

describe('simulation parameters while the film plays', () => {
  it('applies a valid change and tells subscribers once', () => {
    const store = createSimParamsStore(defaultSimParams)
    const listener = vi.fn()
    store.subscribe(listener)
    expect(store.set({ cache: 250, eviction: 'lfu' })).toEqual({
      ...defaultSimParams,
      cache: 250,
      eviction: 'lfu',
    })
    expect(listener).toHaveBeenCalledTimes(1)
    store.set({ cache: 250 })
    expect(listener, 'no change, no news').toHaveBeenCalledTimes(1)
  })

  it('refuses an invalid value, naming it and the allowed values, and changes nothing', () => {
    const store = createSimParamsStore(defaultSimParams)
    const listener = vi.fn()
    store.subscribe(listener)
    expect(() => store.set({ cache: 0 })).toThrow(
      'Invalid URL parameter sim.cache="0": expected a whole number from 1 to 1000.',
    )
    expect(() => store.set({ split: 120 })).toThrow(/sim\.split="120".*0 to 100/)
    expect(() => store.set({ eviction: 'random' as 'lru' })).toThrow(
      /sim\.eviction.*lru, lfu, fifo/,
    )
    expect(() => store.set({ speed: 2 } as never)).toThrow(/Unknown simulation parameter 'speed'/)
    expect(store.get()).toEqual(defaultSimParams)
    expect(listener).not.toHaveBeenCalled()
  })

  it('stops telling a listener once it unsubscribes', () => {
    const store = createSimParamsStore(defaultSimParams)
    const listener = vi.fn()
    store.subscribe(listener)()
    store.set({ seed: 9 })
    expect(listener).not.toHaveBeenCalled()
  })

  it('writes URL parameters that read back to the same values, defaults left out', () => {
    expect(simSearchParams(defaultSimParams)).toEqual([])
    const params = mergeSimParams(defaultSimParams, { seed: 7, split: 35, lb: 'least-connections' })
    const search = simSearchParams(params)
    expect(search).toEqual([
      ['sim.seed', '7'],
      ['sim.split', '35'],
      ['sim.lb', 'least-connections'],
    ])
    expect(parseSimParams(new URLSearchParams(search))).toEqual(params)
  })
})

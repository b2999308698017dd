import { mergeSimParams, type SimParams, type SimParamsInput } from './index'

/**
 * The simulation's parameters for this showing, changeable while the film plays (the studio's
 * Simulation pane, `window.cinematic.setSim`). Chapters read them through React; every change
 * is validated first, so the film only ever sees a valid set.
 */
export interface SimParamsStore {
  get(): SimParams
  /** Applies `changes` over the current values; throws, changing nothing, if one is invalid. */
  set(changes: Partial<SimParamsInput>): SimParams
  subscribe(listener: () => void): () => void
}

export function createSimParamsStore(initial: SimParams): SimParamsStore {
  let current = initial
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set(changes) {
      const next = mergeSimParams(current, changes)
      const changed = (Object.keys(next) as (keyof SimParams)[]).some((k) => next[k] !== current[k])
      if (changed) {
        current = next
        for (const listener of listeners) listener()
      }
      return current
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

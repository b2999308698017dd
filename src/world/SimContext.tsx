import { createContext, useContext, useMemo } from 'react'
import { defaultSimParams, type SimParams } from '../sim'
import type { SimBuilder, SimModel } from '../sim/filmSims'

/** The simulation's parameters for this showing (from the URL's sim.* parameters). */
export const SimParamsContext = createContext<SimParams>(defaultSimParams)

export function useSimParams(): SimParams {
  return useContext(SimParamsContext)
}

/**
 * A chapter's model, built by its film's builder (`sims/`) from this showing's parameters and
 * kept until they change. A model is a pure function of its parameters and time, so rebuilding
 * it is only ever a matter of cost, never of what is drawn.
 */
export function useChapterSim<M extends SimModel>(build: SimBuilder<M>): M {
  const params = useSimParams()
  return useMemo(() => build(params), [build, params])
}

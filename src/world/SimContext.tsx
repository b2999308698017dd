import { createContext, useContext } from 'react'
import { defaultSimParams, type SimParams } from '../sim'

/** The simulation's parameters for this showing (from the URL's sim.* parameters). */
export const SimParamsContext = createContext<SimParams>(defaultSimParams)

export function useSimParams(): SimParams {
  return useContext(SimParamsContext)
}

import { createContext, useContext } from 'react'
import type { FrameHolds } from './holds'

/** The film's frame holds, for components whose content is ready only after async work. */
export const HoldsContext = createContext<FrameHolds | null>(null)

export function useFrameHolds(): FrameHolds | null {
  return useContext(HoldsContext)
}

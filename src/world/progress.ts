import { createContext, useContext } from 'react'

/**
 * How far the nearest `<Reveal>` above has come (0 → 1), for models that draw themselves on
 * progressively (an arrow growing from its source). Outside a Reveal it is always 1.
 */
export const RevealProgressContext = createContext<{ current: number }>({ current: 1 })

export function useRevealProgress(): { current: number } {
  return useContext(RevealProgressContext)
}

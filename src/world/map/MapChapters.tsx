import { createContext, useContext } from 'react'
import { BRIDGE_MAP_STEP, mapSeconds } from '../../timeline/bridge'

/** The chapter ids of the film whose map is drawn, in film order (given by the map layer). */
export const MapChaptersContext = createContext<readonly string[] | null>(null)

/**
 * When things happen on the map, by chapter: `during(id, s)` is the map second at which chapter
 * `id`'s bridge is `s` seconds in. A piece built at `during(id, …)` stands in every later bridge.
 */
export function useMapTime(): { during(id: string, s: number): number; step: number } {
  const ids = useContext(MapChaptersContext)
  if (!ids) throw new Error('Map pieces need the map layer above them (the film scene adds it).')
  return {
    during(id, s) {
      const index = ids.indexOf(id)
      if (index < 0) throw new Error(`The map names chapter '${id}', which is not in the film.`)
      return mapSeconds(index, s)
    },
    step: BRIDGE_MAP_STEP,
  }
}

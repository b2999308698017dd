import type { BridgePlan } from '../timeline/bridge'
import type { FilmDefinition } from './film'

/** Which chapters end on the film's map, checked against its chapter list. */
export function bridgePlanOf(film: FilmDefinition): BridgePlan | null {
  const map = film.map
  if (!map) return null
  const ids = film.chapters.map((c) => c.id)
  for (const id of map.after) {
    if (!ids.includes(id))
      throw new Error(
        `Film '${film.script.id}': its map follows chapter '${id}', which is not in the film.`,
      )
  }
  return { seconds: map.seconds, after: ids.map((id) => map.after.includes(id)) }
}

import type { FilmDefinition } from './types'
import { zeroToMillions } from './zero-to-millions'

/** Every film the player can show, by id. The first is the one it opens with. */
export const films: Readonly<Record<string, FilmDefinition>> = {
  [zeroToMillions.script.id]: zeroToMillions,
}

export const DEFAULT_FILM = zeroToMillions.script.id

/** The film with this id, or an error that lists the films there are. */
export function filmById(id: string): FilmDefinition {
  // Own keys only: '__proto__' or 'constructor' must not find something on Object's prototype.
  const film = Object.hasOwn(films, id) ? films[id] : undefined
  if (!film) throw new Error(`Unknown film '${id}'. Films: ${Object.keys(films).join(', ')}`)
  return film
}

export type { FilmDefinition, ChapterEntry, ChapterSceneProps } from './types'

import type { FilmDefinition } from './types'
import { youtubeScale } from './youtube-scale'
import { zeroToMillions } from './zero-to-millions'

/** Every film the player can show, by id. The first is the one it opens with. */
export const films: Readonly<Record<string, FilmDefinition>> = {
  [zeroToMillions.script.id]: zeroToMillions,
  [youtubeScale.script.id]: youtubeScale,
}

export const DEFAULT_FILM = zeroToMillions.script.id

/** The film with this id, or an error that lists the films there are. */
export function filmById(id: string): FilmDefinition {
  const film = films[id]
  if (!film) throw new Error(`Unknown film '${id}'. Films: ${Object.keys(films).join(', ')}`)
  return film
}

export type { FilmDefinition, ChapterEntry, ChapterSceneProps } from './types'

import { films } from '../sequences'
import type { FilmDefinition } from '../sequences/types'
import type { FilmScript } from '../script/types'
import type { ScriptSource } from './talk'

/**
 * What presenting, talks and embeds need of the film registry: which films there are, each
 * film's script (words and timings, cheap), and its scenes (loaded only when shown).
 */
export interface FilmCatalog extends ScriptSource {
  load(film: string): Promise<FilmDefinition>
}

/** The catalog over the film registry. */
export const filmCatalog: FilmCatalog = {
  filmIds: () => Object.keys(films),
  script: (film: string): FilmScript | undefined => films[film]?.script,
  load: async (film: string) => {
    const found = films[film]
    if (!found) {
      throw new Error(`Unknown film '${film}'. Films: ${Object.keys(films).join(', ')}`)
    }
    return found
  },
}

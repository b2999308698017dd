import { loadFilm, scripts } from '../sequences'
import type { FilmDefinition } from '../world/film'
import type { ScriptSource } from './talk'

/**
 * What presenting, talks and embeds need of the film registry: which films there are, each
 * film's script (words and timings, at once), and its scenes (a chunk of its own, loaded only
 * when the film is shown).
 */
export interface FilmCatalog extends ScriptSource {
  load(film: string): Promise<FilmDefinition>
}

/** The catalog over the film registry (src/sequences). */
export const filmCatalog: FilmCatalog = {
  filmIds: () => [...scripts.keys()],
  script: (film) => scripts.get(film),
  load: (film) => loadFilm(film),
}

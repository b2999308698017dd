import type { FilmSims } from '../sim/filmSims'
import type { FilmDefinition } from '../world/film'
import type { FilmScript } from './types'

/** A film in the registry: its words at once, its scenes when asked for. */
export interface FilmEntry {
  script: FilmScript
  /** Loads the film's scenes (its own chunk in the player). */
  load: () => Promise<{ default: FilmDefinition }>
  /** Loads the film's simulations (Node-safe; the simulation benchmark reads them). */
  sims: () => Promise<{ sims: FilmSims }>
}

/** An id that names no film, with the list of those that exist. */
export class UnknownFilmError extends Error {
  constructor(id: string, known: readonly string[]) {
    super(`Unknown film '${id}'. Films: ${known.join(', ')}`)
    this.name = 'UnknownFilmError'
  }
}

export interface FilmRegistry {
  /** Every film, in menu order. */
  films: readonly FilmEntry[]
  /** Every film's script by id. A Map, so that no id ('__proto__', 'constructor') finds anything else. */
  scripts: ReadonlyMap<string, FilmScript>
  /** The film the player opens with: the first. */
  DEFAULT_FILM: string
  /** The script of film `id`; an UnknownFilmError listing the films if there is none. */
  scriptOf(id: string): FilmScript
  /** The scenes of film `id`, loaded; an UnknownFilmError if there is no such film. */
  loadFilm(id: string): Promise<FilmDefinition>
}

/** Checks a list of films (ids unique and well formed, scripts matching) and indexes it. */
export function defineRegistry(films: readonly FilmEntry[]): FilmRegistry {
  if (films.length === 0) throw new Error('The film registry is empty: add a film.')
  const byId = new Map<string, FilmEntry>()
  for (const entry of films) {
    const { id } = entry.script
    if (byId.has(id)) throw new Error(`The film registry lists '${id}' twice.`)
    byId.set(id, entry)
  }
  const ids = [...byId.keys()]
  const entryOf = (id: string): FilmEntry => {
    const entry = byId.get(id)
    if (!entry) throw new UnknownFilmError(id, ids)
    return entry
  }
  return {
    films,
    scripts: new Map(films.map((f) => [f.script.id, f.script])),
    DEFAULT_FILM: films[0]!.script.id,
    scriptOf: (id) => entryOf(id).script,
    loadFilm: async (id) => {
      const entry = entryOf(id)
      const film = (await entry.load()).default
      if (film.script !== entry.script) {
        throw new Error(
          `Film '${id}': its scenes were declared with another script than the registry's.`,
        )
      }
      return film
    },
  }
}

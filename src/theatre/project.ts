import { getProject, type IProject } from '@theatre/core'
import type { FilmScript } from '../script/types'
import { StateFileError, stateFileOf, validateState } from './stateSchema'

// Every state file, as text, each in a chunk of its own that loads with its film: a malformed
// one gives our own message rather than a bundler error, and the build ships them without a
// network fetch.
const stateFiles = import.meta.glob<string>('/state/*.theatre.json', {
  query: '?raw',
  import: 'default',
})

/** The raw text of a film's state file, or undefined if there is none. */
export async function stateTextOf(filmId: string): Promise<string | undefined> {
  const key = `/${stateFileOf(filmId)}`
  return Object.hasOwn(stateFiles, key) ? stateFiles[key]!() : undefined
}

/** What to do when a film has no state file: refuse (a build), or start empty (the dev server). */
export type MissingState = 'refuse' | 'empty'

/**
 * Parses and checks a film's state text; throws a StateFileError that names the file and says
 * what is wrong (bad JSON, a sheet that is no chapter, a sequence shorter than its chapter…).
 * A missing file is an empty project when `missing` is 'empty': the studio fills and saves it.
 */
export function parseFilmState(
  script: FilmScript,
  text: string | undefined,
  missing: MissingState = 'refuse',
): unknown {
  const file = stateFileOf(script.id)
  if (text === undefined) {
    if (missing === 'empty') return undefined
    throw new StateFileError(file, [
      'the file is missing; create it in the studio (`npm run dev`, then save), or restore it with git',
    ])
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new StateFileError(file, [`it is not valid JSON: ${(e as Error).message}`])
  }
  return validateState(raw, script, file)
}

/**
 * The film's Theatre project (one per film), loaded from its checked state. In the dev server a
 * film without a state file opens as an empty project, so that a new film can be staged in the
 * studio and saved; a production build refuses it.
 */
export async function loadFilmProject(script: FilmScript): Promise<IProject> {
  const missing: MissingState = import.meta.env.DEV ? 'empty' : 'refuse'
  const state = parseFilmState(script, await stateTextOf(script.id), missing)
  return getProject(script.id, state === undefined ? {} : { state })
}

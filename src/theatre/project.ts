import { getProject, type IProject } from '@theatre/core'
import type { FilmScript } from '../script/types'
import { StateFileError, stateFileOf, validateState } from './stateSchema'

// Every state file, as text, so that a malformed one gives our own message rather than a
// bundler error (and so that the build ships them without a network fetch).
const stateFiles = import.meta.glob<string>('/state/*.theatre.json', {
  eager: true,
  query: '?raw',
  import: 'default',
})

/** The raw text of a film's state file, or undefined if there is none. */
export function stateTextOf(filmId: string): string | undefined {
  return stateFiles[`/${stateFileOf(filmId)}`]
}

/**
 * Parses and checks a film's state text; throws a StateFileError that names the file and says
 * what is wrong (bad JSON, a sheet that is no chapter, a sequence shorter than its chapter…).
 */
export function parseFilmState(script: FilmScript, text: string | undefined): unknown {
  const file = stateFileOf(script.id)
  if (text === undefined) {
    throw new StateFileError(file, [
      'the file is missing; create it in the studio (dev server) and save, or restore it with git',
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

/** The film's Theatre project (one per film), loaded from its checked state. */
export function loadFilmProject(script: FilmScript): IProject {
  const state = parseFilmState(script, stateTextOf(script.id))
  return getProject(script.id, { state })
}

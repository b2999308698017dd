import type { FilmScript } from './types'
import { zeroToMillionsScript } from './zero-to-millions'

/** Every film's script, by film id. */
export const scripts: Readonly<Record<string, FilmScript>> = {
  [zeroToMillionsScript.id]: zeroToMillionsScript,
}

export * from './types'

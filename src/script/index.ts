import type { FilmScript } from './types'
import { zeroToMillionsScript } from '../sequences/zero-to-millions/script'

/** Every film's script, by film id. */
export const scripts: Readonly<Record<string, FilmScript>> = {
  [zeroToMillionsScript.id]: zeroToMillionsScript,
}

export * from './types'

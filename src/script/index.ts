import type { FilmScript } from './types'
import { shortVideoPlatformScript } from '../sequences/short-video-platform/script'
import { zeroToMillionsScript } from './zero-to-millions'

/** Every film's script, by film id. */
export const scripts: Readonly<Record<string, FilmScript>> = {
  [zeroToMillionsScript.id]: zeroToMillionsScript,
  [shortVideoPlatformScript.id]: shortVideoPlatformScript,
}

export * from './types'

import type { FilmScript } from './types'
import { youtubeScaleScript } from '../sequences/youtube-scale/script'
import { zeroToMillionsScript } from './zero-to-millions'

/** Every film's script, by film id. */
export const scripts: Readonly<Record<string, FilmScript>> = {
  [zeroToMillionsScript.id]: zeroToMillionsScript,
  [youtubeScaleScript.id]: youtubeScaleScript,
}

export * from './types'

/**
 * The film registry: every film the player, the export and the voice know, in menu order. The
 * first is the one the player opens with. A film's script (its words, Node-safe) is here at once;
 * its scenes load on demand, one chunk per film, so the player fetches only the film it shows.
 * This is the only file outside a film's folder that may import from it (a lint rule checks).
 * `npm run new-film -- <id>` adds a film here.
 */
import { defineRegistry } from '../script/registry'
import { script as shortVideoPlatform } from './short-video-platform/script'
import { script as youtubeScale } from './youtube-scale/script'
import { script as zeroToMillions } from './zero-to-millions/script'

export const registry = defineRegistry([
  {
    script: zeroToMillions,
    load: () => import('./zero-to-millions'),
    sims: () => import('./zero-to-millions/sims'),
  },
  {
    script: shortVideoPlatform,
    load: () => import('./short-video-platform'),
    sims: () => import('./short-video-platform/sims'),
  },
  {
    script: youtubeScale,
    load: () => import('./youtube-scale'),
    sims: () => import('./youtube-scale/sims'),
  },
])

export const { films, scripts, DEFAULT_FILM, scriptOf, loadFilm } = registry

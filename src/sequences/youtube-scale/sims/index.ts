/**
 * Every simulation of the YouTube-scale film, by chapter: the models its scenes build (through
 * `useChapterSim`) and `npm run bench:sim` times. Node-safe: no scene, no React.
 */
import { defineFilmSims } from '../../../sim/filmSims'
import { script } from '../script'
import { regionalCdn } from './cdn'
import { breaker } from './circuit-breakers'
import { likes } from './events'

export const sims = defineFilmSims(script, {
  cdn: { regionalCdn },
  events: { likes },
  'circuit-breakers': { breaker },
})

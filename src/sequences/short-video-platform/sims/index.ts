/**
 * Every simulation of the short-video platform film, by chapter: the models its scenes build
 * (through `useChapterSim`) and `npm run bench:sim` times. Node-safe: no scene, no React.
 */
import { defineFilmSims } from '../../../sim/filmSims'
import { script } from '../script'
import { bucket } from './gateway'
import { metrics } from './observability'

export const sims = defineFilmSims(script, {
  gateway: { bucket },
  observability: { metrics },
})

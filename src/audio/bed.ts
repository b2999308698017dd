import { musicEnvelope } from './ducking'
import { renderMusicSamples } from './music'

/** The quiet bed's level in the mix relative to renderMusic's output (1 = as rendered). */
export const MUSIC_GAIN = 1

export interface BedOptions {
  /** Seeds the chords; the film's id, so each film has its own bed. */
  seed: number | string
  /** Film-time intervals where the voice speaks: the bed ducks under them. */
  intervals: readonly (readonly [number, number])[]
  filmDuration: number
  /** Absolute sample index of the first sample. */
  start: number
  count: number
  sampleRate: number
}

/**
 * The music bed as the film plays it: the synthesized pad, ducked under the voice and faded at
 * the ends (mono). Slice-exact like its parts: what the player plays and the export mixes.
 */
export function renderBed(options: BedOptions): Float32Array<ArrayBuffer> {
  const music = renderMusicSamples(options.seed, options.start, options.count, options.sampleRate)
  const envelope = musicEnvelope(options)
  for (let i = 0; i < music.length; i++) music[i] = music[i]! * envelope[i]! * MUSIC_GAIN
  return music
}

import { hashString, randomAt } from '../timeline/random'

/**
 * The music bed: slow pad chords made from sines, the same on every machine. Every sample is a
 * function of its absolute index (and the seed), never of the samples before it, so a slice
 * [from, from + duration) equals the same slice of a full render, bit for bit: the player can
 * render ten seconds at a time, and export shards join without a click.
 *
 * To keep that cheap the film is cut into blocks of BLOCK samples at fixed positions; a block
 * starts each oscillator from its exact phase at the block's first sample, then turns it sample
 * by sample, and ramps its gains linearly from the block's start to its end. A slice renders the
 * blocks it touches and copies out its part.
 */

export interface MusicOptions {
  seed: number | string
  /** Film seconds of the first sample (rounded to a whole sample). */
  from: number
  /** Seconds to render (rounded to whole samples). */
  duration: number
  sampleRate: number
}

/** Samples per block; blocks start at multiples of it from film time 0. */
const BLOCK = 1024
/** Seconds each chord lasts, crossfade included. */
export const CHORD_SECONDS = 8
/** Seconds two chords overlap when one gives way to the next. */
const CROSSFADE = 3
/** Peak amplitude of one oscillator of a pad note: sets the bed's level (about −30 dBFS RMS). */
const NOTE_LEVEL = 0.011
/** The bass note (first of a voicing) sits a little louder under the rest. */
const BASS_LEVEL = 1.5
/** Second harmonic, relative to the fundamental: a soft, slightly reedy pad. */
const HARMONIC_2 = 0.28
/** Detuning of a note's two oscillators, in cents either side, for a gentle chorus. */
const DETUNE_CENTS = 4
/** The bed fades in over the film's first seconds. */
const FADE_IN = 2.5

/** Voicings in D major, as MIDI notes, lowest first. */
const CHORDS: readonly (readonly number[])[] = [
  [50, 57, 61, 64, 66], // Dmaj9
  [47, 54, 61, 62, 66], // Bm9
  [43, 50, 57, 59, 66], // Gmaj9
  [45, 52, 59, 61, 64], // A(add9)
  [40, 50, 55, 59, 66], // Em9
  [42, 52, 57, 61, 64], // F#m7
]

/** Four-chord phrases; the seed picks one per phrase. Each ends on A, which leads home. */
const PHRASES: readonly (readonly number[])[] = [
  [0, 1, 2, 3],
  [0, 4, 2, 3],
  [1, 2, 0, 3],
  [0, 5, 4, 3],
  [2, 0, 4, 3],
]

function midiToHz(midi: number): number {
  return 440 * Math.pow(2, (midi - 69) / 12)
}

/** The voicing of chord number `index` (chord 0 starts at film time 0). */
export function chordAt(seed: number, index: number): readonly number[] {
  const phrase = Math.floor(index / PHRASES[0]!.length)
  const pick = Math.floor(randomAt(seed, phrase) * PHRASES.length)
  const phraseChords = PHRASES[pick]!
  return CHORDS[phraseChords[index - phrase * phraseChords.length]!]!
}

/** A chord's weight at time t: 1 through its middle, a raised-cosine crossfade at each end. */
function chordWeight(index: number, t: number): number {
  const start = index * CHORD_SECONDS - CROSSFADE / 2
  const end = (index + 1) * CHORD_SECONDS + CROSSFADE / 2
  if (t <= start || t >= end) return 0
  if (index === 0 && t < start + CROSSFADE) return 1 // the first chord needs no fade in
  if (t < start + CROSSFADE) return 0.5 - 0.5 * Math.cos((Math.PI * (t - start)) / CROSSFADE)
  if (t > end - CROSSFADE) return 0.5 - 0.5 * Math.cos((Math.PI * (end - t)) / CROSSFADE)
  return 1
}

/** A note's slow swell: each note breathes at its own rate and phase. */
function swell(seed: number, chord: number, note: number, t: number): number {
  const rate = 0.05 + 0.08 * randomAt(seed ^ 0x51ed, chord * 16 + note)
  const phase = 2 * Math.PI * randomAt(seed ^ 0x2f1b, chord * 16 + note)
  return 0.75 + 0.25 * Math.sin(2 * Math.PI * rate * t + phase)
}

function fadeIn(t: number): number {
  if (t >= FADE_IN) return 1
  if (t <= 0) return 0
  return 0.5 - 0.5 * Math.cos((Math.PI * t) / FADE_IN)
}

/** Adds one sine, from its exact phase at sample `n0`, with a gain ramping from g0 to g1. */
function addSine(
  out: Float32Array,
  hz: number,
  n0: number,
  sampleRate: number,
  g0: number,
  g1: number,
): void {
  if (g0 === 0 && g1 === 0) return
  const cycles = (hz * n0) / sampleRate
  const phase = 2 * Math.PI * (cycles - Math.floor(cycles))
  let re = Math.cos(phase)
  let im = Math.sin(phase)
  const w = (2 * Math.PI * hz) / sampleRate
  const c = Math.cos(w)
  const s = Math.sin(w)
  const dg = (g1 - g0) / out.length
  let g = g0
  for (let i = 0; i < out.length; i++) {
    out[i]! += g * im
    const r = re * c - im * s
    im = re * s + im * c
    re = r
    g += dg
  }
}

/** Block `k` of the bed: samples [k·BLOCK, (k+1)·BLOCK). */
function renderBlock(seed: number, k: number, sampleRate: number, out: Float32Array): void {
  out.fill(0)
  const n0 = k * BLOCK
  const t0 = n0 / sampleRate
  const t1 = (n0 + BLOCK) / sampleRate
  const first = Math.max(0, Math.floor((t0 - CROSSFADE) / CHORD_SECONDS))
  const last = Math.floor((t1 + CROSSFADE) / CHORD_SECONDS)
  const f0 = fadeIn(t0)
  const f1 = fadeIn(t1)
  const detune = Math.pow(2, DETUNE_CENTS / 1200)
  for (let chord = first; chord <= last; chord++) {
    const w0 = chordWeight(chord, t0) * f0
    const w1 = chordWeight(chord, t1) * f1
    if (w0 === 0 && w1 === 0) continue
    const notes = chordAt(seed, chord)
    notes.forEach((midi, note) => {
      const level = NOTE_LEVEL * (note === 0 ? BASS_LEVEL : 1)
      const g0 = level * w0 * swell(seed, chord, note, t0)
      const g1 = level * w1 * swell(seed, chord, note, t1)
      const hz = midiToHz(midi)
      addSine(out, hz * detune, n0, sampleRate, g0, g1)
      addSine(out, hz / detune, n0, sampleRate, g0, g1)
      if (note !== 0) addSine(out, 2 * hz, n0, sampleRate, g0 * HARMONIC_2, g1 * HARMONIC_2)
    })
  }
}

/** The seed as the generator takes it: a number as is, a string (e.g. the film id) hashed. */
export function musicSeed(seed: number | string): number {
  return typeof seed === 'string' ? hashString(seed) : seed >>> 0
}

/** `count` samples of the bed from absolute sample `start` (mono). */
export function renderMusicSamples(
  seed: number | string,
  start: number,
  count: number,
  sampleRate: number,
): Float32Array<ArrayBuffer> {
  if (!Number.isInteger(start) || !Number.isInteger(count) || count < 0) {
    throw new Error(
      `renderMusicSamples: start and count must be whole samples (${start}, ${count})`,
    )
  }
  const s = musicSeed(seed)
  const out = new Float32Array(count)
  if (count === 0) return out
  const block = new Float32Array(BLOCK)
  const end = start + count
  for (let k = Math.floor(start / BLOCK); k * BLOCK < end; k++) {
    const blockStart = k * BLOCK
    // Before film time 0 the bed is silent.
    if (blockStart + BLOCK <= 0) continue
    renderBlock(s, k, sampleRate, block)
    const from = Math.max(start, blockStart)
    const to = Math.min(end, blockStart + BLOCK)
    for (let n = Math.max(from, 0); n < to; n++) out[n - start] = block[n - blockStart]!
  }
  return out
}

/** The bed from film time `from` for `duration` seconds (both rounded to whole samples). */
export function renderMusic({
  seed,
  from,
  duration,
  sampleRate,
}: MusicOptions): Float32Array<ArrayBuffer> {
  return renderMusicSamples(
    seed,
    Math.round(from * sampleRate),
    Math.round(duration * sampleRate),
    sampleRate,
  )
}

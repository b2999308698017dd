/**
 * The music's gain over the film: lowered under the voice (ducking) and faded out at the film's
 * end. Each sample's gain is a function of its absolute time only, so any slice of the envelope
 * equals the same slice of the whole film's.
 */

/** How far the music dips under the voice: to this gain (−12 dB). */
export const DUCK_GAIN = 0.25
/** Seconds the dip starts before the voice does, so the first word is clear. */
export const DUCK_ATTACK = 0.35
/** Seconds the music takes to come back after the voice stops. */
export const DUCK_RELEASE = 0.9
/** Seconds the music fades out over at the film's end. */
export const MUSIC_FADE_OUT = 3

export interface EnvelopeOptions {
  /** Film-time intervals [start, end) where the voice speaks. */
  intervals: readonly (readonly [number, number])[]
  /** The film's length: the bed fades out before it. */
  filmDuration: number
  /** Absolute sample index of the first sample. */
  start: number
  count: number
  sampleRate: number
}

/** 0 → 1 with zero slope at both ends. */
function smooth(x: number): number {
  const c = x < 0 ? 0 : x > 1 ? 1 : x
  return c * c * (3 - 2 * c)
}

/** How much the voice holds the music down at time t for one interval: 0 (not) to 1 (fully). */
export function duckAmount(t: number, start: number, end: number): number {
  if (t < start - DUCK_ATTACK || t >= end + DUCK_RELEASE) return 0
  if (t < start) return smooth((t - (start - DUCK_ATTACK)) / DUCK_ATTACK)
  if (t < end) return 1
  return 1 - smooth((t - end) / DUCK_RELEASE)
}

/** The music's gain for samples [start, start + count). */
export function musicEnvelope({
  intervals,
  filmDuration,
  start,
  count,
  sampleRate,
}: EnvelopeOptions): Float32Array<ArrayBuffer> {
  // The deepest dip any interval asks for, sample by sample.
  const duck = new Float32Array(count)
  for (const [s, e] of intervals) {
    const first = Math.max(start, Math.floor((s - DUCK_ATTACK) * sampleRate))
    const last = Math.min(start + count, Math.ceil((e + DUCK_RELEASE) * sampleRate) + 1)
    for (let n = first; n < last; n++) {
      const d = duckAmount(n / sampleRate, s, e)
      if (d > duck[n - start]!) duck[n - start] = d
    }
  }
  const out = new Float32Array(count)
  const fadeStart = filmDuration - MUSIC_FADE_OUT
  for (let i = 0; i < count; i++) {
    const t = (start + i) / sampleRate
    const fade =
      t <= fadeStart ? 1 : t >= filmDuration ? 0 : 1 - smooth((t - fadeStart) / MUSIC_FADE_OUT)
    out[i] = (1 - (1 - DUCK_GAIN) * duck[i]!) * fade
  }
  return out
}

import path from 'node:path'
import { renderBed } from '../../../src/audio/bed'
import { musicEnvelope } from '../../../src/audio/ducking'
import { checkTiming, voiceIntervals, type VoiceManifest } from '../../../src/audio/manifest'
import { scripts } from '../../../src/script'
import type { FilmScript } from '../../../src/script/types'
import { chapterSpans, filmDuration } from '../../../src/timeline/filmTime'
import { filmAudioDir, readManifest, REPO_ROOT } from './manifestFile'
import { decodeAudio, toInt16, writeWav16 } from './pcm'

/** The export's audio rate. */
export const MIX_SAMPLE_RATE = 48000

/** A user's music file sits this much below its own level under the voice (dB). */
export const USER_MUSIC_GAIN_DB = -20

export interface MixOptions {
  /** The film's id, or its script. */
  film: string | FilmScript
  /** Film seconds of the first sample; with `to`, the range [from, to). */
  from: number
  to: number
  /** The WAV file to write (48 kHz, stereo, 16-bit PCM). */
  out: string
  sampleRate?: number
  /**
   * The music under the voice: the synthesized bed (default), a user's audio file (any format
   * ffmpeg reads, played from film time 0 and looped), or none.
   */
  music?: { kind: 'bed' } | { kind: 'file'; file: string; gainDb?: number } | { kind: 'none' }
  /** Where public/ is (default: this repository). */
  root?: string
}

export interface MixResult {
  file: string
  /** Samples per channel: round((to − from) × sampleRate). */
  samples: number
  sampleRate: number
  /** Narration lines that sound in the range. */
  lines: number
  /** Samples that had to be clipped to full scale (0 in a healthy mix). */
  clipped: number
}

/** Decoded line audio, shared by the mixes of one process (shards of one export reuse it). */
const decoded = new Map<string, Promise<Float32Array>>()

function decodeLine(file: string, sampleRate: number): Promise<Float32Array> {
  const key = `${file}@${sampleRate}`
  let pending = decoded.get(key)
  if (!pending) {
    pending = decodeAudio(file, sampleRate, 1)
    decoded.set(key, pending)
    pending.catch(() => decoded.delete(key))
  }
  return pending
}

/** A user's music, decoded once per process. */
const userMusic = new Map<string, Promise<Float32Array>>()

/** Throws when the manifest is not the script's: a mix from stale audio would be out of time. */
function assertCurrent(script: FilmScript, manifest: VoiceManifest): void {
  const { stale } = checkTiming(script, chapterSpans(script.chapters), manifest)
  if (stale.length > 0) {
    throw new Error(
      `The voice of '${script.id}' is out of date with its script (${stale
        .slice(0, 3)
        .map((s) => `${s.lineId}: ${s.problem}`)
        .join('; ')}${stale.length > 3 ? '; …' : ''}). Mend: npm run voice -- --film ${script.id}`,
    )
  }
}

/**
 * The film's audio for [from, to) as a 48 kHz stereo 16-bit WAV of exactly
 * round((to − from) × sampleRate) samples: each narration line at its start time, over the
 * music bed ducked under the voice. Every sample depends only on its absolute position, so the
 * mixes of [a, b) and [b, c) put end to end equal the mix of [a, c) sample for sample (for times
 * on the sample grid, such as frame times at 24, 25, 30, 50 or 60 fps).
 *
 * A film without voice (no manifest) mixes the music alone.
 */
export async function mixFilmAudio(options: MixOptions): Promise<MixResult> {
  const { from, to, out } = options
  const sampleRate = options.sampleRate ?? MIX_SAMPLE_RATE
  const root = options.root ?? REPO_ROOT
  const script = typeof options.film === 'string' ? scripts[options.film] : options.film
  if (!script) {
    throw new Error(
      `Unknown film '${String(options.film)}'. Films: ${Object.keys(scripts).join(', ')}`,
    )
  }
  if (!(Number.isFinite(from) && Number.isFinite(to) && to >= from && from >= 0)) {
    throw new Error(`mixFilmAudio: the range must be 0 ≤ from ≤ to, got [${from}, ${to})`)
  }
  const spans = chapterSpans(script.chapters)
  const duration = filmDuration(spans)
  const start = Math.round(from * sampleRate)
  const count = Math.round((to - from) * sampleRate)
  const end = start + count

  const manifest = await readManifest(root, script.id)
  if (manifest) assertCurrent(script, manifest)
  const intervals = manifest ? voiceIntervals(manifest) : []

  // Voice, mono.
  const voice = new Float32Array(count)
  let lines = 0
  if (manifest) {
    const dir = filmAudioDir(root, script.id)
    const sounding = manifest.lines.filter((l) => {
      const s = Math.round(l.start * sampleRate)
      const e = s + Math.ceil(l.duration * sampleRate) + 1
      return s < end && e > start
    })
    const audio = await Promise.all(
      sounding.map((l) => decodeLine(path.join(dir, l.file), sampleRate)),
    )
    sounding.forEach((line, i) => {
      const samples = audio[i]!
      const at = Math.round(line.start * sampleRate)
      const first = Math.max(start, at)
      const last = Math.min(end, at + samples.length)
      for (let n = first; n < last; n++) voice[n - start]! += samples[n - at]!
      if (last > first) lines++
    })
  }

  // Music, mono.
  const music = options.music ?? { kind: 'bed' }
  let bed: Float32Array
  if (music.kind === 'bed') {
    bed = renderBed({
      seed: script.id,
      intervals,
      filmDuration: duration,
      start,
      count,
      sampleRate,
    })
  } else if (music.kind === 'file') {
    const key = `${music.file}@${sampleRate}`
    let pending = userMusic.get(key)
    if (!pending) {
      pending = decodeAudio(music.file, sampleRate, 1).catch((e: unknown) => {
        userMusic.delete(key)
        throw new Error(`The music file ${music.file} cannot be read: ${(e as Error).message}`)
      })
      userMusic.set(key, pending)
    }
    const track = await pending
    const gain = Math.pow(10, (music.gainDb ?? USER_MUSIC_GAIN_DB) / 20)
    const envelope = musicEnvelope({ intervals, filmDuration: duration, start, count, sampleRate })
    bed = new Float32Array(count)
    if (track.length > 0) {
      for (let i = 0; i < count; i++) {
        bed[i] = track[(start + i) % track.length]! * envelope[i]! * gain
      }
    }
  } else {
    bed = new Float32Array(count)
  }

  // Stereo: the voice in the centre, the bed on both sides.
  const mixed = new Float32Array(count * 2)
  let clipped = 0
  for (let i = 0; i < count; i++) {
    const v = voice[i]! + bed[i]!
    if (v > 1 || v < -1) clipped++
    mixed[2 * i] = v
    mixed[2 * i + 1] = v
  }
  await writeWav16(out, toInt16(mixed), sampleRate, 2)
  return { file: out, samples: count, sampleRate, lines, clipped }
}

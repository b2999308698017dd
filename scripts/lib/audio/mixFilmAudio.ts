import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { renderBed } from '../../../src/audio/bed'
import { musicEnvelope } from '../../../src/audio/ducking'
import { checkTiming, voiceIntervals, type VoiceManifest } from '../../../src/audio/manifest'
import { scripts } from '../../../src/sequences'
import type { FilmScript } from '../../../src/script/types'
import { chapterSpans, filmDuration } from '../../../src/timeline/filmTime'
import { filmAudioDir, readManifest, REPO_ROOT } from './manifestFile'
import { decodeAudio, toInt16, wavHeader } from './pcm'

/** The export's audio rate. */
export const MIX_SAMPLE_RATE = 48000

/** Samples mixed at a time (about 22 s at 48 kHz): bounds the memory a whole film needs. */
const MIX_BLOCK = 1 << 20

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
  const script = typeof options.film === 'string' ? scripts.get(options.film) : options.film
  if (!script) {
    throw new Error(
      `Unknown film '${String(options.film)}'. Films: ${[...scripts.keys()].join(', ')}`,
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

  // The lines that sound in the range, by start, each decoded when first needed and let go
  // once the mix has passed it, so a whole film mixes in little memory.
  const dir = manifest ? filmAudioDir(root, script.id) : ''
  const sounding = (manifest?.lines ?? [])
    .map((l) => {
      const at = Math.round(l.start * sampleRate)
      // Past its last sample (the measured duration, rounded up, and one to spare).
      return { line: l, at, until: at + Math.ceil(l.duration * sampleRate) + 1 }
    })
    .filter(({ at, until }) => at < end && until > start)
    .sort((a, b) => a.at - b.at)
  const decoded = new Map<string, Promise<Float32Array>>()
  const audioOf = (file: string): Promise<Float32Array> => {
    let pending = decoded.get(file)
    if (!pending) {
      pending = decodeAudio(path.join(dir, file), sampleRate, 1)
      pending.catch(() => {}) // awaited where it is mixed; this only marks it handled
      decoded.set(file, pending)
    }
    return pending
  }

  const music = options.music ?? { kind: 'bed' }
  let track: Float32Array | null = null
  if (music.kind === 'file') {
    try {
      track = await decodeAudio(music.file, sampleRate, 1)
    } catch (e) {
      throw new Error(`The music file ${music.file} cannot be read: ${(e as Error).message}`, {
        cause: e,
      })
    }
  }
  const userGain =
    music.kind === 'file' ? Math.pow(10, (music.gainDb ?? USER_MUSIC_GAIN_DB) / 20) : 0

  const tmp = `${out}.tmp-${process.pid}`
  const handle = await open(tmp, 'w')
  let lines = 0
  let clipped = 0
  try {
    await handle.write(wavHeader(count * 4, sampleRate, 2))
    for (let b = start; b < end; b += MIX_BLOCK) {
      const n = Math.min(MIX_BLOCK, end - b)
      // Music, mono: every sample a function of its absolute index, so blocks join exactly.
      let mono: Float32Array
      if (music.kind === 'bed') {
        mono = renderBed({
          seed: script.id,
          intervals,
          filmDuration: duration,
          start: b,
          count: n,
          sampleRate,
        })
      } else if (track && track.length > 0) {
        const envelope = musicEnvelope({
          intervals,
          filmDuration: duration,
          start: b,
          count: n,
          sampleRate,
        })
        mono = new Float32Array(n)
        for (let i = 0; i < n; i++)
          mono[i] = track[(b + i) % track.length]! * envelope[i]! * userGain
      } else {
        mono = new Float32Array(n)
      }
      // Voice on top; the lines of the next block are decoded meanwhile.
      for (const { line, at, until } of sounding) {
        if (at >= b + 2 * MIX_BLOCK) break
        if (until > b) void audioOf(line.file)
      }
      for (const { line, at, until } of sounding) {
        if (at >= b + n) break
        if (until <= b) continue
        const samples = await audioOf(line.file)
        const first = Math.max(b, at)
        const last = Math.min(b + n, at + samples.length)
        for (let k = first; k < last; k++) mono[k - b]! += samples[k - at]!
        if (first === Math.max(start, at) && last > first) lines++
        if (until <= b + n) decoded.delete(line.file)
      }
      // Stereo: the voice in the centre, the bed on both sides.
      const stereo = new Float32Array(2 * n)
      for (let i = 0; i < n; i++) {
        const v = mono[i]!
        if (v > 1 || v < -1) clipped++
        stereo[2 * i] = v
        stereo[2 * i + 1] = v
      }
      const pcm = toInt16(stereo)
      await handle.write(new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength))
    }
    await handle.close()
    await rename(tmp, out)
  } catch (e) {
    await handle.close().catch(() => {})
    await rm(tmp, { force: true })
    throw e
  }
  return { file: out, samples: count, sampleRate, lines, clipped }
}

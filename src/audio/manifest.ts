import { z } from 'zod'
import type { ChapterSpan } from '../timeline/filmTime'
import { estimatedSeconds, type FilmScript, type NarrationLine } from '../script/types'

/**
 * The voice manifest: what `npm run voice` made for a film, in `public/audio/<film>/manifest.json`.
 * Shared by the voice tool (writes it), the export mix (reads it in Node) and the player (reads
 * it in the browser).
 */

/** Every line's audio is stored at this rate, mono. */
export const VOICE_SAMPLE_RATE = 48000

/** Where a film's voice lives, relative to public/ (and so to the built site's root). */
export function audioDirOf(filmId: string): string {
  return `audio/${filmId}`
}

/** Where a film's manifest lives, relative to public/. */
export function manifestPathOf(filmId: string): string {
  return `${audioDirOf(filmId)}/manifest.json`
}

/** How a line's audio was made. */
export const lineSources = ['festival', 'espeak-ng', 'recording'] as const
export type LineSource = (typeof lineSources)[number]

export const manifestLineSchema = z.object({
  id: z.string().min(1),
  /** The chapter that holds the line. */
  chapter: z.string().min(1),
  /** File name inside the film's audio folder. */
  file: z.string().regex(/^[A-Za-z0-9._-]+\.opus$/),
  /** Film seconds where the line starts. */
  start: z.number().nonnegative(),
  /** Chapter-local seconds where the line starts (the script's `at`). */
  at: z.number().nonnegative(),
  /** Seconds of audio, measured from the stored file. */
  duration: z.number().positive(),
  /** Covers what the audio was made from (text, engine, voice, settings): the cache key. */
  hash: z.string().regex(/^[0-9a-f]{16,64}$/),
  source: z.enum(lineSources),
})

export const voiceManifestSchema = z.object({
  film: z.string().min(1),
  sampleRate: z.number().int().positive(),
  /** The speech engine of the generated lines ('festival', 'espeak-ng', or both joined by '+'). */
  engine: z.string().min(1),
  /** Version of the voice settings (normalisation, trimming, encoding) the audio was made with. */
  settingsVersion: z.number().int().positive(),
  /** The loudness every line was normalised to. */
  loudness: z.string(),
  lines: z.array(manifestLineSchema),
})

export type ManifestLine = z.infer<typeof manifestLineSchema>
export type VoiceManifest = z.infer<typeof voiceManifestSchema>

/** A manifest that does not parse or does not fit its film: names the file and the mend. */
export class ManifestError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`)
    this.name = 'ManifestError'
  }
}

/** Parses and validates a manifest's JSON (already parsed) or throws a ManifestError. */
export function parseManifest(raw: unknown, file: string): VoiceManifest {
  const result = voiceManifestSchema.safeParse(raw)
  if (!result.success) {
    throw new ManifestError(
      file,
      result.error.issues
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .concat(['regenerate it with `npm run voice -- --film <id>`']),
    )
  }
  return result.data
}

/**
 * How long each line is spoken: the manifest's measured duration, or the narration-pace estimate
 * for a line the manifest does not hold. What `filmCues` takes as `spokenSeconds`.
 */
export function spokenSecondsFrom(
  manifest: VoiceManifest | null | undefined,
): (line: NarrationLine) => number {
  if (!manifest) return estimatedSeconds
  const byId = new Map(manifest.lines.map((l) => [l.id, l.duration]))
  return (line) => byId.get(line.id) ?? estimatedSeconds(line)
}

/** A line whose audio runs into the next line or past its chapter's end. */
export interface Overrun {
  lineId: string
  chapter: string
  /** What it runs into: the next line's id, or 'end of chapter'. */
  into: string
  /** Seconds of audio past that point. */
  overrun: number
}

/** A script line the manifest lacks, or holds with other timing. */
export interface StaleLine {
  lineId: string
  problem: string
}

export interface TimingReport {
  overruns: Overrun[]
  stale: StaleLine[]
}

/** Overruns smaller than this (a millisecond) are rounding, not audio. */
const OVERRUN_TOLERANCE = 1e-3

/**
 * The timing check of `npm run voice -- --check`: every line whose audio (manifest duration)
 * runs past the next line's start or its chapter's end, and every script line the manifest does
 * not hold at the script's time. Times come from the script, durations from the manifest.
 */
export function checkTiming(
  script: FilmScript,
  spans: readonly ChapterSpan[],
  manifest: VoiceManifest,
): TimingReport {
  const byId = new Map(manifest.lines.map((l) => [l.id, l]))
  const overruns: Overrun[] = []
  const stale: StaleLine[] = []
  const scriptIds = new Set<string>()
  script.chapters.forEach((chapter, ci) => {
    const span = spans[ci]!
    chapter.narration.forEach((line, li) => {
      scriptIds.add(line.id)
      const entry = byId.get(line.id)
      if (!entry) {
        stale.push({ lineId: line.id, problem: 'no audio in the manifest' })
        return
      }
      if (entry.chapter !== chapter.id) {
        stale.push({
          lineId: line.id,
          problem: `manifest puts it in chapter '${entry.chapter}', the script in '${chapter.id}'`,
        })
      }
      const start = span.start + line.at
      if (Math.abs(entry.at - line.at) > 1e-6 || Math.abs(entry.start - start) > 1e-6) {
        stale.push({
          lineId: line.id,
          problem: `manifest starts it at ${entry.start.toFixed(3)} s, the script at ${start.toFixed(3)} s`,
        })
      }
      const next = chapter.narration[li + 1]
      const limit = next ? next.at : chapter.duration
      const over = line.at + entry.duration - limit
      if (over > OVERRUN_TOLERANCE) {
        overruns.push({
          lineId: line.id,
          chapter: chapter.id,
          into: next ? next.id : 'end of chapter',
          overrun: over,
        })
      }
    })
  })
  for (const l of manifest.lines) {
    if (!scriptIds.has(l.id)) stale.push({ lineId: l.id, problem: 'not in the script any more' })
  }
  return { overruns, stale }
}

/** Film-time intervals [start, end) where the voice speaks, sorted: what the music ducks under. */
export function voiceIntervals(manifest: VoiceManifest): Array<[number, number]> {
  return manifest.lines
    .map((l): [number, number] => [l.start, l.start + l.duration])
    .sort((a, b) => a[0] - b[0])
}

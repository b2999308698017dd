import type { ChapterSpan } from '../timeline/filmTime'
import { estimatedSeconds, type FilmScript, type NarrationLine } from './types'

/** A caption line holds at most this many characters, so two lines fit a phone at 1080p. */
export const CAPTION_LINE_CHARS = 42
/** A cue shows at most this many lines. */
export const CAPTION_MAX_LINES = 2
/** A caption stays up a little after its line is spoken, so a reader can finish it. */
const CAPTION_LINGER = 0.6

export interface CaptionCue {
  /** `<line id>-<n>`: which narration line this piece of text comes from. */
  id: string
  lineId: string
  /** Film seconds. */
  start: number
  end: number
  /** The text, already broken into at most two lines. */
  lines: string[]
}

/** Greedy word wrap into lines of at most `width` characters (longer words stand alone). */
export function wrapWords(text: string, width = CAPTION_LINE_CHARS): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Splits a narration line into cues of at most two caption lines, each shown for a share of the
 * line's time proportional to its length.
 */
export function cuesForLine(
  line: NarrationLine,
  start: number,
  spoken: number,
  limit: number,
): CaptionCue[] {
  const wrapped = wrapWords(line.text)
  const groups: string[][] = []
  for (let i = 0; i < wrapped.length; i += CAPTION_MAX_LINES) {
    groups.push(wrapped.slice(i, i + CAPTION_MAX_LINES))
  }
  const total = groups.reduce((n, g) => n + g.join(' ').length, 0)
  const cues: CaptionCue[] = []
  let t = start
  groups.forEach((g, i) => {
    const share = (spoken * g.join(' ').length) / total
    const last = i === groups.length - 1
    const end = last ? Math.min(t + share + CAPTION_LINGER, limit) : t + share
    cues.push({ id: `${line.id}-${i + 1}`, lineId: line.id, start: t, end, lines: g })
    t = end
  })
  return cues
}

/**
 * Every caption cue of a film, in film time. `spokenSeconds` gives a line's real audio length
 * when voice audio exists; otherwise the narration pace estimates it.
 */
export function filmCues(
  script: FilmScript,
  spans: readonly ChapterSpan[],
  spokenSeconds: (line: NarrationLine) => number = estimatedSeconds,
): CaptionCue[] {
  const cues: CaptionCue[] = []
  script.chapters.forEach((chapter, ci) => {
    const span = spans[ci]!
    chapter.narration.forEach((line, li) => {
      const next = chapter.narration[li + 1]
      const limit = span.start + (next ? next.at : chapter.duration)
      cues.push(...cuesForLine(line, span.start + line.at, spokenSeconds(line), limit))
    })
  })
  return cues
}

/** The cue showing at film time `t`, if any. */
export function cueAt(cues: readonly CaptionCue[], t: number): CaptionCue | undefined {
  return cues.find((c) => t >= c.start && t < c.end)
}

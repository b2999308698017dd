import type { CaptionCue } from './captions'

/**
 * Captions as a WebVTT file: what is written beside every export and what a video site takes as
 * subtitles. The cues come from `filmCues` (script + the voice manifest's durations).
 */

/** `hh:mm:ss.ttt`, as WebVTT wants it (hours always written). */
export function vttTimestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000))
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const t = ms % 1000
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(t).padStart(3, '0')}`
}

/** Cue text may not hold '&', '<' or '-->' literally (and '>' is escaped with them). */
function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A cue id may not hold '-->' or a line break. */
function safeId(id: string): string {
  return id.replace(/-->/g, '—>').replace(/[\r\n]+/g, ' ')
}

/**
 * The cues of [from, to) (film seconds), cut to the range and shifted so that `from` is 0: the
 * captions of a chapter or range export. Cues outside the range are dropped.
 */
export function sliceCues(cues: readonly CaptionCue[], from: number, to: number): CaptionCue[] {
  return cues
    .filter((c) => c.end > from && c.start < to)
    .map((c) => ({
      ...c,
      start: Math.max(c.start, from) - from,
      end: Math.min(c.end, to) - from,
    }))
}

/**
 * The WebVTT text of `cues`: cue ids as given, times in `hh:mm:ss.ttt`, each cue's lines as
 * they are (at most two short lines). Times are rounded to milliseconds; a cue that would round
 * to nothing is dropped, and none starts before the previous one.
 */
export function toWebVTT(cues: readonly CaptionCue[]): string {
  const blocks: string[] = ['WEBVTT']
  let previousStart = 0
  for (const cue of cues) {
    const start = Math.max(Math.round(cue.start * 1000), previousStart)
    const end = Math.round(cue.end * 1000)
    if (end <= start) continue
    previousStart = start
    const text = cue.lines.map((l) => escapeCueText(l.trim())).filter(Boolean)
    if (text.length === 0) continue
    blocks.push(
      [
        safeId(cue.id),
        `${vttTimestamp(start / 1000)} --> ${vttTimestamp(end / 1000)}`,
        ...text,
      ].join('\n'),
    )
  }
  return `${blocks.join('\n\n')}\n`
}

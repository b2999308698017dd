import { formatTimestamp } from '../timeline/frames'
import type { ChapterSpan } from '../timeline/filmTime'

/**
 * Chapter markers from the chapters' spans: the list a YouTube description takes, and the
 * chapter metadata ffmpeg writes into an MP4. The player's markers read the same spans.
 */

/** The chapters that overlap [from, to), cut to it and shifted so that `from` is 0. */
export function chaptersInRange(
  spans: readonly ChapterSpan[],
  from = 0,
  to = Number.POSITIVE_INFINITY,
): ChapterSpan[] {
  return spans
    .filter((s) => s.end > from && s.start < to)
    .map((s) => ({
      ...s,
      start: Math.max(s.start, from) - from,
      end: Math.min(s.end, to) - from,
    }))
}

/**
 * `00:00 Introduction` lines, one per chapter, for a video description: the first at 00:00
 * as YouTube requires (its other rules, three chapters of ten seconds or more, cannot always
 * hold for a short range; the list is made all the same). With a range, its chapters only.
 */
export function youtubeChapters(
  spans: readonly ChapterSpan[],
  from = 0,
  to = Number.POSITIVE_INFINITY,
): string {
  return chaptersInRange(spans, from, to)
    .map((s) => `${formatTimestamp(s.start)} ${s.title.replace(/[\r\n]+/g, ' ')}`)
    .join('\n')
}

/** FFMETADATA values escape '=', ';', '#', '\' and line breaks with a backslash. */
function escapeMetadata(value: string): string {
  return value.replace(/[=;#\\\n]/g, (c) => `\\${c}`)
}

/**
 * An ffmpeg FFMETADATA1 file with one [CHAPTER] per chapter in [from, to), in milliseconds
 * from `from`: `ffmpeg -i video.mp4 -i chapters.txt -map_metadata 1 -map_chapters 1 …`.
 */
export function ffmetadataChapters(
  spans: readonly ChapterSpan[],
  from = 0,
  to = Number.POSITIVE_INFINITY,
  title?: string,
): string {
  const lines = [';FFMETADATA1']
  if (title) lines.push(`title=${escapeMetadata(title)}`)
  for (const s of chaptersInRange(spans, from, to)) {
    const start = Math.round(s.start * 1000)
    const end = Math.round(s.end * 1000)
    if (end <= start) continue
    lines.push('', '[CHAPTER]', 'TIMEBASE=1/1000', `START=${start}`, `END=${end}`)
    lines.push(`title=${escapeMetadata(s.title)}`)
  }
  return `${lines.join('\n')}\n`
}

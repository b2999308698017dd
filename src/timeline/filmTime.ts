/**
 * Film time ↔ (chapter, local time): the one place that knows chapters are laid end to end.
 */

export interface ChapterSpan {
  id: string
  title: string
  /** Film seconds where the chapter starts (inclusive). */
  start: number
  /** Film seconds where it ends (exclusive, except for the last chapter). */
  end: number
}

export interface FilmPosition {
  index: number
  /** Seconds since the chapter's start. */
  local: number
}

/** Lays chapters end to end. */
export function chapterSpans(
  chapters: readonly { id: string; title: string; duration: number }[],
): ChapterSpan[] {
  let start = 0
  return chapters.map((c) => {
    const span = { id: c.id, title: c.title, start, end: start + c.duration }
    start = span.end
    return span
  })
}

export function filmDuration(spans: readonly ChapterSpan[]): number {
  return spans.length === 0 ? 0 : spans[spans.length - 1]!.end
}

/** Which chapter holds film time `t`, and how far into it. Times outside the film are clamped. */
export function locate(spans: readonly ChapterSpan[], t: number): FilmPosition {
  if (spans.length === 0) throw new Error('locate: the film has no chapters')
  const clamped = Math.min(Math.max(t, 0), filmDuration(spans))
  // Chapters are few (a dozen or so), so a linear scan is as fast as a binary search here.
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!
    if (clamped < span.end || i === spans.length - 1) {
      return { index: i, local: clamped - span.start }
    }
  }
  throw new Error('unreachable')
}

/** The span with this id, or a clear error listing the ids there are. */
export function findChapter(spans: readonly ChapterSpan[], id: string): ChapterSpan {
  const span = spans.find((s) => s.id === id)
  if (!span) {
    throw new Error(`Unknown chapter '${id}'. Chapters: ${spans.map((s) => s.id).join(', ')}`)
  }
  return span
}

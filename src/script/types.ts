/**
 * The words of a film as typed data: the one source for captions, voice, chapter markers and
 * speaker notes. Times are seconds in the chapter's local time.
 */

export interface NarrationLine {
  /** Stable id: names the line's audio file and its caption cue. */
  id: string
  /** When the line starts, in the chapter's local seconds. */
  at: number
  /** What the viewer reads (captions, speaker notes). */
  text: string
  /** What the voice says, where it differs from `text` (numbers, addresses, symbols). */
  say?: string
}

export interface ChapterScript<B extends string = string> {
  id: string
  /** Shown in the chapter list, the markers and the export's chapter metadata. */
  title: string
  /** Length in seconds; the film is these laid end to end. */
  duration: number
  /** Named moments of the chapter, in local seconds. Chapter code names them, never the number. */
  beats: Readonly<Record<B, number>>
  narration: readonly NarrationLine[]
  /** Extra notes for a presenter, beyond the narration. */
  notes?: string
  /**
   * Beats where presenter mode holds, in order: the picture is complete there (no entrance half
   * done) and the narration is between lines.
   */
  stops?: readonly NoInfer<B>[]
  /** The local second whose frame stands for the chapter (contact sheet, thumbnails). */
  poster?: number
}

export interface FilmScript {
  id: string
  title: string
  chapters: readonly ChapterScript[]
}

/** Declares a chapter, keeping its beat names as a type so that a misspelt beat fails to compile. */
export function defineChapter<const B extends string>(chapter: ChapterScript<B>): ChapterScript<B> {
  return chapter
}

/** Listening pace the narration is written for, in words a minute. */
export const NARRATION_WORDS_PER_MINUTE = 140

/** Words in a line as the voice says it. */
export function wordCount(line: NarrationLine): number {
  return (line.say ?? line.text).split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length
}

/** How long a line takes at the narration pace, before real audio exists. */
export function estimatedSeconds(line: NarrationLine): number {
  return (wordCount(line) * 60) / NARRATION_WORDS_PER_MINUTE
}

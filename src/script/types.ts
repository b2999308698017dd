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

export interface ChapterScript<B extends string = string, Id extends string = string> {
  /** Names the chapter everywhere: its scene file, its Theatre sheet, `?chapter=`, its audio. */
  id: Id
  /** Shown in the chapter list, the markers and the export's chapter metadata. */
  title: string
  /**
   * The small line over the chapter's heading ('Introduction', 'Conclusion') for a chapter that
   * the film does not number. Chapters without one are numbered in order: 'Chapter 1', 'Chapter 2'…
   */
  kicker?: string
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

export interface FilmScript<Id extends string = string> {
  id: string
  title: string
  /** The film's chapters in the order they play: the one place that order is declared. */
  chapters: readonly ChapterScript<string, Id>[]
}

/** The chapter ids of a film script, as a union type. */
export type ChapterIdOf<S extends FilmScript> = S['chapters'][number]['id']

/**
 * Declares a chapter, keeping its id and beat names as types, so that a misspelt beat fails to
 * compile and a film's scene table must name exactly its chapters.
 */
export function defineChapter<const B extends string, const Id extends string>(
  chapter: ChapterScript<B, Id>,
): ChapterScript<B, Id> {
  return chapter
}

/** Declares a film's words: its id, its title and its chapters in order. */
export function defineFilmScript<const C extends readonly ChapterScript<string, string>[]>(script: {
  id: string
  title: string
  chapters: C
}): FilmScript<C[number]['id']> & { chapters: C } {
  return script
}

/**
 * The heading kicker of every chapter, in order: a chapter's own `kicker` where it has one,
 * else 'Chapter N', counting only the chapters without one.
 */
export function chapterKickers(script: FilmScript): string[] {
  let n = 0
  return script.chapters.map((c) => c.kicker ?? `Chapter ${++n}`)
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

import { z } from 'zod'
import type { ChapterScript, FilmScript } from '../script/types'
import { chapterSpans } from '../timeline/filmTime'
import { chapterStops, type ChapterEdges, type DeckEntry } from '../timeline/stops'

/**
 * Talks: a speaker's running order, `talks/<name>.json`, listing chapters of any film in any
 * order, with an optional title card, notes per entry, and where in a chapter to start and end
 * (by stop). Node-safe: the player, the tests and the stills read the same code.
 *
 * ```json
 * {
 *   "title": "How systems grow",
 *   "titleCard": { "title": "How systems grow", "subtitle": "Meetup, May 2026" },
 *   "chapters": [
 *     { "film": "zero-to-millions", "chapter": "cache", "from": "check-first", "notes": "…" }
 *   ]
 * }
 * ```
 */

export const talkEntrySchema = z
  .object({
    film: z.string().min(1),
    chapter: z.string().min(1),
    /** A stop of the chapter to start on; omitted, the chapter plays from its start. */
    from: z.string().min(1).optional(),
    /** A stop of the chapter to end on; omitted, the chapter plays to its end. */
    to: z.string().min(1).optional(),
    /** What the speaker wants to remember here, shown in the notes window. */
    notes: z.string().optional(),
  })
  .strict()

export const talkSchema = z
  .object({
    title: z.string().min(1),
    /** Shown full screen before the first chapter, until the first step. */
    titleCard: z
      .object({
        title: z.string().min(1),
        subtitle: z.string().optional(),
        notes: z.string().optional(),
      })
      .strict()
      .optional(),
    chapters: z.array(talkEntrySchema).min(1),
  })
  .strict()

export type TalkEntry = z.infer<typeof talkEntrySchema>
export type Talk = z.infer<typeof talkSchema>

/** What a talk needs to know about films: their ids and their (Node-safe) scripts. */
export interface ScriptSource {
  filmIds(): readonly string[]
  script(film: string): FilmScript | undefined
}

/** A talk file that cannot be presented; the message names the file, the entry and the mend. */
export class TalkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TalkError'
  }
}

/** The talk's name in `?talk=` from its path: `talks/how-systems-grow.json` → `how-systems-grow`. */
export function talkName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '')
}

/** A chapter's stops by name, as a talk may name them (declared stops, or `end`). */
function stopNames(chapter: ChapterScript): string[] {
  return chapterStops(chapter, { opening: 0, closing: 0 }).map((s) => s.beat)
}

/**
 * Reads and checks a talk file: valid JSON, the schema, every film and chapter known, and every
 * `from`/`to` a stop of its chapter, `from` before `to`. Throws TalkError naming the file
 * (`file` as given), the entry and the mend.
 */
export function parseTalk(file: string, text: string, films: ScriptSource): Talk {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new TalkError(`${file} is not valid JSON (${why}); fix the syntax there.`)
  }
  const parsed = talkSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const at = issue.path.length > 0 ? issue.path.join('.') : 'the top level'
    throw new TalkError(
      `${file}: ${at}: ${issue.message}. A talk is { "title", "titleCard"?, "chapters": [{ "film", "chapter", "from"?, "to"?, "notes"? }] }.`,
    )
  }
  const talk = parsed.data
  talk.chapters.forEach((entry, i) => {
    const where = `${file}: chapters[${i}] (${entry.film} / ${entry.chapter})`
    const script = films.script(entry.film)
    if (!script) {
      throw new TalkError(
        `${where}: no film '${entry.film}'; use one of: ${films.filmIds().join(', ')}.`,
      )
    }
    const chapter = script.chapters.find((c) => c.id === entry.chapter)
    if (!chapter) {
      throw new TalkError(
        `${where}: film '${entry.film}' has no chapter '${entry.chapter}'; use one of: ${script.chapters.map((c) => c.id).join(', ')}.`,
      )
    }
    const names = stopNames(chapter)
    for (const key of ['from', 'to'] as const) {
      const stop = entry[key]
      if (stop !== undefined && !names.includes(stop)) {
        throw new TalkError(
          `${where}: '${key}: ${stop}' is not a stop of the chapter; use one of: ${names.join(', ')}.`,
        )
      }
    }
    if (entry.from !== undefined && entry.to !== undefined) {
      if (names.indexOf(entry.from) > names.indexOf(entry.to)) {
        throw new TalkError(
          `${where}: 'from: ${entry.from}' comes after 'to: ${entry.to}'; swap them or pick other stops.`,
        )
      }
    }
  })
  return talk
}

/** A talk that presents a whole film, chapter by chapter: what `?present=1` shows. */
export function filmTalk(script: FilmScript): Talk {
  return {
    title: script.title,
    chapters: script.chapters.map((c) => ({ film: script.id, chapter: c.id })),
  }
}

/** A deck entry with what the notes window shows for it. */
export interface TalkDeckEntry extends DeckEntry {
  filmTitle: string
  chapterTitle: string
  /** The chapter's notes from its script. */
  chapterNotes: string | null
  /** The talk's notes for this entry. */
  entryNotes: string | null
  narration: ChapterScript['narration']
}

/**
 * The deck a talk plays: for each entry, its chapter's place in its film and its stops between
 * `from` and `to`. `edgesOf` says how each chapter opens and closes in its film (the stop of a
 * chapter that declares none sits where its close begins).
 */
export function talkDeck(
  talk: Talk,
  films: ScriptSource,
  edgesOf: (film: string, chapterIndex: number) => ChapterEdges,
): TalkDeckEntry[] {
  return talk.chapters.map((entry) => {
    const script = films.script(entry.film)!
    const index = script.chapters.findIndex((c) => c.id === entry.chapter)
    const chapter = script.chapters[index]!
    const span = chapterSpans(script.chapters)[index]!
    const stops = chapterStops(chapter, edgesOf(entry.film, index))
    const from = stops.find((s) => s.beat === entry.from)?.local ?? 0
    const to = stops.find((s) => s.beat === entry.to)?.local ?? chapter.duration
    return {
      film: entry.film,
      chapter: chapter.id,
      chapterStart: span.start,
      from,
      to,
      stops: stops.filter((s) => s.local >= from && s.local <= to),
      filmTitle: script.title,
      chapterTitle: chapter.title,
      chapterNotes: chapter.notes ?? null,
      entryNotes: entry.notes ?? null,
      narration: chapter.narration,
    }
  })
}

/** The narration lines that start in [from, to) of a chapter (chapter seconds). */
export function linesBetween(
  narration: ChapterScript['narration'],
  from: number,
  to: number,
): string[] {
  return narration.filter((l) => l.at >= from && l.at < to).map((l) => l.text)
}

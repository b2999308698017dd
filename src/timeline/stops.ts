import { CUT_HALF_SECONDS, type BridgePlan } from './bridge'

/**
 * Stops: the beats where presenter mode holds. A chapter names them in its script (`stops`);
 * at each the picture is complete (nothing half-way through its entrance) and the narration is
 * between lines, so a speaker can talk over a still frame. Stepping plays the motion from one
 * stop to the next and holds there, on exactly the stop's time.
 */

/** The name of the stop a chapter gets when its script declares none: just before it closes. */
export const END_STOP = 'end'

/**
 * After a beat, how long what it brings in may still be moving: Reveal's entrance takes 0.8 s,
 * and the slower fades chapters ask for take 1.2 s. A stop inside this window after another
 * beat would freeze an entrance half-way.
 */
export const ENTRANCE_WINDOW_SECONDS = 1.2

/** The part of a chapter's script that stops are made of (Node-safe: words and numbers only). */
export interface StopSource {
  id: string
  duration: number
  beats: Readonly<Record<string, number>>
  narration: readonly { id: string; at: number }[]
  stops?: readonly string[]
}

/** Where a chapter's picture is whole: after it has faded in, before it starts to close. */
export interface ChapterEdges {
  /** Chapter seconds its opening fade takes (0 for the film's first chapter). */
  opening: number
  /** Chapter seconds its close takes: the look at the map, the fade to the next chapter, or 0. */
  closing: number
}

/** A stop in a chapter: the beat's name and its chapter seconds. */
export interface ChapterStop {
  beat: string
  local: number
}

/** How chapter `index` opens and closes, from the film's bridge plan (see bridge.ts). */
export function chapterEdges(
  plan: BridgePlan | null,
  chapterCount: number,
  index: number,
): ChapterEdges {
  const opening = index === 0 ? 0 : CUT_HALF_SECONDS
  if (plan?.after[index]) return { opening, closing: plan.seconds }
  return { opening, closing: index === chapterCount - 1 ? 0 : CUT_HALF_SECONDS }
}

/**
 * A chapter's stops in order: the beats its script declares, or, when it declares none, one
 * stop where its close begins (its picture is complete there, the narration over), so that every
 * chapter has at least one.
 */
export function chapterStops(chapter: StopSource, edges: ChapterEdges): ChapterStop[] {
  const declared = chapter.stops ?? []
  if (declared.length === 0) {
    return [{ beat: END_STOP, local: chapter.duration - edges.closing }]
  }
  return declared.map((beat) => ({ beat, local: chapter.beats[beat] ?? Number.NaN }))
}

/**
 * What is wrong with a chapter's declared stops, one sentence each (empty when none): a stop
 * that names no beat, stops out of order, a stop during a narration line (given each line's
 * spoken seconds), during an entrance that starts at another beat, or while the chapter fades in
 * or closes.
 */
export function stopProblems(
  chapter: StopSource,
  edges: ChapterEdges,
  spokenSeconds: (line: { id: string; at: number }) => number,
): string[] {
  const problems: string[] = []
  const where = (beat: string) => `${chapter.id}: stop '${beat}'`
  let previous = Number.NEGATIVE_INFINITY
  for (const beat of chapter.stops ?? []) {
    const t = chapter.beats[beat]
    if (t === undefined) {
      problems.push(`${where(beat)} is not a beat of the chapter`)
      continue
    }
    if (!(t > previous)) problems.push(`${where(beat)} (${t} s) is not after the stop before it`)
    previous = t
    for (const line of chapter.narration) {
      const end = line.at + spokenSeconds(line)
      if (t > line.at && t < end) {
        problems.push(
          `${where(beat)} (${t} s) falls inside narration line ${line.id} (${line.at}–${end.toFixed(2)} s)`,
        )
      }
    }
    for (const [other, at] of Object.entries(chapter.beats)) {
      if (t > at && t < at + ENTRANCE_WINDOW_SECONDS) {
        problems.push(
          `${where(beat)} (${t} s) falls inside the entrance of beat '${other}' (${at} s)`,
        )
      }
    }
    if (t < edges.opening) problems.push(`${where(beat)} (${t} s) falls inside the opening fade`)
    if (t > chapter.duration - edges.closing) {
      problems.push(
        `${where(beat)} (${t} s) falls inside the chapter's close (from ${chapter.duration - edges.closing} s)`,
      )
    }
  }
  return problems
}

/**
 * One stretch of a presentation: a chapter of some film, from `from` to `to` (chapter seconds),
 * holding at `stops` (chapter seconds, in order, within [from, to]).
 */
export interface DeckEntry {
  film: string
  chapter: string
  /** Film seconds where the chapter starts in its film. */
  chapterStart: number
  from: number
  to: number
  stops: readonly ChapterStop[]
}

/** A stop of the whole presentation. */
export interface DeckStop {
  /** Index in the deck's flat list of stops. */
  index: number
  entry: number
  film: string
  chapter: string
  beat: string
  /** Chapter seconds. */
  local: number
  /** Film seconds in its film: where the clock holds. */
  time: number
}

/** Every stop of a deck, in order. */
export function deckStops(entries: readonly DeckEntry[]): DeckStop[] {
  const out: DeckStop[] = []
  entries.forEach((e, entry) => {
    for (const s of e.stops) {
      out.push({
        index: out.length,
        entry,
        film: e.film,
        chapter: e.chapter,
        beat: s.beat,
        local: s.local,
        time: e.chapterStart + s.local,
      })
    }
  })
  return out
}

/** A stretch to play in one film: from film second `from` to film second `to`. */
export interface Leg {
  film: string
  entry: number
  from: number
  to: number
}

/**
 * How to get from stop `index` to the one after it, as legs played one after another: within a
 * chapter, one leg; across entries, the rest of this entry (its close included), then the next
 * entry from its start to its first stop. The last leg ends exactly on the next stop's time.
 * From index −1 (a title card before the deck), the first entry from its start. Empty at the
 * last stop.
 */
export function legsToNext(entries: readonly DeckEntry[], index: number): Leg[] {
  const stops = deckStops(entries)
  const next = stops[index + 1]
  if (!next) return []
  const b = entries[next.entry]!
  // Before the first stop (a title card): the first entry plays from its start.
  if (index < 0)
    return [{ film: b.film, entry: next.entry, from: b.chapterStart + b.from, to: next.time }]
  const here = stops[index]
  if (!here) return []
  if (here.entry === next.entry) {
    return [{ film: here.film, entry: here.entry, from: here.time, to: next.time }]
  }
  const legs: Leg[] = []
  const a = entries[here.entry]!
  if (a.to > here.local) {
    legs.push({ film: a.film, entry: here.entry, from: here.time, to: a.chapterStart + a.to })
  }
  // Entries in between with no stops of their own would be skipped by the flat list; a deck
  // always gives every entry at least one stop (see chapterStops), so there are none.
  legs.push({ film: b.film, entry: next.entry, from: b.chapterStart + b.from, to: next.time })
  return legs
}

/**
 * The index of the stop a film time belongs to when the speaker steps from there: the last stop
 * of entry `entry` at or before `time` (−1 before the first). Used after a jump by hand.
 */
export function stopAtOrBefore(stops: readonly DeckStop[], entry: number, time: number): number {
  let found = -1
  for (const s of stops) {
    if (s.entry < entry || (s.entry === entry && s.time <= time + 1e-9)) found = s.index
  }
  return found
}

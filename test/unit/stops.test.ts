import { beforeAll, describe, expect, it } from 'vitest'
import { loadManifest } from '../../src/audio/manifests'
import { estimatedSeconds, type NarrationLine } from '../../src/script/types'
import { films, loadFilm, scriptOf } from '../../src/sequences'
import type { BridgePlan } from '../../src/timeline/bridge'
import { bridgePlanOf } from '../../src/world/bridgePlan'
import { CUT_HALF_SECONDS } from '../../src/timeline/bridge'
import {
  chapterEdges,
  chapterStops,
  deckStops,
  END_STOP,
  ENTRANCE_WINDOW_SECONDS,
  legsToNext,
  stopAtOrBefore,
  stopProblems,
  type DeckEntry,
  type StopSource,
} from '../../src/timeline/stops'

describe.each(films.map((f) => f.script))('stops of film $id', (script) => {
  let plan: BridgePlan | null = null
  let spoken = new Map<string, number>()
  beforeAll(async () => {
    // The map's length (the close of chapters that end on it) is declared with the scenes.
    plan = bridgePlanOf(await loadFilm(script.id))
    const manifest = await loadManifest(script.id)
    spoken = new Map(manifest?.lines.map((l) => [l.id, l.duration]) ?? [])
    // Loading a film's scenes imports three.js and every model: seconds on a busy machine.
  }, 120_000)
  const spokenSeconds = (line: { id: string; at: number }) =>
    spoken.get(line.id) ?? estimatedSeconds(line as NarrationLine)

  it.each(script.chapters.map((c, i) => [c.id, i] as const))(
    '%s: every stop is a beat, in order, outside narration lines, entrances and fades',
    (_id, i) => {
      const chapter = script.chapters[i]!
      const edges = chapterEdges(plan, script.chapters.length, i)
      expect(stopProblems(chapter, edges, spokenSeconds)).toEqual([])
      const stops = chapterStops(chapter, edges)
      expect(stops.length).toBeGreaterThan(0)
      for (const s of stops) expect(Number.isFinite(s.local)).toBe(true)
    },
  )
})

describe('zero-to-millions declares its own stops', () => {
  it('every chapter names at least one beat to hold on', () => {
    for (const chapter of scriptOf('zero-to-millions').chapters) {
      expect(chapter.stops?.length ?? 0, chapter.id).toBeGreaterThan(0)
    }
  })
})

describe('stopProblems', () => {
  const chapter: StopSource = {
    id: 'demo',
    duration: 30,
    beats: { open: 0.2, a: 5, b: 5.5, c: 12, d: 20, late: 28 },
    narration: [
      { id: 'l1', at: 1 },
      { id: 'l2', at: 12 },
    ],
  }
  const edges = { opening: CUT_HALF_SECONDS, closing: 3 }
  // Line l1 runs 1–4 s, l2 12–16 s.
  const spokenSeconds = (l: { id: string }) => (l.id === 'l1' ? 3 : 4)
  const problems = (stops: string[]) => stopProblems({ ...chapter, stops }, edges, spokenSeconds)

  it('accepts beats between lines with nothing entering', () => {
    expect(problems(['a', 'c', 'd'])).toEqual([])
  })
  it('refuses a name that is not a beat', () => {
    expect(problems(['nope'])).toEqual(["demo: stop 'nope' is not a beat of the chapter"])
  })
  it('refuses stops out of order', () => {
    expect(problems(['d', 'c'])[0]).toMatch(/'c' \(12 s\) is not after/)
  })
  it('refuses a stop inside a narration line (its start is fine)', () => {
    expect(problems(['c'])).toEqual([])
    const inside = stopProblems(
      { ...chapter, beats: { ...chapter.beats, mid: 14 }, stops: ['mid'] },
      edges,
      spokenSeconds,
    )
    expect(inside.join()).toMatch(/inside narration line l2/)
  })
  it('refuses a stop while another beat is still entering', () => {
    expect(0.5).toBeLessThan(ENTRANCE_WINDOW_SECONDS)
    expect(problems(['b']).join()).toMatch(/inside the entrance of beat 'a'/)
  })
  it('refuses a stop in the opening fade or the close', () => {
    expect(problems(['open']).join()).toMatch(/opening fade/)
    expect(problems(['late']).join()).toMatch(/chapter's close \(from 27 s\)/)
  })
})

describe('chapterStops', () => {
  it('a chapter that declares none holds once, where its close begins', () => {
    const chapter: StopSource = { id: 'x', duration: 40, beats: { a: 1 }, narration: [] }
    expect(chapterStops(chapter, { opening: 0.5, closing: 3.2 })).toEqual([
      { beat: END_STOP, local: 36.8 },
    ])
  })
  it('edges follow the bridge plan: map seconds after mapped chapters, a cut elsewhere', () => {
    const plan = { seconds: 3.2, after: [false, true, false] }
    expect(chapterEdges(plan, 3, 0)).toEqual({ opening: 0, closing: CUT_HALF_SECONDS })
    expect(chapterEdges(plan, 3, 1)).toEqual({ opening: CUT_HALF_SECONDS, closing: 3.2 })
    expect(chapterEdges(plan, 3, 2)).toEqual({ opening: CUT_HALF_SECONDS, closing: 0 })
  })
})

describe('a deck of entries from two films', () => {
  const entries: DeckEntry[] = [
    {
      film: 'f1',
      chapter: 'one',
      chapterStart: 100,
      from: 0,
      to: 50,
      stops: [
        { beat: 'a', local: 10 },
        { beat: 'b', local: 20 },
      ],
    },
    {
      film: 'f2',
      chapter: 'two',
      chapterStart: 0,
      from: 5,
      to: 30,
      stops: [{ beat: 'c', local: 5 }],
    },
    {
      film: 'f1',
      chapter: 'three',
      chapterStart: 300,
      from: 0,
      to: 40,
      stops: [{ beat: 'd', local: 15 }],
    },
  ]

  it('lists its stops in order, in each film’s own seconds', () => {
    expect(deckStops(entries).map((s) => [s.film, s.beat, s.time])).toEqual([
      ['f1', 'a', 110],
      ['f1', 'b', 120],
      ['f2', 'c', 5],
      ['f1', 'd', 315],
    ])
  })

  it('within a chapter one leg plays to the next stop, ending exactly on it', () => {
    expect(legsToNext(entries, 0)).toEqual([{ film: 'f1', entry: 0, from: 110, to: 120 }])
  })

  it('across entries it plays out the chapter, then the next from its start to its first stop', () => {
    // Entry 2 starts on its first stop: no motion to play there, the hold comes at once.
    expect(legsToNext(entries, 1)).toEqual([
      { film: 'f1', entry: 0, from: 120, to: 150 },
      { film: 'f2', entry: 1, from: 5, to: 5 },
    ])
    expect(legsToNext(entries, 2)).toEqual([
      { film: 'f2', entry: 1, from: 5, to: 30 },
      { film: 'f1', entry: 2, from: 300, to: 315 },
    ])
    expect(legsToNext(entries, 3)).toEqual([])
    // From a title card before the deck: the first entry from its start.
    expect(legsToNext(entries, -1)).toEqual([{ film: 'f1', entry: 0, from: 100, to: 110 }])
  })

  it('finds the stop a hand-made jump belongs to', () => {
    const stops = deckStops(entries)
    expect(stopAtOrBefore(stops, 0, 105)).toBe(-1)
    expect(stopAtOrBefore(stops, 0, 125)).toBe(1)
    expect(stopAtOrBefore(stops, 2, 315)).toBe(3)
  })
})

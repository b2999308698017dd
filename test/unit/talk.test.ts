import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scripts } from '../../src/sequences'
import type { FilmScript } from '../../src/script/types'
import { Presenter, type PresenterStage } from '../../src/player/presenter'
import { parseTalk, talkDeck, TalkError, type ScriptSource } from '../../src/player/talk'
import type { FilmClock } from '../../src/timeline/clock'
import { chapterSpans } from '../../src/timeline/filmTime'

/** Every film's script, as the player's catalog gives them. */
const registry: ScriptSource = {
  filmIds: () => [...scripts.keys()],
  script: (id) => scripts.get(id),
}

/** Two small films, so that a talk can mix them whatever the registry holds. */
const filmA: FilmScript = {
  id: 'film-a',
  title: 'Film A',
  chapters: [
    {
      id: 'a1',
      title: 'A one',
      duration: 20,
      beats: { x: 2, y: 8, z: 14 },
      narration: [
        { id: 'a1-1', at: 2, text: 'Line x.' },
        { id: 'a1-2', at: 8, text: 'Line y.' },
        { id: 'a1-3', at: 14, text: 'Line z.' },
      ],
      stops: ['x', 'y', 'z'],
      notes: 'Chapter a1 notes.',
    },
    { id: 'a2', title: 'A two', duration: 10, beats: { w: 1 }, narration: [] },
  ],
}
const filmB: FilmScript = {
  id: 'film-b',
  title: 'Film B',
  chapters: [
    {
      id: 'b1',
      title: 'B one',
      duration: 30,
      beats: { p: 5, q: 15 },
      narration: [{ id: 'b1-1', at: 5, text: 'Line p.' }],
      stops: ['p', 'q'],
    },
  ],
}
const two: ScriptSource = {
  filmIds: () => ['film-a', 'film-b'],
  script: (id) => ({ 'film-a': filmA, 'film-b': filmB })[id],
}
const edges = () => ({ opening: 0.5, closing: 3 })

const FILE = 'talks/demo.json'
const problem = (talk: unknown, films = two) => {
  try {
    parseTalk(FILE, typeof talk === 'string' ? talk : JSON.stringify(talk), films)
  } catch (e) {
    expect(e).toBeInstanceOf(TalkError)
    return (e as Error).message
  }
  return null
}

describe('talks/*.json', () => {
  const files = readdirSync('talks').filter((f) => f.endsWith('.json'))

  it('there is an example talk', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s is valid against the films there are', (file) => {
    const talk = parseTalk(`talks/${file}`, readFileSync(`talks/${file}`, 'utf8'), registry)
    expect(talk.chapters.length).toBeGreaterThan(0)
  })

  it('an example mixes chapters of as many films as there are, two at least once two exist', () => {
    const mixes = files.map((file) => {
      const talk = parseTalk(`talks/${file}`, readFileSync(`talks/${file}`, 'utf8'), registry)
      return new Set(talk.chapters.map((c) => c.film)).size
    })
    expect(Math.max(...mixes)).toBeGreaterThanOrEqual(Math.min(2, registry.filmIds().length))
  })
})

describe('parseTalk', () => {
  const good = {
    title: 'Demo',
    chapters: [
      { film: 'film-b', chapter: 'b1', to: 'p' },
      { film: 'film-a', chapter: 'a1', from: 'y', notes: 'Say hello.' },
    ],
  }

  it('accepts chapters of two films in any order', () => {
    expect(problem(good)).toBeNull()
  })
  it('bad JSON: names the file', () => {
    expect(problem('{ "title": ')).toMatch(/^talks\/demo.json is not valid JSON .*fix the syntax/)
  })
  it('a missing field: names the file and the place', () => {
    expect(problem({ title: 'x', chapters: [{ film: 'film-a' }] })).toMatch(
      /^talks\/demo.json: chapters.0.chapter: .*A talk is/,
    )
  })
  it('an unknown key is refused, not ignored', () => {
    expect(problem({ ...good, extra: 1 })).toMatch(/talks\/demo.json: the top level: .*extra/)
  })
  it('unknown film: names the entry and lists the films', () => {
    expect(problem({ title: 'x', chapters: [{ film: 'film-c', chapter: 'a1' }] })).toBe(
      "talks/demo.json: chapters[0] (film-c / a1): no film 'film-c'; use one of: film-a, film-b.",
    )
  })
  it('unknown chapter: lists the chapters of that film', () => {
    expect(
      problem({ title: 'x', chapters: [good.chapters[0], { film: 'film-a', chapter: 'a3' }] }),
    ).toBe(
      "talks/demo.json: chapters[1] (film-a / a3): film 'film-a' has no chapter 'a3'; use one of: a1, a2.",
    )
  })
  it('a from/to that is not a stop: lists the stops', () => {
    expect(problem({ title: 'x', chapters: [{ film: 'film-a', chapter: 'a1', from: 'w' }] })).toBe(
      "talks/demo.json: chapters[0] (film-a / a1): 'from: w' is not a stop of the chapter; use one of: x, y, z.",
    )
    // A chapter that declares no stops has one, 'end'.
    expect(problem({ title: 'x', chapters: [{ film: 'film-a', chapter: 'a2', to: 'end' }] })).toBe(
      null,
    )
  })
  it('from after to', () => {
    expect(
      problem({ title: 'x', chapters: [{ film: 'film-a', chapter: 'a1', from: 'z', to: 'x' }] }),
    ).toMatch(/'from: z' comes after 'to: x'; swap them/)
  })
})

describe('a presentation of a two-film talk', () => {
  const talk = parseTalk(
    FILE,
    JSON.stringify({
      title: 'Demo',
      titleCard: { title: 'Demo talk' },
      chapters: [
        { film: 'film-b', chapter: 'b1', to: 'p', notes: 'Open with B.' },
        { film: 'film-a', chapter: 'a1', from: 'y' },
        { film: 'film-a', chapter: 'a2' },
      ],
    }),
    two,
  )
  const entries = talkDeck(talk, two, edges)

  /** A stage whose clocks record what they are asked: seeks, and plays that hold on a time. */
  function stage() {
    const log: string[] = []
    const clocks = new Map<string, { time: number }>()
    const show: PresenterStage['show'] = async (film) => {
      let c = clocks.get(film)
      if (!c) {
        c = { time: 0 }
        clocks.set(film, c)
      }
      const clock = c
      return {
        get time() {
          return clock.time
        },
        seek: async (t: number) => {
          log.push(`${film} seek ${t}`)
          clock.time = t
        },
        playTo: async (t: number) => {
          log.push(`${film} play ${clock.time}→${t}`)
          clock.time = t
          return true
        },
      } as unknown as FilmClock
    }
    return { log, stage: { show } }
  }

  it('its deck keeps each entry in its film’s seconds, cut at from and to', () => {
    const a2 = chapterSpans(filmA.chapters)[1]!
    expect(
      entries.map((e) => [e.film, e.chapter, e.from, e.to, e.stops.map((s) => s.beat)]),
    ).toEqual([
      ['film-b', 'b1', 0, 5, ['p']],
      ['film-a', 'a1', 8, 20, ['y', 'z']],
      ['film-a', 'a2', 0, 10, ['end']],
    ])
    expect(entries[2]!.chapterStart).toBe(a2.start)
  })

  it('steps play to each stop and hold on its exact time, across films and chapters', async () => {
    const { log, stage: s } = stage()
    const p = new Presenter(talk.title, entries, s, {
      title: 'Demo talk',
      subtitle: null,
      notes: null,
    })
    await p.start()
    expect(p.state.index).toBe(-1)
    await p.next() // title card → b1's first stop
    await p.next() // b1 ends at its 'to' stop: straight to a1 from 'y', which is its first stop
    await p.next() // y → z
    await p.next() // z → rest of a1 → a2 from its start to its end stop (where its close begins)
    expect(log).toEqual([
      'film-b seek 0',
      'film-b play 0→5',
      'film-a seek 8',
      'film-a play 8→8',
      'film-a play 8→14',
      'film-a play 14→20',
      'film-a play 20→27',
    ])
    expect(p.state).toMatchObject({ index: 3, moving: false })
    await p.next() // the last stop: nothing further
    expect(p.state.index).toBe(3)
  })

  it('back jumps, Home and End jump, a digit jumps to a chapter; blank and sound toggle', async () => {
    const { log, stage: s } = stage()
    const p = new Presenter(talk.title, entries, s)
    await p.start()
    await p.last()
    await p.previous()
    await p.chapter(0)
    await p.first()
    expect(log).toEqual([
      'film-b seek 5',
      'film-a seek 27',
      'film-a seek 14',
      'film-b seek 5',
      'film-b seek 5',
    ])
    expect(p.state.blank).toBe(false)
    p.toggleBlank()
    expect(p.state.blank).toBe(true)
    expect(p.state.audio).toBe(false)
    p.toggleAudio()
    expect(p.state.audio).toBe(true)
  })

  it('notes: the narration on the way to each stop, its notes, the next stop’s first line', () => {
    const { stage: s } = stage()
    const p = new Presenter(talk.title, entries, s)
    const at = (i: number) => p.notesOf(i)!
    expect(at(0)).toMatchObject({ chapter: 'b1', narration: [], entryNotes: 'Open with B.' })
    expect(at(1)).toMatchObject({
      chapter: 'a1',
      beat: 'y',
      narration: [],
      chapterNotes: 'Chapter a1 notes.',
    })
    expect(at(2).narration).toEqual(['Line y.'])
    expect(at(3).narration).toEqual(['Line z.'])
    expect(p.snapshot()).toMatchObject({ index: 0, count: 4, next: { beat: 'y' } })
  })
})

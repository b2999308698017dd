import { beforeAll, describe, expect, it } from 'vitest'
import { films, loadFilm, scriptOf } from '../../src/sequences'
import { estimatedSeconds, wordCount } from '../../src/script/types'
import type { FilmDefinition } from '../../src/world/film'
import { bridgePlanOf } from '../../src/world/bridgePlan'
import { loadManifest } from '../../src/audio/manifests'
import { BRIDGE_MAP_STEP, mapSequenceLength } from '../../src/timeline/bridge'
import { MAP_SHEET } from '../../src/world/stagedKeys'
import { parseFilmState, stateTextOf } from '../../src/theatre/project'
import { StateFileError, stateFileOf, validateState } from '../../src/theatre/stateSchema'
import { chapterSpans, filmDuration } from '../../src/timeline/filmTime'
import { sourceDocument } from './sourceDocuments'
import { defaultSimParams } from '../../src/sim'

const STORYBOARD = sourceDocument('000_9076165c88dc8d61.txt')
/** A pause after a chapter's last word before its look at the map: the last line lands first. */
const MAP_BREATH_SECONDS = 0.3

describe.each(films.map((f) => f.script))('film $id', (script) => {
  let film: FilmDefinition
  // Loading a film's scenes transforms its whole folder and three.js: seconds on a busy machine.
  beforeAll(async () => {
    film = await loadFilm(script.id)
  }, 180_000)

  it('registry, script and Theatre state name the same chapters, in order', async () => {
    expect(film.chapters.map((c) => c.id)).toEqual(script.chapters.map((c) => c.id))
    expect(scriptOf(script.id)).toBe(script)
    const state = parseFilmState(script, await stateTextOf(script.id)) as { sheetsById: object }
    // A film with a map keeps its map's sheet after the chapters, its sequence as long as the
    // map's clock (so that keyframes on the map play at every bridge).
    expect(Object.keys(state.sheetsById)).toEqual([
      ...script.chapters.map((c) => c.id),
      ...(film.map ? [MAP_SHEET] : []),
    ])
    if (film.map) {
      const map = (state.sheetsById as Record<string, { sequence?: { length: number } }>)[MAP_SHEET]
      expect(map?.sequence?.length).toBeGreaterThanOrEqual(
        mapSequenceLength(script.chapters.length),
      )
    }
  })

  it('its simulations build with the default parameters and answer the same twice', async () => {
    const entry = films.find((f) => f.script.id === script.id)!
    const { sims } = await entry.sims()
    expect(sims.film).toBe(script.id)
    for (const chapter of script.chapters) {
      for (const [name, build] of Object.entries(sims.chapters[chapter.id] ?? {})) {
        // Out of order on one model, in order on another: a model is a function of t alone.
        const a = build(defaultSimParams)
        const b = build(defaultSimParams)
        const times = [chapter.duration, chapter.duration / 2, 0.5]
        const late = times.map((t) => JSON.stringify(a.stateAt(t)))
        const early = [...times].reverse().map((t) => JSON.stringify(b.stateAt(t)))
        expect(late, `${chapter.id} · ${name}`).toEqual(early.reverse())
      }
    }
  })

  it("narration ends before its chapter's closing look at the map begins", async () => {
    const plan = bridgePlanOf(film)
    if (!plan) return
    expect(plan.seconds).toBeLessThan(BRIDGE_MAP_STEP)
    const manifest = await loadManifest(script.id)
    const spoken = new Map(manifest?.lines.map((l) => [l.id, l.duration]) ?? [])
    for (const [i, chapter] of script.chapters.entries()) {
      if (!plan.after[i]) continue
      const last = chapter.narration[chapter.narration.length - 1]
      if (!last) continue
      const ends = last.at + (spoken.get(last.id) ?? estimatedSeconds(last))
      expect(ends, `${chapter.id}: its last line runs into the map`).toBeLessThanOrEqual(
        chapter.duration - plan.seconds - MAP_BREATH_SECONDS,
      )
    }
  })

  it('chapter ids are unique and url-safe', () => {
    const ids = script.chapters.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/)
  })

  it.each(script.chapters.map((c) => [c.id, c] as const))(
    'chapter %s: beats lie inside the chapter',
    (_, chapter) => {
      for (const [name, at] of Object.entries(chapter.beats)) {
        expect(at, name).toBeGreaterThanOrEqual(0)
        expect(at, name).toBeLessThan(chapter.duration)
      }
    },
  )

  it.each(script.chapters.map((c) => [c.id, c] as const))(
    'chapter %s: narration is in order and each line fits before the next at listening pace',
    (_, chapter) => {
      const ids = new Set<string>()
      chapter.narration.forEach((line, i) => {
        expect(ids.has(line.id), `duplicate line id ${line.id}`).toBe(false)
        ids.add(line.id)
        expect(line.text.trim().length, line.id).toBeGreaterThan(0)
        const next = chapter.narration[i + 1]
        const end = next ? next.at : chapter.duration
        expect(line.at + estimatedSeconds(line), `${line.id} overruns by`).toBeLessThanOrEqual(end)
      })
    },
  )
})

describe.skipIf(STORYBOARD === null)('zero-to-millions against the storyboard', () => {
  const script = scriptOf('zero-to-millions')
  const storyboard = STORYBOARD ?? ''

  it('keeps the storyboard voiceover lines of the chapters it has', () => {
    const narration = script.chapters.flatMap((c) => c.narration.map((l) => l.text)).join(' ')
    const quoted = [
      'Designing a system that supports millions of users is challenging.',
      "It's a journey that requires continuous refinement and endless improvement.",
      "Today, we'll build a system from a single user and gradually scale it to millions.",
      'But what happens when traffic grows?',
      'Stateless architecture enables true horizontal scaling',
      'Message queues enable asynchronous processing',
      'For large systems, automation is essential',
      'Congratulations! You now understand how to scale from zero to millions. Keep iterating and refining!',
    ]
    for (const q of quoted) {
      expect(storyboard).toContain(q)
      expect(narration).toContain(q)
    }
  })

  it('shows the storyboard example address and domain', () => {
    const text = script.chapters.flatMap((c) => c.narration.map((l) => l.text)).join(' ')
    for (const s of ['www.mysite.com', '15.125.23.214']) {
      expect(storyboard).toContain(s)
      expect(text).toContain(s)
    }
  })

  it("times each part close to the storyboard's share of the film", () => {
    // '**INTRODUCTION (1 minute)**', '**CHAPTER 1: SINGLE SERVER SETUP (2 minutes)**', …
    const minutes = [
      ...storyboard.matchAll(
        /^\*\*(?:INTRODUCTION|CHAPTER \d+:.*?|CONCLUSION.*?) \(([\d.]+) minutes?\)\*\*$/gm,
      ),
    ].map((m) => Number(m[1]))
    expect(minutes.length).toBe(14)
    // The storyboard's parts add up to 22.5 minutes while it asks for a 15–20 minute film, so
    // each part keeps its share of the whole rather than its minutes.
    const parts = minutes.slice(0, script.chapters.length)
    const storyboardTotal = parts.reduce((n, m) => n + m * 60, 0)
    const filmTotal = script.chapters.reduce((n, c) => n + c.duration, 0)
    script.chapters.forEach((chapter, i) => {
      const share = chapter.duration / filmTotal
      const target = (parts[i]! * 60) / storyboardTotal
      expect(share / target, chapter.id).toBeGreaterThanOrEqual(0.75)
      expect(share / target, chapter.id).toBeLessThanOrEqual(1.25)
    })
    expect(filmDuration(chapterSpans(script.chapters))).toBe(filmTotal)
  })

  it('runs between 15 and 20 minutes, every part of the storyboard included', () => {
    expect(script.chapters.length).toBe(14)
    const seconds = filmDuration(chapterSpans(script.chapters))
    expect(seconds).toBeGreaterThanOrEqual(15 * 60)
    expect(seconds).toBeLessThanOrEqual(20 * 60)
  })

  it('narration is paced for listening (110–160 words a minute over each chapter)', () => {
    for (const chapter of script.chapters) {
      const words = chapter.narration.reduce((n, l) => n + wordCount(l), 0)
      const wpm = (words / chapter.duration) * 60
      expect(wpm, chapter.id).toBeGreaterThan(70)
      expect(wpm, chapter.id).toBeLessThan(160)
    }
  })
})

describe('state files', async () => {
  const script = scriptOf('zero-to-millions')
  const good = JSON.parse((await stateTextOf(script.id))!) as {
    sheetsById: Record<
      string,
      {
        sequence: {
          length: number
          tracksByObject: Record<string, { trackIdByPropPath: Record<string, string> }>
        }
      }
    >
  }
  const copy = (): typeof good => structuredClone(good)

  it('the shipped state validates', () => {
    expect(() => validateState(good, script)).not.toThrow()
  })

  it('names the file and the problem for malformed JSON', () => {
    expect(() => parseFilmState(script, '{ "sheetsById": ')).toThrow(
      /state\/zero-to-millions\.theatre\.json.*not valid JSON/s,
    )
  })

  it('says how to mend a missing file', () => {
    expect(() => parseFilmState(script, undefined)).toThrow(/missing.*studio/s)
  })

  it('refuses a sheet that is no chapter', () => {
    const bad = copy()
    bad.sheetsById['chapter-99'] = bad.sheetsById['intro']!
    expect(() => validateState(bad, script)).toThrow(StateFileError)
    expect(() => validateState(bad, script)).toThrow(/sheet 'chapter-99' is not a chapter/)
  })

  it('refuses a sequence shorter than its chapter', () => {
    const bad = copy()
    bad.sheetsById['intro']!.sequence.length = 10
    expect(() => validateState(bad, script)).toThrow(/shorter than the chapter \(60 s\)/)
  })

  it('refuses a prop that points to a missing track', () => {
    const bad = copy()
    bad.sheetsById['intro']!.sequence.tracksByObject['Camera']!.trackIdByPropPath['["fov"]'] =
      'nope'
    expect(() => validateState(bad, script)).toThrow(/missing track 'nope'/)
  })

  it('refuses a file of the wrong shape, naming the path', () => {
    expect(() => validateState({ sheetsById: 3 }, script)).toThrow(/sheetsById/)
    expect(stateFileOf('x')).toBe('state/x.theatre.json')
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { films, scriptOf } from '../../src/sequences'
import { chapterSpans } from '../../src/timeline/filmTime'
import { launchBrowser, openPlayer, type PlayerPage } from './browser'
import {
  captionDefects,
  framingDefects,
  markMoving,
  overlapDefects,
  sampleTexts,
  sampleTimes,
  skewDefects,
  textDefects,
  type TextSample,
} from './textLayout'

/**
 * Every film is held to a clean text layout in `npm test`. `FILM=<id>` checks one film alone
 * (`npm run check:text-layout`), e.g. a new film while its frames are being laid out.
 */
const HELD = films.map((f) => f.script.id)
const SCRIPTS = (process.env.FILM ? [process.env.FILM] : HELD).map((id) => scriptOf(id))
/**
 * `CHAPTERS=a,b` checks only those chapters: a quick look while mending a few; the whole film
 * otherwise. An unknown id is refused, so a typo cannot pass as a clean chapter.
 */
const ONLY = process.env.CHAPTERS?.split(',')
  .map((id) => id.trim())
  .filter(Boolean)
const unknown = (ONLY ?? []).filter(
  (id) => !SCRIPTS.some((script) => script.chapters.some((c) => c.id === id)),
)
if (unknown.length > 0) {
  throw new Error(
    `CHAPTERS names ${unknown.join(', ')}, not a chapter of ${SCRIPTS.map((s) => s.id).join(' or ')}; ` +
      `use ids from: ${SCRIPTS.flatMap((s) => s.chapters.map((c) => c.id)).join(', ')}`,
  )
}
/**
 * A small canvas: boxes are measured in 1080p pixels whatever the canvas size, and a small one
 * draws fast on a CPU. The UI is on, so the captions are there to be measured too.
 */
const CANVAS = { width: 320, height: 180 }
/** The second look at a suspect frame, to tell a text at rest from one passing by. */
const REST_DELTA_SECONDS = 0.25

/**
 * The whole film as a viewer reads it: every 2 s and a moment after every beat, each text on
 * screen must stand clear of the others, inside the frame's safe area, square to the viewer,
 * and out from under the captions.
 */
/** With CHAPTERS, only the films that hold one of them. */
const FILMS = SCRIPTS.filter((s) => !ONLY || s.chapters.some((c) => ONLY.includes(c.id)))

describe.each(FILMS)('the text of every frame of $id', (SCRIPT) => {
  const CHECKED = SCRIPT.chapters.filter((c) => !ONLY || ONLY.includes(c.id))
  let browser: Browser
  let player: PlayerPage
  const samples: TextSample[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    player = await openPlayer(
      browser,
      `film=${SCRIPT.id}&w=${CANVAS.width}&h=${CANVAS.height}`,
      CANVAS,
    )
    const spans = chapterSpans(SCRIPT.chapters)
    for (const [i, span] of spans.entries()) {
      if (!CHECKED.some((c) => c.id === span.id)) continue
      const beats = Object.values(SCRIPT.chapters[i]!.beats)
      const first = await sampleTexts(player.page, sampleTimes(span, beats))
      // Only frames with a suspect need the second look that tells motion from rest.
      const suspects = first.filter(
        (s) => textDefects({ ...s, chapter: span.id, local: 0 }).length > 0,
      )
      const later = await sampleTexts(
        player.page,
        suspects.map((s) => s.at + REST_DELTA_SECONDS),
      )
      for (const s of first) {
        const next = later[suspects.indexOf(s)]
        samples.push({
          ...s,
          texts: next ? markMoving(s.texts, next.texts) : s.texts,
          chapter: span.id,
          local: s.at - span.start,
        })
      }
    }
  }, 900_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('samples text in every chapter', () => {
    for (const { id } of CHECKED) {
      const texts = samples.filter((s) => s.chapter === id).flatMap((s) => s.texts)
      expect(texts.length, `${id} shows no text at all`).toBeGreaterThan(0)
    }
    expect(player.errors).toEqual([])
  })

  it('never draws two texts over each other', () => {
    expect(samples.flatMap(overlapDefects)).toEqual([])
  })

  it('keeps every text at rest inside the safe area of the frame', () => {
    expect(samples.flatMap(framingDefects)).toEqual([])
  })

  it('draws text at rest square to the viewer', () => {
    expect(samples.flatMap((s) => skewDefects(s))).toEqual([])
  })

  it('keeps the captions off the scene text', () => {
    // The check must be able to fail: captions were on screen and measured.
    expect(samples.some((s) => s.captions.length > 0)).toBe(true)
    expect(samples.flatMap(captionDefects)).toEqual([])
  })
})

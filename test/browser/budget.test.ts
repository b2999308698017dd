import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { films } from '../../src/sequences'
import { drawCallsAt, launchBrowser, openPlayer, playerInfo, type PlayerPage } from './browser'

/**
 * Draw calls a frame may take. What repeats is instanced (traffic packets are one call per
 * chapter, small databases one per kind), so the busiest frame of the film takes about 175;
 * the budget keeps a chapter from drawing hundreds of meshes one by one.
 */
const DRAW_CALL_BUDGET = 200
/**
 * The smallest font any readable text may have on screen, in pixels of a 1080p frame. Text at
 * rest is at least the design's 36 px label size; this floor sits lower because a sample can
 * catch a label mid-entrance (a user card grows in from two-thirds of its size, ~25 px).
 */
const MIN_TEXT_PX = 24
/** Every this many seconds of the film is checked: finer than any beat's length. */
const STEP_SECONDS = 2

interface Sample {
  chapter: string
  at: number
  calls: number
  texts: { text: string; px: number }[]
}

/**
 * The film sampled every STEP_SECONDS, as a viewer would see it: for each frame, its draw calls
 * and the font size of every text on screen (`window.cinematic.textSizes()`).
 */
describe.each(films.map((f) => f.script.id))('every frame of %s', (film) => {
  let browser: Browser
  let player: PlayerPage
  const samples: Sample[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
    player = await openPlayer(browser, `film=${film}&ui=0&w=320&h=180`, {
      width: 320,
      height: 180,
    })
    const { chapters } = await playerInfo(player.page)
    for (const chapter of chapters) {
      for (let t = chapter.start + 1; t < chapter.end; t += STEP_SECONDS) {
        const calls = await drawCallsAt(player.page, t)
        const texts = await player.page.evaluate(() => window.cinematic!.textSizes())
        samples.push({ chapter: chapter.id, at: t, calls, texts })
      }
    }
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
  })

  it(`takes at most ${DRAW_CALL_BUDGET} draw calls`, () => {
    const busiest: Record<string, { calls: number; at: number }> = {}
    for (const { chapter, at, calls } of samples) {
      if (calls > (busiest[chapter]?.calls ?? -1)) busiest[chapter] = { calls, at }
    }
    console.log('busiest frames (draw calls @ film seconds):', JSON.stringify(busiest))
    for (const [id, { calls, at }] of Object.entries(busiest)) {
      // The budget must be able to fail: every chapter draws something.
      expect(calls, id).toBeGreaterThan(10)
      expect(calls, `${id} at ${at} s`).toBeLessThanOrEqual(DRAW_CALL_BUDGET)
    }
    expect(player.errors).toEqual([])
  })

  it(`shows no text smaller than ${MIN_TEXT_PX} px at 1080p`, () => {
    const chapters = new Set(samples.map((s) => s.chapter))
    for (const chapter of chapters) {
      // The floor must be able to fail: every chapter shows text.
      const texts = samples.filter((s) => s.chapter === chapter).flatMap((s) => s.texts)
      expect(texts.length, `${chapter} shows no text at all`).toBeGreaterThan(0)
    }
    const small = samples.flatMap(({ chapter, at, texts }) =>
      texts
        .filter((t) => t.px < MIN_TEXT_PX)
        .map((t) => `${chapter} at ${at.toFixed(1)} s: "${t.text.slice(0, 40)}" ${t.px} px`),
    )
    expect(small, 'text too small to read on a phone').toEqual([])
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drawCallsAt, launchBrowser, openPlayer, playerInfo, type PlayerPage } from './browser'

/**
 * Draw calls a frame may take. What repeats is instanced (traffic packets are one call per
 * chapter), so the busiest frame of the film today takes about 125; the budget leaves room for
 * the chapters still to come without letting a chapter draw thousands of meshes one by one.
 */
const DRAW_CALL_BUDGET = 200
/** Every this many seconds of the film is checked: finer than any beat's length. */
const STEP_SECONDS = 2

describe('draw-call budget', () => {
  let browser: Browser
  let player: PlayerPage
  beforeAll(async () => {
    browser = await launchBrowser()
    player = await openPlayer(browser, 'ui=0&w=320&h=180', { width: 320, height: 180 })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(`no frame of the film takes more than ${DRAW_CALL_BUDGET} draw calls`, async () => {
    const { chapters } = await playerInfo(player.page)
    const busiest: Record<string, { calls: number; at: number }> = {}
    for (const chapter of chapters) {
      let max = { calls: 0, at: chapter.start }
      for (let t = chapter.start + 1; t < chapter.end; t += STEP_SECONDS) {
        const calls = await drawCallsAt(player.page, t)
        if (calls > max.calls) max = { calls, at: t }
      }
      busiest[chapter.id] = max
      // The budget must be able to fail: every chapter draws something.
      expect(max.calls, chapter.id).toBeGreaterThan(10)
    }
    console.log('busiest frames (draw calls @ film seconds):', JSON.stringify(busiest))
    for (const [id, { calls, at }] of Object.entries(busiest)) {
      expect(calls, `${id} at ${at} s`).toBeLessThanOrEqual(DRAW_CALL_BUDGET)
    }
    expect(player.errors).toEqual([])
  })
})

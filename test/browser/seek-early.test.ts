import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, canvasPixels, launchBrowser, openPlayer, samePixels, seek } from './browser'

/**
 * `window.cinematic.seek(t)` promises the exact frame whenever it is called, also before the
 * page's `ready` has resolved (a script that starts as soon as `window.cinematic` exists).
 */
const QUERY = 'film=zero-to-millions&ui=0&w=640&h=360'
const VIEWPORT = { width: 640, height: 360 }
/** The staircase of the introduction: far from the empty floor the film opens on. */
const AT = 37.3

type EarlyWindow = Window & {
  cinematic?: { ready: Promise<void>; seek(t: number): Promise<void>; time: number }
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens the player and seeks as soon as window.cinematic exists; says whether ready was pending. */
async function seekEarly(query: string): Promise<{ page: Page; wasPending: boolean }> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  await page.goto(`${baseUrl()}/?${query}`)
  await page.waitForFunction(() => (window as EarlyWindow).cinematic !== undefined, undefined, {
    polling: 10,
    timeout: 0,
  })
  const wasPending = await page.evaluate(async (t) => {
    const c = (window as EarlyWindow).cinematic!
    const state = await Promise.race([
      c.ready.then(() => 'ready'),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 0)),
    ])
    await c.seek(t)
    return state === 'pending'
  }, AT)
  return { page, wasPending }
}

describe('seek before ready', () => {
  it('resolves with exactly the frame a seek after ready gives, even when the URL names another start', async () => {
    const reference = await openPlayer(browser, QUERY, VIEWPORT)
    await seek(reference.page, AT)
    const expected = await canvasPixels(reference.page)
    await reference.page.close()

    for (const query of [QUERY, `${QUERY}&t=5`]) {
      const { page, wasPending } = await seekEarly(query)
      try {
        expect(wasPending, `${query}: seek was called before ready`).toBe(true)
        expect(samePixels(await canvasPixels(page), expected), query).toBe(true)
        expect(await page.evaluate(() => (window as EarlyWindow).cinematic!.time)).toBeCloseTo(
          AT,
          6,
        )
      } finally {
        await page.close()
      }
    }
  }, 600_000)
})

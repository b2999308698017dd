import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { films } from '../../src/sequences'
import { chapterSpans, filmDuration } from '../../src/timeline/filmTime'
import {
  canvasPixels,
  imageStats,
  launchBrowser,
  openPlayer,
  pixelDifference,
  playerInfo,
  samePixels,
  seek,
} from './browser'

/**
 * Every film of the registry, as a viewer gets it: it loads with no errors, a time drawn twice
 * gives the same pixels, and every chapter's midpoint shows something of its own. A film is
 * covered here the moment it is registered (`npm run new-film` registers it).
 */

/** Pixel checks use a small fixed canvas so that software GL draws each frame quickly. */
const CLEAN_SMALL = 'ui=0&w=640&h=360'
/**
 * A frame whose luminance spread is below this is "blank": the empty stage (the background
 * gradient and the floor grid) measures about 5 at 640×360, a frame with titles or diagrams 20
 * and more; the sparsest chapter midpoint, the conclusion's diagram as its first pieces arrive
 * in a close shot, about 15.
 */
const BLANK_LUMA_STDDEV = 12
/** Two chapters' midpoints must differ in more than this share of pixels. */
const DISTINCT_CHAPTERS = 0.02

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe.each(films.map((f) => f.script))('film $id', (script) => {
  const spans = chapterSpans(script.chapters)

  test('loads with no console errors or page errors, and draws every chapter', async () => {
    const { page, errors } = await openPlayer(browser, `film=${script.id}&${CLEAN_SMALL}`)
    try {
      const info = await playerInfo(page)
      expect(info.film).toBe(script.id)
      expect(info.duration).toBe(filmDuration(spans))
      expect(info.chapters.map((c) => c.id)).toEqual(script.chapters.map((c) => c.id))
      // A frame in every chapter, so anything that fails only once a scene runs shows up.
      for (const span of spans) await seek(page, span.start + 0.5)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  test('a time drawn twice gives the same pixels; chapter midpoints are not blank and differ', async () => {
    const { page } = await openPlayer(browser, `film=${script.id}&${CLEAN_SMALL}`, {
      width: 640,
      height: 360,
    })
    try {
      const first = spans[0]!
      const t = Math.min(first.start + 5, (first.start + first.end) / 2)
      await seek(page, t)
      const once = await canvasPixels(page)
      await seek(page, spans[spans.length - 1]!.end - 0.5)
      await seek(page, t)
      const again = await canvasPixels(page)
      expect(
        samePixels(once, again),
        `${t} s drawn twice differs in ${(pixelDifference(once, again) * 100).toFixed(3)}% of pixels`,
      ).toBe(true)

      let previous: { id: string; pixels: Buffer } | null = null
      for (const span of spans) {
        const mid = (span.start + span.end) / 2
        await seek(page, mid)
        const pixels = await canvasPixels(page)
        expect(imageStats(pixels).lumaStdDev, `${span.id} at ${mid} s looks blank`).toBeGreaterThan(
          BLANK_LUMA_STDDEV,
        )
        if (previous) {
          expect(
            pixelDifference(previous.pixels, pixels, 8),
            `${span.id}'s midpoint looks like ${previous.id}'s`,
          ).toBeGreaterThan(DISTINCT_CHAPTERS)
        }
        previous = { id: span.id, pixels }
      }
    } finally {
      await page.close()
    }
  })
})

import type { Browser } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { films, loadFilm } from '../../src/sequences'
import { BRIDGE_FADE_SECONDS } from '../../src/timeline/bridge'
import {
  canvasPixels,
  imageStats,
  keptFraction,
  launchBrowser,
  openPlayer,
  pixelDifference,
  seek,
} from './browser'

/** The title of a bridge (what its chapter added) changes every time: its band is not compared. */
const TITLE_BAND = 0.2
/**
 * Share of what one map draws that the next must draw the same. Below 1 because a few pieces
 * are meant to change (one database becomes master and replicas, then shards; names grow).
 */
const MIN_KEPT = 0.8
/** A bridge must add something visible: more than this share of the frame changes. */
const MIN_GROWTH = 0.002
/** As in player.test.ts: a frame with less luminance spread than this is blank. */
const BLANK_LUMA_STDDEV = 12

/** The control: the same map moved this far sideways must score well under MIN_KEPT. */
const MOVE_PX = 6
/** Measured at 0.23–0.35 for 640×360 maps; real bridges keep 0.84 and more. */
const MAX_KEPT_MOVED = 0.5

/** `png` moved `dx` pixels to the right, the uncovered strip filled with its first column. */
function shifted(png: Buffer, dx: number): Buffer {
  const image = PNG.sync.read(png)
  const out = new PNG({ width: image.width, height: image.height })
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const from = (y * image.width + Math.max(0, x - dx)) * 4
      image.data.copy(out.data, (y * image.width + x) * 4, from, from + 4)
    }
  }
  return PNG.sync.write(out)
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe.each(films.map((f) => f.script.id))('the architecture map of %s', (film) => {
  test('every chapter that builds something ends on the map, which keeps what was built where it was and adds the new piece', async () => {
    const player = await openPlayer(browser, `film=${film}&ui=0&w=640&h=360`, {
      width: 640,
      height: 360,
    })
    const { page } = player
    try {
      // Where the page itself says its map shows: a film without a map has none to check.
      const maps = await page.evaluate(() => window.cinematic!.maps)
      // Each bridge's shot (src/world/map/MapFraming.tsx): the map's own camera unless it has one.
      const { map } = await loadFilm(film)
      const shotOf = (id: string) =>
        JSON.stringify(map?.shots?.[id] ?? { target: map?.camera.target, scale: 1 })
      const scaleOf = (id: string) => map?.shots?.[id]?.scale ?? 1
      let previous: { id: string; pixels: Buffer } | null = null
      for (const span of maps) {
        // Fully up: after its rise and before its dip into the next chapter.
        const t = span.end - BRIDGE_FADE_SECONDS - 0.1
        await seek(page, t)
        const pixels = await canvasPixels(page)
        expect(
          imageStats(pixels).lumaStdDev,
          `map after ${span.after} looks blank`,
        ).toBeGreaterThan(BLANK_LUMA_STDDEV)
        // The chapter itself, just before its bridge, is not the map.
        await seek(page, span.start - 0.1)
        const chapter = await canvasPixels(page)
        expect(
          pixelDifference(chapter, pixels, 8),
          `${span.after}: no map at ${t} s`,
        ).toBeGreaterThan(0.05)
        if (previous && shotOf(previous.id) !== shotOf(span.after)) {
          // A new shot frames a bigger map: it may only stand back, never come closer.
          expect(
            scaleOf(span.after),
            `map after ${span.after} comes closer than the one after ${previous.id}`,
          ).toBeGreaterThanOrEqual(scaleOf(previous.id))
        } else if (previous) {
          const kept = keptFraction(previous.pixels, pixels, TITLE_BAND)
          // The measure tells: the same map moved a few pixels keeps far less than a real bridge.
          expect(
            keptFraction(previous.pixels, shifted(previous.pixels, MOVE_PX), TITLE_BAND),
          ).toBeLessThan(MAX_KEPT_MOVED)
          expect(kept, `map after ${span.after} moved what ${previous.id} left`).toBeGreaterThan(
            MIN_KEPT,
          )
        }
        if (previous) {
          expect(
            pixelDifference(previous.pixels, pixels, 8),
            `map after ${span.after} adds nothing to the map after ${previous.id}`,
          ).toBeGreaterThan(MIN_GROWTH)
        }
        previous = { id: span.after, pixels }
      }
      expect(player.errors).toEqual([])
    } finally {
      await page.close()
    }
  })
})

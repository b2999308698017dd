import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  baseUrl,
  canvasPixels,
  launchBrowser,
  openPlayer,
  playerInfo,
  samePixels,
  seek,
  type PlayerPage,
} from './browser'
import { scriptOf } from '../../src/sequences'
import { chapterSpans, filmDuration } from '../../src/timeline/filmTime'
import { formatClock } from '../../src/timeline/frames'

/** The film under test, and its length as the player shows it. */
const SCRIPT = scriptOf('zero-to-millions')
const DURATION = filmDuration(chapterSpans(SCRIPT.chapters))
const DURATION_TEXT = formatClock(DURATION)

/**
 * The player as a viewer uses it: the production build in headless Chromium, driven through
 * its controls, its keys, its URL and, for frame checks, `window.cinematic`.
 */

const FILM = 'zero-to-millions'
/** One frame at the default 60 fps: how close a seek must land. */
const FRAME = 1 / 60
/** Pixel checks use a small fixed canvas so that SwiftShader draws each frame quickly. */
const CLEAN_SMALL = 'ui=0&w=640&h=360'
/** Generous for a seek or a React commit on a loaded 2-core machine, short for a real hang. */
const POLL = { timeout: 15_000, interval: 50 }

/** The page's globals, typed locally (src declares its own; these only read them). */
type TestWindow = Window & {
  cinematic?: { time: number; playing: boolean }
  cinematicError?: string
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Opens the player at `?query`, runs `body`, and then checks that the page logged no console
 * error and threw nothing the whole time (the helper already drops Chromium's favicon 404).
 */
async function withPlayer(
  query: string,
  body: (player: PlayerPage) => Promise<void>,
  viewport = { width: 1280, height: 720 },
): Promise<void> {
  const player = await openPlayer(browser, query, viewport)
  try {
    await body(player)
    expect(player.errors, 'console errors / page errors').toEqual([])
  } finally {
    await player.page.close()
  }
}

/** The playhead, in film seconds. */
function timeOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = (window as TestWindow).cinematic
    if (!c) throw new Error('window.cinematic is not defined')
    return c.time
  })
}

function playingOf(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const c = (window as TestWindow).cinematic
    if (!c) throw new Error('window.cinematic is not defined')
    return c.playing
  })
}

/** Waits until the playhead is within one frame of `seconds`. */
async function expectTime(page: Page, seconds: number): Promise<void> {
  await expect
    .poll(async () => Math.abs((await timeOf(page)) - seconds), {
      ...POLL,
      message: `playhead should reach ${seconds} s`,
    })
    .toBeLessThanOrEqual(FRAME)
}

/** `0:05.0 / 3:00.0` → [5, 180]. */
function parseTimeText(text: string | null): [number, number] {
  const m = /^(\d+):(\d\d\.\d) \/ (\d+):(\d\d\.\d)$/.exec((text ?? '').trim())
  if (!m) throw new Error(`time display does not read m:ss.s / m:ss.s: ${JSON.stringify(text)}`)
  return [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])]
}

async function timeText(page: Page): Promise<string> {
  return (await page.getByTestId('time').textContent()) ?? ''
}

/** Whether the fullscreen element is the player (the element that holds the film's canvas). */
function playerIsFullscreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.fullscreenElement
    return el !== null && el.querySelector('canvas') !== null
  })
}

describe('loading', () => {
  test('the default film loads with no console errors or page errors', async () => {
    await withPlayer('', async ({ page, errors }) => {
      const info = await playerInfo(page)
      expect(info.film).toBe(FILM)
      expect(info.duration).toBe(DURATION)
      expect(info.chapters.map((c) => c.id)).toEqual(SCRIPT.chapters.map((c) => c.id))
      expect(info.time).toBe(0)
      expect(info.playing).toBe(false)
      await expect(page.getByTestId('frame').locator('canvas').count()).resolves.toBe(1)
      expect(await page.getByTestId('controls').isVisible()).toBe(true)
      // Draw a frame in each chapter, so anything that only fails once the scene runs shows up.
      await seek(page, 30)
      await seek(page, 120)
      expect(errors).toEqual([])
    })
  })
})

// Frames of every film (same time twice, chapter midpoints): see films.test.ts.

describe('simulation parameters', () => {
  test('setSim redraws the frame with the new parameters, and refuses an invalid one', async () => {
    await withPlayer(CLEAN_SMALL, async ({ page }) => {
      const { chapters } = await playerInfo(page)
      const cache = chapters.find((c) => c.id === 'cache')!
      // Well into the simulated traffic, where the hit rate and the eviction queue show.
      await seek(page, cache.start + 90)
      const before = await canvasPixels(page)
      await page.evaluate(() =>
        (window as TestWindow).cinematic!.setSim({ cache: 2, eviction: 'fifo' }),
      )
      expect(await page.evaluate(() => (window as TestWindow).cinematic!.sim)).toMatchObject({
        cache: 2,
        eviction: 'fifo',
      })
      const smaller = await canvasPixels(page)
      expect(samePixels(before, smaller), 'a 2-entry FIFO cache drew the same frame').toBe(false)

      const refused = await page.evaluate(() =>
        (window as TestWindow).cinematic!.setSim({ cache: -3 }).then(
          () => 'accepted',
          (e: Error) => e.message,
        ),
      )
      expect(refused).toMatch(/sim\.cache="-3".*whole number from 1 to 1000/)
      expect(await page.evaluate(() => (window as TestWindow).cinematic!.sim)).toMatchObject({
        cache: 2,
      })

      await page.evaluate(() =>
        (window as TestWindow).cinematic!.setSim({ cache: 100, eviction: 'lru' }),
      )
      expect((await canvasPixels(page)).equals(before), 'back to the defaults, same frame').toBe(
        true,
      )
    })
  })
})

describe('controls', () => {
  test('play starts and pauses playback and the time display follows', async () => {
    await withPlayer('t=10', async ({ page }) => {
      const play = page.getByTestId('play')
      await expectTime(page, 10)
      await expect.poll(() => timeText(page), POLL).toBe(`0:10.0 / ${DURATION_TEXT}`)
      expect(await play.getAttribute('aria-label')).toBe('Play')
      expect(await playingOf(page)).toBe(false)

      await play.click()
      await expect.poll(() => playingOf(page), POLL).toBe(true)
      expect(await play.getAttribute('aria-label')).toBe('Pause')
      // The playhead follows wall time; SwiftShader's slow frames only make it move in steps.
      await page.waitForTimeout(1000)
      await expect.poll(() => timeOf(page), POLL).toBeGreaterThan(10.5)
      await expect.poll(() => timeText(page), POLL).not.toBe(`0:10.0 / ${DURATION_TEXT}`)
      expect(parseTimeText(await timeText(page))[0]).toBeGreaterThan(10)

      await play.click()
      await expect.poll(() => playingOf(page), POLL).toBe(false)
      expect(await play.getAttribute('aria-label')).toBe('Play')
      const stopped = await timeOf(page)
      await page.waitForTimeout(400)
      expect(await timeOf(page)).toBe(stopped)
      // Paused, the display shows the playhead (to a tenth, rounded from the frame drawn).
      const [shown, total] = parseTimeText(await timeText(page))
      expect(total).toBe(DURATION)
      expect(Math.abs(shown - stopped)).toBeLessThanOrEqual(0.05 + FRAME)

      // Space with the play button still focused must toggle once, not twice (key + click).
      await page.keyboard.press(' ')
      await expect.poll(() => playingOf(page), POLL).toBe(true)
      await page.waitForTimeout(300)
      expect(await playingOf(page)).toBe(true)
      await page.keyboard.press(' ')
      await expect.poll(() => playingOf(page), POLL).toBe(false)
    })
  })

  test('the scrubber seeks, by value and by a click on the bar', async () => {
    await withPlayer('', async ({ page }) => {
      const scrubber = page.getByTestId('scrubber')
      expect(await scrubber.getAttribute('max')).toBe(String(DURATION))

      await scrubber.fill('90') // sets the value and fires input and change, as a drag does
      await expectTime(page, 90)
      await expect.poll(() => timeText(page), POLL).toBe(`1:30.0 / ${DURATION_TEXT}`)

      const box = await scrubber.boundingBox()
      if (!box) throw new Error('the scrubber has no box')
      await scrubber.click({ position: { x: box.width * 0.75, y: box.height / 2 } })
      // Three quarters along the bar; the thumb's width blurs it by a second or so.
      await expect
        .poll(async () => Math.abs((await timeOf(page)) - DURATION * 0.75), POLL)
        .toBeLessThanOrEqual(DURATION / 60)
      // The bar shows the drawn frame's time, which follows once the seek has drawn.
      await expect
        .poll(
          async () => Math.abs((await timeOf(page)) - Number(await scrubber.inputValue())),
          POLL,
        )
        .toBeLessThanOrEqual(FRAME)
      const value = Number(await scrubber.inputValue())
      const [shown] = parseTimeText(await timeText(page))
      expect(Math.abs(shown - value)).toBeLessThanOrEqual(0.05 + FRAME)
    })
  })

  test('the chapter list jumps to a chapter, and the bar marks each chapter start', async () => {
    await withPlayer('', async ({ page }) => {
      const { chapters, duration } = await playerInfo(page)
      const markers = page.getByTestId('chapter-marker')
      expect(await markers.count()).toBe(chapters.length - 1)
      const lefts = await markers.evaluateAll((els) =>
        els.map((el) => parseFloat((el as HTMLElement).style.left)),
      )
      chapters.slice(1).forEach((c, i) => {
        expect(lefts[i]).toBeCloseTo((c.start / duration) * 100, 2)
      })

      const toggle = page.getByTestId('chapters')
      const list = page.getByTestId('chapter-list')
      expect(await list.count()).toBe(0)
      await toggle.click()
      await list.waitFor({ state: 'visible' })
      expect(await toggle.getAttribute('aria-pressed')).toBe('true')
      const ids = await list
        .locator('button[data-chapter]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-chapter')))
      expect(ids).toEqual(chapters.map((c) => c.id))

      await list.locator('[data-chapter="single-server"]').click()
      await expectTime(page, 60)
      await expect.poll(() => timeText(page), POLL).toBe(`1:00.0 / ${DURATION_TEXT}`)
      await list.waitFor({ state: 'detached' })

      await toggle.click()
      const current = list.locator('[data-chapter="single-server"]')
      await current.waitFor({ state: 'visible' })
      expect(await current.getAttribute('aria-current')).toBe('true')
      await list.locator('[data-chapter="intro"]').click()
      await expectTime(page, 0)
    })
  })

  test('CC hides and shows the captions', async () => {
    await withPlayer('t=5', async ({ page }) => {
      await expectTime(page, 5)
      const cc = page.getByTestId('cc')
      const captions = page.getByTestId('captions')
      await captions.waitFor({ state: 'visible' })
      expect(await captions.getAttribute('data-cue')).toMatch(/^intro-/)
      expect((await captions.textContent())?.trim()).not.toBe('')
      expect(await cc.getAttribute('aria-pressed')).toBe('true')

      await cc.click()
      await captions.waitFor({ state: 'detached' })
      expect(await cc.getAttribute('aria-pressed')).toBe('false')

      await cc.click()
      await captions.waitFor({ state: 'visible' })
      expect(await cc.getAttribute('aria-pressed')).toBe('true')
    })
  })

  test('the full-screen button puts the player in full screen and takes it out', async () => {
    await withPlayer('', async ({ page }) => {
      expect(await playerIsFullscreen(page)).toBe(false)
      await page.getByTestId('fullscreen').click()
      await expect.poll(() => playerIsFullscreen(page), POLL).toBe(true)
      await page.getByTestId('fullscreen').click()
      await expect.poll(() => playerIsFullscreen(page), POLL).toBe(false)
    })
  })
})

describe('keys', () => {
  test('space, arrows, digits, c and f', async () => {
    await withPlayer('t=10', async ({ page }) => {
      const { keyboard } = page
      await expectTime(page, 10)

      await keyboard.press('ArrowRight')
      await expectTime(page, 15)
      await keyboard.press('ArrowLeft')
      await expectTime(page, 10)

      await keyboard.press('1')
      await expectTime(page, 60)
      await keyboard.press('0')
      await expectTime(page, 0)

      await keyboard.press(' ')
      await expect.poll(() => playingOf(page), POLL).toBe(true)
      await keyboard.press(' ')
      await expect.poll(() => playingOf(page), POLL).toBe(false)

      await seek(page, 5)
      const captions = page.getByTestId('captions')
      await captions.waitFor({ state: 'visible' })
      await keyboard.press('c')
      await captions.waitFor({ state: 'detached' })
      await keyboard.press('c')
      await captions.waitFor({ state: 'visible' })

      await keyboard.press('f')
      await expect.poll(() => playerIsFullscreen(page), POLL).toBe(true)
      await keyboard.press('f')
      await expect.poll(() => playerIsFullscreen(page), POLL).toBe(false)
    })
  })
})

describe('deep links', () => {
  test('chapter=single-server&t=10 starts 10 s into that chapter (70 s)', async () => {
    await withPlayer('chapter=single-server&t=10', async ({ page }) => {
      await expectTime(page, 70)
      await expect.poll(() => timeText(page), POLL).toBe(`1:10.0 / ${DURATION_TEXT}`)
    })
  })

  test('t=1:30 starts at 90 s', async () => {
    await withPlayer('t=1:30', async ({ page }) => {
      await expectTime(page, 90)
      await expect.poll(() => timeText(page), POLL).toBe(`1:30.0 / ${DURATION_TEXT}`)
    })
  })

  test('ui=0 shows the film alone: no controls, no captions', async () => {
    // At 5 s a caption is up (see the CC test), so only ui=0 can explain its absence.
    await withPlayer('ui=0&t=5', async ({ page }) => {
      await expectTime(page, 5)
      expect(await page.locator('canvas').count()).toBe(1)
      expect(await page.getByTestId('controls').count()).toBe(0)
      expect(await page.getByTestId('captions').count()).toBe(0)
      expect(await page.getByTestId('scrubber').count()).toBe(0)
    })
  })
})

describe('bad input', () => {
  /** Opens a page expected to show the error screen instead of the film. */
  async function openBroken(query: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const consoleErrors: string[] = []
    const pageErrors: string[] = []
    page.on('console', (msg) => {
      // As the helper does: Chromium's own favicon request is not the page's doing.
      if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico')) {
        consoleErrors.push(msg.text())
      }
    })
    page.on('pageerror', (err) => pageErrors.push(err.message))
    await page.goto(`${baseUrl()}/?${query}`, { waitUntil: 'load' })
    await page.getByTestId('error').waitFor({ state: 'visible', timeout: 30_000 })
    return { page, consoleErrors, pageErrors }
  }

  test.each([
    ['film=nope', ["'nope'", FILM]],
    ['chapter=nope', ["'nope'", 'intro', 'single-server']],
    ['w=abc&h=100', ["'w=abc'"]],
    ['t=9999', ["'t'", String(DURATION)]],
    ['sim.eviction=random', ['sim.eviction', 'lru, lfu, fifo']],
  ])('?%s shows an error screen that says what is wrong', async (query, mentions) => {
    const { page, consoleErrors, pageErrors } = await openBroken(query)
    try {
      const error = page.getByTestId('error')
      expect(await error.getAttribute('role')).toBe('alert')
      const shown = (await error.textContent()) ?? ''
      const { message, hasApi } = await page.evaluate(() => ({
        message: (window as TestWindow).cinematicError,
        hasApi: (window as TestWindow).cinematic !== undefined,
      }))
      for (const text of mentions) {
        expect(shown).toContain(text)
        expect(message).toContain(text)
      }
      expect(hasApi).toBe(false)
      expect(await page.locator('canvas').count()).toBe(0)
      // The page logs its message once on purpose; nothing else.
      expect(consoleErrors).toEqual([message])
      expect(pageErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})

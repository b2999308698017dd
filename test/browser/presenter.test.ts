import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, canvasPixels, imageStats, launchBrowser, samePixels } from './browser'

/**
 * Presenter mode as a speaker uses it: keys step from stop to stop and hold, back and forward
 * return the same frames, B blanks, the notes window follows and drives, a talk plays its
 * chapters in its order, and an embed keeps to its chapter.
 */

const SIZE = { width: 640, height: 360 }
/** Opening a film and drawing its first frame on software GL takes tens of seconds. */
const OPEN_MS = 150_000
const STEP_MS = 90_000

interface Stop {
  index: number
  entry: number
  chapter: string
  beat: string
  time: number
}
interface State {
  index: number
  moving: boolean
  blank: boolean
  audio: boolean
  startedAt: number | null
}
type PresenterWindow = Window & {
  cinematic?: { time: number; playing: boolean; ready: Promise<void> }
  cinematicPresenter?: { state: State; stops: Stop[]; ready: Promise<void> }
  cinematicError?: string
}

async function openPresenter(
  browser: Browser,
  query: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: SIZE, deviceScaleFactor: 1 })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text())
  })
  await page.goto(`${baseUrl()}/?${query}&w=${SIZE.width}&h=${SIZE.height}`)
  await page.waitForFunction(
    () => {
      const w = window as PresenterWindow
      return w.cinematicPresenter !== undefined || w.cinematicError !== undefined
    },
    undefined,
    { timeout: OPEN_MS },
  )
  const error = await page.evaluate(() => (window as PresenterWindow).cinematicError)
  expect(error).toBeUndefined()
  await page.evaluate(async () => {
    const w = window as PresenterWindow
    await w.cinematicPresenter!.ready
    await w.cinematic!.ready
  })
  return { page, errors }
}

const state = (page: Page) =>
  page.evaluate(() => ({
    ...(window as PresenterWindow).cinematicPresenter!.state,
    time: (window as PresenterWindow).cinematic!.time,
  }))
const stops = (page: Page) =>
  page.evaluate(() => (window as PresenterWindow).cinematicPresenter!.stops)

/** Presses a key and waits until the presentation holds again. */
async function press(page: Page, key: string): Promise<State & { time: number }> {
  await page.keyboard.press(key)
  await page.waitForFunction(
    () => !(window as PresenterWindow).cinematicPresenter!.state.moving,
    undefined,
    {
      timeout: STEP_MS,
    },
  )
  return state(page)
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('presenter mode on a film', () => {
  it(
    'steps through the stops in order and holds on each, back and forward give the same frames, B blanks, fields keep their keys',
    async () => {
      const { page, errors } = await openPresenter(
        browser,
        'film=zero-to-millions&present=1&chapter=message-queue',
      )
      const all = await stops(page)
      const mq = all.filter((s) => s.chapter === 'message-queue')
      expect(mq.map((s) => s.beat)).toEqual(['queue-in', 'photo', 'scaling', 'decoupled'])

      // Held on the chapter's first stop, exactly; time does not move while held.
      let now = await state(page)
      expect(now).toMatchObject({ index: mq[0]!.index, moving: false, time: mq[0]!.time })
      const first = await canvasPixels(page)
      await page.waitForTimeout(1500)
      expect((await state(page)).time).toBe(mq[0]!.time)
      expect(samePixels(first, await canvasPixels(page))).toBe(true)
      // Nothing for the speaker on the projected frame: no counter, no clock, no controls.
      expect(await page.locator('[data-testid=frame]').innerText()).toBe('')

      // Clicker keys play to the next stop and hold there, on its exact time.
      now = await press(page, 'ArrowRight')
      expect(now).toMatchObject({ index: mq[1]!.index, time: mq[1]!.time })
      const second = await canvasPixels(page)
      expect(samePixels(first, second)).toBe(false)
      now = await press(page, 'PageDown')
      expect(now).toMatchObject({ index: mq[2]!.index, time: mq[2]!.time })
      const third = await canvasPixels(page)

      // Back jumps to the stop before; forward plays to the same stop: the same frames.
      now = await press(page, 'ArrowLeft')
      expect(now).toMatchObject({ index: mq[1]!.index, time: mq[1]!.time })
      expect(samePixels(second, await canvasPixels(page))).toBe(true)
      now = await press(page, ' ')
      expect(now).toMatchObject({ index: mq[2]!.index, time: mq[2]!.time })
      expect(samePixels(third, await canvasPixels(page))).toBe(true)

      // B blanks the whole frame to black, and back.
      await page.keyboard.press('b')
      const blank = imageStats(await page.locator('[data-testid=frame]').screenshot())
      expect(blank.contentFraction).toBe(0)
      expect(blank.lumaStdDev).toBe(0)
      const pixel = await page.evaluate(
        () => getComputedStyle(document.querySelector('[data-testid=blank]')!).backgroundColor,
      )
      expect(pixel).toBe('rgb(0, 0, 0)')
      await page.keyboard.press('.')
      expect(await page.locator('[data-testid=blank]').count()).toBe(0)
      expect((await state(page)).audio).toBe(false)

      // A key typed into a field, or into the studio's shadow DOM, is not a step.
      await page.evaluate(() => {
        const input = document.createElement('input')
        input.id = 'probe-field'
        document.body.append(input)
        const host = document.createElement('div')
        host.id = 'theatrejs-studio-root'
        const button = document.createElement('button')
        button.id = 'probe-studio'
        host.attachShadow({ mode: 'open' }).append(button)
        document.body.append(host)
      })
      await page.focus('#probe-field')
      await page.keyboard.press('ArrowRight')
      await page.evaluate(() =>
        (
          document
            .querySelector('#theatrejs-studio-root')!
            .shadowRoot!.querySelector('button') as HTMLElement
        ).focus(),
      )
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('b')
      now = await state(page)
      expect(now).toMatchObject({ index: mq[2]!.index, time: mq[2]!.time, blank: false })
      expect(errors).toEqual([])
      await page.close()
    },
    6 * 60_000,
  )

  it(
    'the notes window follows the presentation and drives it',
    async () => {
      const { page, errors } = await openPresenter(
        browser,
        'film=zero-to-millions&present=1&chapter=multi-dc',
      )
      const mdc = (await stops(page)).filter((s) => s.chapter === 'multi-dc')
      const popup = page.waitForEvent('popup')
      await page.keyboard.press('s')
      const notes = await popup
      const counter = notes.locator('[data-testid=notes-counter]')
      await counter.waitFor({ timeout: OPEN_MS })
      const count = (await stops(page)).length
      expect(await counter.innerText()).toBe(`Stop ${mdc[0]!.index + 1} / ${count}`)
      expect(await notes.locator('[data-testid=notes-where]').innerText()).toContain(
        'Multiple data centres',
      )
      expect(await notes.locator('[data-testid=notes-next-line]').innerText()).toMatch(/\w/)

      // A click in the notes window moves the projected one…
      // (Generous timeouts: the notes window builds its own copy of the film for the preview.)
      await notes.locator('[data-testid=notes-next]').click({ timeout: STEP_MS })
      await page.waitForFunction(
        (i) => {
          const s = (window as PresenterWindow).cinematicPresenter!.state
          return s.index === i && !s.moving
        },
        mdc[1]!.index,
        { timeout: STEP_MS },
      )
      expect((await state(page)).time).toBe(mdc[1]!.time)
      // …and a key in the projected window moves the notes.
      await press(page, 'ArrowLeft')
      await notes.waitForFunction(
        (text) => document.querySelector('[data-testid=notes-counter]')?.textContent === text,
        `Stop ${mdc[0]!.index + 1} / ${count}`,
        { timeout: STEP_MS },
      )
      // Blank from the notes window.
      await notes.locator('[data-testid=notes-blank]').click({ timeout: STEP_MS })
      await page.locator('[data-testid=blank]').waitFor({ timeout: STEP_MS })
      expect(errors).toEqual([])
      await notes.close()
      await page.close()
    },
    6 * 60_000,
  )
})

describe('a talk', () => {
  it(
    'opens on its title card and plays its chapters in its order, from and to the stops it names',
    async () => {
      const { page, errors } = await openPresenter(browser, 'talk=how-systems-grow')
      const all = await stops(page)
      const chapters = [...new Set(all.map((s) => `${s.entry}:${s.chapter}`))]
      // Chapters of two films: the short-video platform's caches between zero-to-millions' chapters.
      expect(chapters).toEqual([
        '0:single-server',
        '1:cache',
        '2:load-balancer',
        '3:caching',
        '4:conclusion',
      ])
      // single-server ends at 'json'; cache starts at 'check-first'; conclusion at 'lesson-services'.
      expect(all.filter((s) => s.entry === 0).at(-1)!.beat).toBe('json')
      expect(all.find((s) => s.entry === 1)!.beat).toBe('check-first')
      expect(all.find((s) => s.entry === 4)!.beat).toBe('lesson-services')
      expect((await state(page)).index).toBe(-1)
      expect(await page.locator('[data-testid=title-card]').innerText()).toContain(
        'How systems grow',
      )

      // The first step leaves the title card for the first chapter's first stop.
      let now = await press(page, 'Enter')
      expect(now).toMatchObject({ index: 0, time: all[0]!.time })
      expect(await page.locator('[data-testid=title-card]').count()).toBe(0)
      // A digit jumps to a chapter of the talk; back from there is the stop the talk left before.
      now = await press(page, '1')
      const cache = all.find((s) => s.entry === 1)!
      expect(now).toMatchObject({ index: cache.index, time: cache.time })
      now = await press(page, 'PageUp')
      expect(now).toMatchObject({ index: cache.index - 1, time: all[cache.index - 1]!.time })
      // From the stop a chapter ends on, next cuts to where the next chapter starts.
      now = await press(page, 'PageDown')
      expect(now).toMatchObject({ index: cache.index, time: cache.time })
      // Across films: a digit jumps into the short-video platform's chapter, drawn by its film.
      now = await press(page, '3')
      const caching = all.find((s) => s.entry === 3)!
      expect(now).toMatchObject({ index: caching.index, time: caching.time })
      expect(await page.evaluate(() => window.cinematic!.film)).toBe('short-video-platform')
      now = await press(page, 'End')
      expect(now).toMatchObject({ index: all.length - 1, time: all.at(-1)!.time })
      now = await press(page, 'Home')
      expect(now.index).toBe(-1)
      expect(errors).toEqual([])
      await page.close()
    },
    6 * 60_000,
  )
})

describe('an embed', () => {
  it(
    'shows one chapter: its seek bar spans the chapter, and playing holds on its last frame',
    async () => {
      const page = await browser.newPage({ viewport: SIZE, deviceScaleFactor: 1 })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${baseUrl()}/embed.html?film=zero-to-millions&chapter=message-queue`)
      await page.waitForFunction(
        () => (window as PresenterWindow).cinematic !== undefined,
        undefined,
        {
          timeout: OPEN_MS,
        },
      )
      await page.evaluate(() => (window as PresenterWindow).cinematic!.ready)
      const chapter = await page.evaluate(() =>
        (
          window as unknown as {
            cinematic: { chapters: { id: string; start: number; end: number }[] }
          }
        ).cinematic.chapters.find((c) => c.id === 'message-queue')!,
      )
      await page.waitForFunction(
        (t) => (window as PresenterWindow).cinematic!.time === t,
        chapter.start,
        {
          timeout: OPEN_MS,
        },
      )
      const max = Number(await page.locator('[data-testid=scrubber]').getAttribute('max'))
      expect(max).toBeCloseTo(chapter.end - chapter.start - 1 / 60, 9)
      // Only the embed's own controls: play, seek, captions.
      expect(await page.locator('button').count()).toBe(2)
      await page.evaluate(
        (t) =>
          (window as unknown as { cinematic: { seek(t: number): Promise<void> } }).cinematic.seek(
            t,
          ),
        chapter.end - 0.5,
      )
      await page.locator('[data-testid=play]').click()
      await page.waitForFunction(() => !(window as PresenterWindow).cinematic!.playing, undefined, {
        timeout: STEP_MS,
      })
      expect(await page.evaluate(() => (window as PresenterWindow).cinematic!.time)).toBe(
        chapter.end - 1 / 60,
      )
      expect(errors).toEqual([])
      await page.close()
    },
    6 * 60_000,
  )
})

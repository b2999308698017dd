import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { inject } from 'vitest'
import { findChromium, launchChromium, SOFTWARE_GL } from '../../scripts/lib/chromium'

/**
 * Helpers for the browser tests: a headless Chromium that renders WebGL on the CPU
 * (SwiftShader, so the tests need no GPU and draw the same pixels on every machine), and the
 * player's test surface, `window.cinematic`.
 */

/** What the player page exposes on `window.cinematic` for tests and capture. */
export interface CinematicHandle {
  film: string
  fps: number
  /** Film length in seconds. */
  duration: number
  chapters: { id: string; title: string; start: number; end: number }[]
  /** Resolves once the first frame is on the canvas. */
  ready: Promise<void>
  /** Moves the playhead and resolves once that frame is drawn. */
  seek(seconds: number): Promise<void>
  play(): void
  pause(): void
  /** The playhead, in film seconds. */
  time: number
  playing: boolean
  /** Draw calls of the last frame drawn. */
  drawCalls: number
  /** The simulation's parameters, and a change to them that resolves once redrawn. */
  sim: Record<string, number | string>
  setSim(changes: Record<string, unknown>): Promise<void>
}

/** `window` as the player leaves it; declared locally so it cannot clash with src's typing. */
type PlayerWindow = Window & { cinematic?: CinematicHandle }

/** An opened player page and every console error and uncaught exception it has produced. */
export interface PlayerPage {
  page: Page
  /** Live: keeps filling while the page runs, so assert on it at the end of a test. */
  errors: string[]
}

/**
 * Opening a page has no fixed time limit: how long it takes to build its scene and draw its first
 * frame on SwiftShader depends on the machine and on what else runs on it. It may take as long
 * as it keeps working; one that has done nothing for STALL_MS is stuck, and READY_CAP_MS ends
 * even a page that keeps busy without getting ready (a loop), many times what a loaded 2-core
 * machine needs.
 */
const STALL_MS = 60_000
const READY_CAP_MS = 15 * 60_000
/** How often the page's progress is read. */
const PROGRESS_POLL_MS = 1000
/** Script run below this between two polls is idling (a timer, the odd event), not progress. */
const BUSY_SECONDS = 0.02

/** Chromium as the export finds it; a clear message when it is missing. */
export function chromiumPath(): string {
  const found = findChromium()
  if (!found) {
    throw new Error(
      'Chromium not found. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
    )
  }
  return found
}

/**
 * Launches headless Chromium as the export does, on software GL (SwiftShader), so the tests
 * need no GPU and draw the same pixels on every machine.
 */
export async function launchBrowser(): Promise<Browser> {
  return launchChromium(chromiumPath(), SOFTWARE_GL)
}

/** The preview server's address, provided by globalSetup. */
export function baseUrl(): string {
  return inject('baseUrl')
}

export interface OpenPlayerOptions {
  /**
   * Give up as soon as the page throws an uncaught exception before it is ready (default
   * true): such a page almost never gets ready, and waiting until it is seen to be stuck
   * costs a minute per test. Set false to open pages expected to throw.
   */
  failOnPageError?: boolean
  /**
   * Called with the new page before it navigates: for routes that stand in for what the page
   * loads (a state file fixture, say).
   */
  prepare?: (page: Page) => Promise<void>
}

/**
 * Opens the player with a query string (`film=zero-to-millions&chapter=intro`, without `?`)
 * in a fresh page of the given size, and resolves once `window.cinematic.ready` has. Console
 * errors and page errors are collected from the start; if the page never gets ready, the
 * error says what the page reported, which is usually the actual cause.
 */
export async function openPlayer(
  browser: Browser,
  query: string,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
  { failOnPageError = true, prepare }: OpenPlayerOptions = {},
): Promise<PlayerPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
  await prepare?.(page)
  const errors: string[] = []
  let pageThrew: (err: Error) => void = () => undefined
  const threw = new Promise<never>((_, reject) => (pageThrew = reject))
  threw.catch(() => undefined) // only raced while opening; later exceptions just land in errors

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const where = msg.location().url
    // Chromium asks for /favicon.ico by itself when a page declares no icon; that 404 is the
    // browser's doing, not the player's.
    if (where.endsWith('/favicon.ico')) return
    errors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (err) => {
    errors.push(`pageerror: ${err.stack ?? err.message}`)
    if (failOnPageError) pageThrew(new Error(`the page threw: ${err.message}`))
  })

  const open = (async () => {
    await page.goto(`${baseUrl()}/?${query}`, { waitUntil: 'load', timeout: READY_CAP_MS })
    await page.waitForFunction(() => (window as PlayerWindow).cinematic !== undefined, undefined, {
      timeout: READY_CAP_MS,
    })
    await page.evaluate(async () => {
      const handle = (window as PlayerWindow).cinematic
      if (!handle) throw new Error('window.cinematic disappeared')
      await handle.ready
    })
  })()
  open.catch(() => undefined) // it may lose the race below and be cut off by page.close()
  const watch = watchProgress(page)

  try {
    await Promise.race([open, threw, watch.stuck])
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    await page.close().catch(() => undefined)
    throw new Error(
      `player at ?${query} did not get ready: ${reason}` +
        (errors.length > 0
          ? `\npage reported:\n${errors.join('\n')}`
          : '\n(page reported no errors)'),
      { cause: err },
    )
  } finally {
    await watch.stop()
  }
  return { page, errors }
}

/**
 * Watches a loading page for progress: JavaScript run on its main thread (Chromium's
 * ScriptDuration, which scene building, text layout results and the GL calls and shader compiles
 * made from script all add to; an idle page's CSS animation does not) or a finished request.
 * `stuck` rejects once there has been none for STALL_MS, or after READY_CAP_MS in all. A poll
 * the page does not answer (its main thread busy in one long task) counts as work.
 */
function watchProgress(page: Page): { stuck: Promise<never>; stop: () => Promise<void> } {
  let lastProgress = Date.now()
  let requests = 0
  const onRequest = (): void => {
    requests++
  }
  page.on('requestfinished', onRequest)
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const session = page.context().newCDPSession(page)
  let cap: ReturnType<typeof setTimeout> | undefined
  const stuck = new Promise<never>((_, reject) => {
    // Also when the page stops answering: one task that never ends.
    cap = setTimeout(
      () => reject(new Error(`still not ready after ${READY_CAP_MS / 60_000} min`)),
      READY_CAP_MS,
    )
    void session
      .then(async (cdp) => {
        await cdp.send('Performance.enable')
        let busy = -1
        let seen = 0
        const poll = async (): Promise<void> => {
          if (stopped) return
          const { metrics } = await cdp.send('Performance.getMetrics')
          const task = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0
          const now = Date.now()
          if (task - busy >= BUSY_SECONDS || requests !== seen) lastProgress = now
          busy = task
          seen = requests
          if (now - lastProgress >= STALL_MS) {
            reject(new Error(`the page did no work for ${STALL_MS / 1000} s`))
          } else {
            timer = setTimeout(() => void poll().catch(() => undefined), PROGRESS_POLL_MS)
          }
        }
        await poll()
      })
      .catch(() => undefined) // the page closed while polling: the race is decided elsewhere
  })
  stuck.catch(() => undefined)
  return {
    stuck,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      clearTimeout(cap)
      page.off('requestfinished', onRequest)
      await session.then((cdp) => cdp.detach()).catch(() => undefined)
    },
  }
}

/** The player's state as the page sees it now (not the Promise or methods). */
export async function playerInfo(
  page: Page,
): Promise<Omit<CinematicHandle, 'ready' | 'seek' | 'play' | 'pause' | 'setSim'>> {
  return page.evaluate(() => {
    const c = (window as PlayerWindow).cinematic
    if (!c) throw new Error('window.cinematic is not defined')
    return {
      film: c.film,
      fps: c.fps,
      duration: c.duration,
      chapters: c.chapters.map((ch) => ({ ...ch })),
      time: c.time,
      playing: c.playing,
      drawCalls: c.drawCalls,
      sim: { ...c.sim },
    }
  })
}

/** Seeks the film and resolves once the frame at `seconds` is on the canvas. */
export async function seek(page: Page, seconds: number): Promise<void> {
  await page.evaluate(async (t) => {
    const c = (window as PlayerWindow).cinematic
    if (!c) throw new Error('window.cinematic is not defined')
    await c.seek(t)
  }, seconds)
}

/** Draw calls of the frame at `seconds` (three's renderer.info for that frame). */
export async function drawCallsAt(page: Page, seconds: number): Promise<number> {
  await seek(page, seconds)
  return page.evaluate(() => (window as PlayerWindow).cinematic!.drawCalls)
}

/** A PNG screenshot of the (first) canvas: what the viewer sees of the 3D scene. */
export async function canvasPixels(page: Page, selector = 'canvas'): Promise<Buffer> {
  return page
    .locator(selector)
    .first()
    .screenshot({ type: 'png', animations: 'disabled', caret: 'hide' })
}

/** Decodes a PNG into RGBA pixels. */
export function decodePng(png: Buffer): { width: number; height: number; data: Buffer } {
  const image = PNG.sync.read(png)
  return { width: image.width, height: image.height, data: image.data }
}

/** Whether two PNGs have the same size and exactly the same pixels (encoding aside). */
export function samePixels(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true
  const x = decodePng(a)
  const y = decodePng(b)
  return x.width === y.width && x.height === y.height && x.data.equals(y.data)
}

/**
 * The fraction of pixels (0..1) whose RGBA differs by more than `tolerance` in any channel;
 * 1 if the sizes differ. For "did this frame change" checks and for failure messages.
 */
export function pixelDifference(a: Buffer, b: Buffer, tolerance = 0): number {
  const x = decodePng(a)
  const y = decodePng(b)
  if (x.width !== y.width || x.height !== y.height) return 1
  const pixels = x.width * x.height
  let differing = 0
  for (let i = 0; i < x.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(x.data[i + c] - y.data[i + c]) > tolerance) {
        differing++
        break
      }
    }
  }
  return pixels === 0 ? 0 : differing / pixels
}

export interface ImageStats {
  width: number
  height: number
  /** Standard deviation of luminance (0..255): about 0 for a flat colour. */
  lumaStdDev: number
  /** Fraction of pixels (0..1) that are not the most common colour: 0 for a blank canvas. */
  contentFraction: number
}

/**
 * How much is drawn in an image: a cleared-but-empty canvas is one flat colour, so both the
 * luminance spread and the share of pixels off the dominant colour are near zero.
 */
export function imageStats(png: Buffer): ImageStats {
  const { width, height, data } = decodePng(png)
  const pixels = width * height
  if (pixels === 0) return { width, height, lumaStdDev: 0, contentFraction: 0 }
  const counts = new Map<number, number>()
  let sum = 0
  let sumSq = 0
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]
    const g = data[i + 1]
    const b = data[i + 2]
    const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b
    sum += luma
    sumSq += luma * luma
    const key = ((r << 16) | (g << 8) | b) >>> 0
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const mean = sum / pixels
  const lumaStdDev = Math.sqrt(Math.max(0, sumSq / pixels - mean * mean))
  let dominant = 0
  for (const n of counts.values()) dominant = Math.max(dominant, n)
  return { width, height, lumaStdDev, contentFraction: 1 - dominant / pixels }
}

/** Luma above which a pixel is drawn content: the background and its grid stay well below it. */
const CONTENT_LUMA = 70

/**
 * Of the content pixels of `before` (bright: models, arrows, names) below the top `skipTop`
 * fraction of the image, the fraction that `after` still draws the same (every channel within
 * `tolerance`). A picture that keeps what it showed and only adds to it scores near 1; one whose
 * content moved, however slightly, scores low.
 */
export function keptFraction(before: Buffer, after: Buffer, skipTop = 0, tolerance = 24): number {
  const x = decodePng(before)
  const y = decodePng(after)
  if (x.width !== y.width || x.height !== y.height) return 0
  let content = 0
  let kept = 0
  for (let i = Math.floor(skipTop * x.height) * x.width * 4; i < x.data.length; i += 4) {
    const luma = 0.2126 * x.data[i]! + 0.7152 * x.data[i + 1]! + 0.0722 * x.data[i + 2]!
    if (luma < CONTENT_LUMA) continue
    content++
    let same = true
    for (let c = 0; c < 3; c++) {
      if (Math.abs(x.data[i + c]! - y.data[i + c]!) > tolerance) same = false
    }
    if (same) kept++
  }
  return content === 0 ? 0 : kept / content
}

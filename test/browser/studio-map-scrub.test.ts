import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { BRIDGE_MAP_STEP, BRIDGE_FADE_SECONDS } from '../../src/timeline/bridge'
import { MAP_SHEET } from '../../src/world/stagedKeys'
import { launchBrowser } from './browser'

/**
 * Scrubbing the map's sequence in the studio, on the dev server: the map plays in map seconds
 * (BRIDGE_MAP_STEP per chapter), so moving its playhead to a second that a bridge draws takes
 * the film to that moment of that bridge; a second that no bridge draws (a chapter that does not
 * close on the map) leaves the film where it is. The playhead is moved as the studio's sequence
 * editor moves it: by setting the sheet's sequence position in the page's own Theatre project.
 * Nothing is written: the dev server serves the repository as it is.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FILM = 'zero-to-millions'
/** The bridge scrubbed to: the one closing this chapter. */
const BRIDGE_AFTER = 'load-balancer'
/** Seconds into that bridge: the map is up (past its first dip). */
const INTO_BRIDGE = 2.2
/** A chapter that does not close on the map: its map seconds are drawn by no bridge. */
const NO_BRIDGE = 'intro'
/** Where the film is opened: the middle of a chapter, far from any bridge. */
const OPEN_CHAPTER = 'cache'
/** Opening the film on the dev server transforms every module on first request. */
const DEV_READY_MS = 300_000
/**
 * How long the film may take to reach a scrubbed moment before the scrub counts as not followed:
 * a frame on the dev server takes seconds on a slow machine, never minutes.
 */
const FOLLOW_CAP_MS = 120_000
/** Frames the page is given to act on a scrub it should ignore: it acts on the next tick. */
const SETTLE_FRAMES = 30

interface Span {
  id: string
  start: number
  end: number
}
type ScrubWindow = Window & {
  cinematic?: {
    ready: Promise<void>
    time: number
    chapters: Span[]
    maps: { after: string; start: number; end: number }[]
  }
  /**
   * Set by @theatre/studio: its bundle, holding the @theatre/core of the page and a pointer to
   * the projects it edits (the one the film made, with its state, among them).
   */
  __TheatreJS_StudioBundle?: {
    _studio: {
      core: { val<T>(pointer: unknown): T }
      projectsP: unknown
    }
  }
}

let cacheDir: string
let browser: Browser
let dev: ViteDevServer | undefined

beforeAll(async () => {
  // The dev server's dependency cache goes to a folder of its own, not into node_modules.
  cacheDir = await mkdtemp(path.join(tmpdir(), 'cinematic-scrub-'))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await dev?.close()
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true })
})

/** Moves the map sheet's playhead to map second `m`, as the studio's sequence editor does. */
function scrubMap(page: Page, m: number): Promise<void> {
  return page.evaluate(
    ([film, sheet, position]) => {
      const w = window as ScrubWindow
      const studio = w.__TheatreJS_StudioBundle?._studio
      if (!studio) throw new Error('the studio is not running on this page')
      const projects = studio.core.val<
        Record<string, { publicApi: { sheet(id: string): { sequence: { position: number } } } }>
      >(studio.projectsP)
      const project = projects[film!]
      if (!project) throw new Error(`the studio edits no project '${film}'`)
      project.publicApi.sheet(sheet!).sequence.position = position as number
    },
    [FILM, MAP_SHEET, m] as const,
  )
}

/** Waits for `frames` animation frames of the page: the studio ticks on each while paused. */
function frames(page: Page, frames: number): Promise<void> {
  return page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r))
  }, frames)
}

const timeOf = (page: Page) => page.evaluate(() => (window as ScrubWindow).cinematic!.time)

test("scrubbing the map's sequence moves the film to the bridge drawing that map second, and ignores a second no bridge draws", async () => {
  dev = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    cacheDir,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null },
  })
  await dev.listen()
  const address = dev.httpServer?.address() as AddressInfo
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.setDefaultTimeout(DEV_READY_MS)
  try {
    await page.goto(`http://127.0.0.1:${address.port}/?film=${FILM}&chapter=${OPEN_CHAPTER}&t=20`, {
      timeout: DEV_READY_MS,
    })
    await page.waitForFunction(() => (window as ScrubWindow).cinematic !== undefined)
    await page.evaluate(() => (window as ScrubWindow).cinematic!.ready)
    const { chapters, maps } = await page.evaluate(() => {
      const c = (window as ScrubWindow).cinematic!
      return { chapters: c.chapters, maps: c.maps }
    })
    const index = (id: string) => chapters.findIndex((c) => c.id === id)
    const bridge = maps.find((m) => m.after === BRIDGE_AFTER)!
    expect(bridge, `'${BRIDGE_AFTER}' closes on no map`).toBeDefined()
    expect(
      maps.some((m) => m.after === NO_BRIDGE),
      `'${NO_BRIDGE}' closes on the map`,
    ).toBe(false)
    expect(INTO_BRIDGE).toBeGreaterThan(BRIDGE_FADE_SECONDS)
    const opened = await timeOf(page)

    // A map second no bridge draws: the film stays where it is.
    await scrubMap(page, index(NO_BRIDGE) * BRIDGE_MAP_STEP + INTO_BRIDGE)
    await frames(page, SETTLE_FRAMES)
    expect(await timeOf(page)).toBe(opened)

    // A second of a bridge: the film goes to that moment of it.
    const target = bridge.start + INTO_BRIDGE
    await scrubMap(page, index(BRIDGE_AFTER) * BRIDGE_MAP_STEP + INTO_BRIDGE)
    await page.waitForFunction(
      (t) => Math.abs((window as ScrubWindow).cinematic!.time - t) < 0.05,
      target,
      { timeout: FOLLOW_CAP_MS },
    )
    expect(Math.abs((await timeOf(page)) - target)).toBeLessThan(0.05)
    expect(errors).toEqual([])
  } finally {
    await page.close()
    await dev.close()
    dev = undefined
  }
})

import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { launchBrowser } from './browser'

/**
 * The studio as an animator uses it, on the dev server: select a staged object in the outline,
 * type a new position into its props, save with Ctrl+S. The change must land in the film's
 * state file, as a small diff, and a production build of that state must draw the object where
 * it was put. Everything runs on a copy of the project in a temporary folder, so the
 * repository's own state/ is never written.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FILM = 'zero-to-millions'
const SHEET = 'load-balancer'
const KEY = 'Load balancer'
/** Chapter-local second: the load balancer has risen into place and the camera holds. */
const LOCAL = 30
/** The new depth typed into the studio: nearer the camera than the code's 5.5. */
const NEW_Z = 8.5
/** What the project's copy needs to serve and build (node_modules is linked, not copied). */
const COPIED = [
  'index.html',
  'embed.html',
  'package.json',
  'tsconfig.json',
  'vite.config.ts',
  'src',
  'scripts',
  'state',
  'public',
]
/** Opening the film on the dev server transforms every module on first request. */
const DEV_READY_MS = 300_000

interface Box {
  x: number
  y: number
  width: number
  height: number
}
type StudioWindow = Window & {
  cinematic?: {
    ready: Promise<void>
    time: number
    seek(seconds: number): Promise<void>
    objectBox(sheet: string, key: string): Box | null
  }
}

let copy: string
let browser: Browser
let dev: ViteDevServer | undefined
let built: PreviewServer | undefined

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'cinematic-studio-'))
  for (const entry of COPIED) {
    await cp(path.join(root, entry), path.join(copy, entry), { recursive: true })
  }
  await symlink(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir')
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await dev?.close()
  await built?.close()
  if (copy) await rm(copy, { recursive: true, force: true })
})

const addressOf = (server: { address(): AddressInfo | string | null } | null | undefined) => {
  const address = server?.address()
  if (!address || typeof address === 'string') throw new Error('server has no TCP address')
  return `http://127.0.0.1:${address.port}`
}

/** Opens the film at the chapter's moment and waits for its first frame. */
async function openFilm(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/?film=${FILM}&chapter=${SHEET}&t=${LOCAL}`, { timeout: DEV_READY_MS })
  await page.waitForFunction(() => (window as StudioWindow).cinematic !== undefined, undefined, {
    timeout: DEV_READY_MS,
  })
  await page.evaluate(() => (window as StudioWindow).cinematic!.ready)
}

const boxOf = (page: Page) =>
  page.evaluate(([s, k]) => (window as StudioWindow).cinematic!.objectBox(s!, k!), [SHEET, KEY])

test('a value typed in the studio and saved with Ctrl+S lands in state/, and the build draws it', async () => {
  const stateFile = path.join(copy, 'state', `${FILM}.theatre.json`)
  const before = await readFile(stateFile, 'utf8')

  dev = await createServer({
    root: copy,
    configFile: path.join(copy, 'vite.config.ts'),
    cacheDir: path.join(copy, '.vite'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  })
  await dev.listen()
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.setDefaultTimeout(120_000)
  let moved: Box | null
  let original: Box | null
  try {
    await openFilm(page, addressOf(dev.httpServer))
    original = await boxOf(page)
    expect(original, `'${KEY}' is not drawn at ${LOCAL} s of '${SHEET}'`).not.toBeNull()

    // Select it in the outline, under its chapter's sheet.
    const sheet = page
      .locator('li', { has: page.getByText(`${SHEET}: default`, { exact: true }) })
      .last()
    await sheet
      .getByText(KEY, { exact: true })
      .locator('xpath=ancestor::div[@data-header][1]')
      .click()
    // Its props: type the new depth into position's third field.
    const position = page
      .locator('div', { has: page.getByText('position', { exact: true }) })
      .filter({ has: page.locator('input') })
      .last()
    const z = position.locator('input').nth(2)
    await expect.poll(() => z.inputValue()).toBe('5.5')
    await z.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(String(NEW_Z))
    await page.keyboard.press('Enter')
    await expect.poll(() => z.inputValue()).toBe(String(NEW_Z))

    // Save as the animator does.
    const saved = page.waitForResponse((r) => r.url().includes('/__cinematic/state/'))
    await page.keyboard.press('Control+s')
    const reply = await saved
    expect(await reply.json()).toMatchObject({ ok: true, file: `state/${FILM}.theatre.json` })

    // The studio draws the change at once.
    await page.evaluate(async () => {
      const c = (window as StudioWindow).cinematic!
      await c.seek(c.time)
    })
    moved = await boxOf(page)
    expect(errors).toEqual([])
  } finally {
    await page.close()
    await dev.close()
    dev = undefined
  }
  expect(moved!.y, 'the object did not come nearer in the studio').toBeGreaterThan(original!.y + 20)

  // On disk: the new value, and nothing else of the file rewritten.
  const after = await readFile(stateFile, 'utf8')
  const saved = JSON.parse(after) as {
    sheetsById: Record<string, { staticOverrides: { byObject: Record<string, unknown> } }>
  }
  expect(saved.sheetsById[SHEET]!.staticOverrides.byObject[KEY]).toMatchObject({
    position: { z: NEW_Z },
  })
  const beforeLines = new Set(before.split('\n'))
  const added = after.split('\n').filter((l) => !beforeLines.has(l))
  expect(added.length, `added lines:\n${added.join('\n')}`).toBeLessThan(12)
  // The repository's own file is untouched.
  expect(await readFile(path.join(root, 'state', `${FILM}.theatre.json`), 'utf8')).toBe(before)

  // A production build of the copy draws it there too.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root: copy,
      configFile: path.join(copy, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
  built = await preview({
    root: copy,
    configFile: path.join(copy, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const player = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  try {
    await openFilm(player, addressOf(built.httpServer))
    const shipped = await boxOf(player)
    expect(shipped).not.toBeNull()
    for (const k of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(shipped![k] - moved![k]), k).toBeLessThan(1)
    }
  } finally {
    await player.close()
  }
}, 900_000)

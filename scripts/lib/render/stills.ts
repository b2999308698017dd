/**
 * `npm run render -- --stills`: a PNG of every stop (where presenter mode holds) and a poster
 * frame of every chapter, plus a contact sheet of the stops, for slides and handouts. Frames are
 * drawn by the export's own page and capture path, so a still is the player's frame at that
 * time, pixel for pixel.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { build } from 'vite'
import { scripts } from '../../../src/sequences'
import { frameAt } from '../../../src/timeline/frames'
import { findChromium, launchChromium, pickBackend } from '../chromium'
import { ffmpeg, requireProgram } from './ffmpeg'
import { openPage } from './job'
import { RenderError, type RenderPlan } from './plan'
import { startServer } from './server'

/** One still to draw: its file name (sorting in film order) and its film time. */
export interface Still {
  name: string
  time: number
  /** Whether it is a stop (on the contact sheet) or a chapter's poster. */
  kind: 'stop' | 'poster'
}

/** A stop as the page lists it (`window.cinematic.stops`). */
export interface StopTime {
  chapter: string
  beat: string
  time: number
}

/** Contact sheet tiles: six 320×180 frames a row, small enough to scan a whole film. */
const SHEET_TILE = { width: 320, height: 180 }
const SHEET_COLUMNS = 6

/**
 * The stills of a plan's chapters: `NN-chapter-SS-beat.png` for stop SS of chapter NN, and
 * `NN-chapter-poster.png` for its poster (its script's `poster`, else its middle), so that a
 * folder listing is film order.
 */
export function planStills(plan: RenderPlan, stops: readonly StopTime[]): Still[] {
  const script = scripts.get(plan.film)!
  const from = plan.firstFrame / plan.fps
  const to = plan.endFrame / plan.fps
  const stills: Still[] = []
  plan.spans.forEach((span, i) => {
    if (span.end <= from || span.start >= to) return
    const nn = String(i).padStart(2, '0')
    stops
      .filter((s) => s.chapter === span.id)
      .forEach((s, k) => {
        const name = `${nn}-${span.id}-${String(k + 1).padStart(2, '0')}-${s.beat}.png`
        stills.push({ name, time: s.time, kind: 'stop' })
      })
    const poster = script.chapters[i]!.poster
    stills.push({
      name: `${nn}-${span.id}-poster.png`,
      time: poster === undefined ? (span.start + span.end) / 2 : span.start + poster,
      kind: 'poster',
    })
  })
  return stills
}

/** WebGL reads rows bottom-up; a PNG is written top-down. */
function pngOf(pixels: Buffer, width: number, height: number): Buffer {
  const png = new PNG({ width, height })
  const row = width * 4
  for (let y = 0; y < height; y++) {
    pixels.copy(png.data, y * row, (height - 1 - y) * row, (height - y) * row)
  }
  return PNG.sync.write(png)
}

export interface StillsOptions {
  root: string
  skipBuild: boolean
  quiet: boolean
}

/**
 * Draws the stills of `plan` into the folder `plan.out`: written in a folder beside it and moved
 * into place only when every file is there, so a failed run leaves the old folder as it was.
 */
export async function renderStills(plan: RenderPlan, options: StillsOptions): Promise<number> {
  requireProgram('ffmpeg')
  const chromium = findChromium()
  if (!chromium) {
    throw new RenderError(
      'Chromium was not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
    )
  }
  const dist = path.join(options.root, 'dist')
  if (!options.skipBuild || !existsSync(path.join(dist, 'index.html'))) {
    if (!options.quiet) console.log('Building the player…')
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ root: options.root, logLevel: 'warn', mode: 'production' })
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV
      else process.env.NODE_ENV = nodeEnv
    }
  }
  const parent = path.dirname(plan.out)
  mkdirSync(parent, { recursive: true })
  const tmp = mkdtempSync(path.join(parent, `.${path.basename(plan.out)}.partial-`))
  const { backend } = await pickBackend(chromium)
  const server = await startServer(dist)
  const browser = await launchChromium(chromium, backend)
  try {
    // Stills are read as RGBA, whatever the backend would pick for a video.
    const page = await openPage(browser, server, { ...plan, pixelFormat: 'rgba' })
    const stops = await page.evaluate(() => window.cinematic!.stops)
    const stills = planStills(plan, stops)
    for (const [i, still] of stills.entries()) {
      const frame = frameAt(still.time, plan.fps)
      let pixels: Buffer | null = null
      const token = randomBytes(8).toString('hex')
      const removeSink = server.addSink(token, async (_frame, data) => {
        // The server reuses its buffer once the sink settles: keep a copy.
        pixels = Buffer.from(data)
      })
      try {
        await page.evaluate((req) => window.cinematicCapture!.renderFrames(req), {
          first: frame,
          count: 1,
          endpoint: `${server.url}/__frames/${token}`,
          pixelFormat: 'rgba' as const,
        })
      } finally {
        removeSink()
      }
      if (!pixels) throw new RenderError(`The page sent no pixels for ${still.name}.`)
      writeFileSync(path.join(tmp, still.name), pngOf(pixels, plan.width, plan.height))
      if (!options.quiet) process.stdout.write(`\r${i + 1}/${stills.length} ${still.name}\x1b[K`)
    }
    if (!options.quiet) process.stdout.write('\n')
    await contactSheet(
      tmp,
      stills.filter((s) => s.kind === 'stop').map((s) => s.name),
    )
    if (existsSync(plan.out)) rmSync(plan.out, { recursive: true, force: true })
    renameSync(tmp, plan.out)
    return stills.length
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true })
    throw e
  } finally {
    await browser.close()
    await server.close()
  }
}

/** `contact-sheet.png`: the stops side by side in film order, up to six a row. */
async function contactSheet(dir: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return
  const columns = Math.min(SHEET_COLUMNS, names.length)
  const rows = Math.ceil(names.length / columns)
  const { width, height } = SHEET_TILE
  const scaled = names.map((_, i) => `[${i}]scale=${width}:${height}[t${i}]`).join(';')
  const tiles = names.map((_, i) => `[t${i}]`).join('')
  const layout = names
    .map((_, i) => `${(i % columns) * width}_${Math.floor(i / columns) * height}`)
    .join('|')
  const stack =
    names.length === 1
      ? `${tiles}null`
      : `${tiles}xstack=inputs=${names.length}:layout=${layout}:fill=black,pad=${columns * width}:${rows * height}:0:0:black`
  await ffmpeg([
    ...names.flatMap((n) => ['-i', path.join(dir, n)]),
    '-filter_complex',
    `${scaled};${stack}`,
    '-frames:v',
    '1',
    path.join(dir, 'contact-sheet.png'),
  ])
}

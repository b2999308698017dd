/**
 * One export, start to finish: build, serve on loopback, draw frames in headless Chromium,
 * encode segment by segment, and join. Finished segments live in a work folder keyed by what
 * the render is (film, range, size, fps, encoder settings and the build), so running the same
 * command after a crash or Ctrl-C resumes at the first missing segment.
 */
import { createHash, randomBytes } from 'node:crypto'
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  rmdirSync,
} from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { canPackYuv } from '../../../src/capture/yuvReadback'
import { findChromium, launchChromium, pickBackend, type GlBackend } from '../chromium'
import { PIXEL_PIPELINE, requireProgram, startSegmentEncoder, type SegmentEncoder } from './ffmpeg'
import type { RenderPlan } from './plan'
import { RenderError } from './plan'
import { createProgress } from './progress'
import { removeStaleTemps, segmentProblem } from './resume'
import { planSegments, segmentFileName, shardSegments, type Segment } from './segments'
import { startServer, type RenderServer } from './server'

/**
 * How long the page may take to load, lay out its text and draw its first frame
 * (CINEMATIC_READY_TIMEOUT_MS overrides it, e.g. for a slow machine).
 */
const READY_TIMEOUT_MS = Number(process.env.CINEMATIC_READY_TIMEOUT_MS) || 120_000

export interface JobOptions {
  root: string
  quiet: boolean
  /** Reuse dist/ as it is instead of building (for repeated renders of the same code). */
  skipBuild: boolean
  /** Wall-clock source for progress and the summary (the CLI passes performance.now). */
  now: () => number
}

export interface RenderedSegments {
  plan: RenderPlan
  workDir: string
  segments: Segment[]
  files: string[]
  framesDrawn: number
  backend: string
}

/** Hash of every file in dist/: a new build means new pixels, so old segments do not count. */
function hashDir(dir: string): string {
  const hash = createHash('sha256')
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else hash.update(name).update(readFileSync(p))
    }
  }
  walk(dir)
  return hash.digest('hex')
}

/** See RenderPlan.pixelFormat. */
export function preferredPixelFormat(
  plan: RenderPlan,
  backend: GlBackend,
): RenderPlan['pixelFormat'] {
  return plan.format === 'mp4' && backend.gpu && canPackYuv(plan.width, plan.height)
    ? 'yuv420p'
    : 'rgba'
}

/** The work folder of a render: a new build, backend or setting means new pixels. */
export function workDirFor(root: string, plan: RenderPlan, buildHash: string): string {
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        plan.film,
        plan.firstFrame,
        plan.endFrame,
        plan.fps,
        plan.width,
        plan.height,
        plan.format,
        plan.crf,
        plan.preset,
        plan.pixelFormat,
        PIXEL_PIPELINE,
        buildHash,
      ]),
    )
    .digest('hex')
    .slice(0, 16)
  return path.join(root, '.render-work', `${plan.film}-${key}`)
}

function checkWritable(plan: RenderPlan): void {
  const dir = path.dirname(plan.out)
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  } catch {
    throw new RenderError(
      `--out ${plan.out}: cannot write to ${dir}. Choose a folder you can write to.`,
    )
  }
  if (existsSync(plan.out) && statSync(plan.out).isDirectory() && plan.format === 'mp4') {
    throw new RenderError(
      `--out ${plan.out}: a folder of that name is in the way; choose another file name.`,
    )
  }
}

/** Opens the player in capture mode at the plan's size and waits until it is ready. */
export async function openPage(
  browser: Browser,
  server: RenderServer,
  plan: RenderPlan,
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: plan.width, height: plan.height },
    deviceScaleFactor: 1,
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const query = `film=${plan.film}&capture=1&ui=0&w=${plan.width}&h=${plan.height}&fps=${plan.fps}`
  await page.goto(`${server.url}/?${query}`)
  try {
    await page.waitForFunction(
      () => window.cinematicCapture !== undefined || window.cinematicError !== undefined,
      null,
      { timeout: READY_TIMEOUT_MS },
    )
    const error = await page.evaluate(() => window.cinematicError)
    if (error) throw new RenderError(`The player refused to start: ${error}`)
    // Under the same limit: the page may load and then never finish laying out its first frame.
    await page.evaluate(
      (ms) =>
        Promise.race([
          window.cinematic!.ready,
          new Promise((_, reject) => setTimeout(() => reject(new Error('not ready')), ms)),
        ]),
      READY_TIMEOUT_MS,
    )
  } catch (e) {
    if (e instanceof RenderError) throw e
    throw new RenderError(
      `The page never became ready within ${READY_TIMEOUT_MS / 1000} s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}. ` +
        'Check that `npm run build` succeeds and that the film plays in `npm start`.',
    )
  }
  return page
}

/** When Ctrl-C (or SIGTERM) stopped the drawing; 0 while it runs. */
let interruptedAt = 0

/** Whether the render was interrupted: what fails afterwards is the closing browser, not news. */
export function wasInterrupted(): boolean {
  return interruptedAt > 0
}

/** Renders the segments of `plan` (its shard) that are not already in the work folder. */
export async function renderSegments(
  plan: RenderPlan,
  options: JobOptions,
): Promise<RenderedSegments> {
  requireProgram('ffmpeg')
  requireProgram('ffprobe')
  const chromium = findChromium()
  if (!chromium) {
    throw new RenderError(
      `Chromium was not found${process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : ''}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
  }
  checkWritable(plan)

  const dist = path.join(options.root, 'dist')
  if (!options.skipBuild || !existsSync(path.join(dist, 'index.html'))) {
    if (!options.quiet) console.log('Building the player…')
    // A caller's NODE_ENV (a test runner's 'test') would otherwise give React's development build.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ root: options.root, logLevel: 'warn', mode: 'production' })
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV
      else process.env.NODE_ENV = nodeEnv
    }
  }
  const { backend, renderer } = await pickBackend(chromium)
  const backendName = `${backend.name}: ${renderer}`
  plan.pixelFormat = preferredPixelFormat(plan, backend)
  const workDir = workDirFor(options.root, plan, `${hashDir(dist)} ${backendName}`)
  mkdirSync(workDir, { recursive: true })

  const segments = shardSegments(planSegments(plan.firstFrame, plan.endFrame, plan.fps), plan.shard)
  const files = segments.map((s) => path.join(workDir, segmentFileName(s, plan.format)))
  removeStaleTemps(workDir, files)
  const todo = segments.filter((segment, i) => {
    const file = files[i]!
    if (!existsSync(file)) return true
    const problem = segmentProblem(file, segment, plan.fps)
    if (problem === null) return false
    console.log(
      `Segment ${segment.index + 1} (frames ${segment.first}–${segment.first + segment.count - 1}) is damaged (${problem}); drawing it again.`,
    )
    rmSync(file, { recursive: true, force: true })
    return true
  })
  const total = segments.reduce((n, s) => n + s.count, 0)
  const done = total - todo.reduce((n, s) => n + s.count, 0)
  if (done > 0)
    console.log(
      `Resuming: ${segments.length - todo.length} of ${segments.length} segments already done.`,
    )

  if (todo.length > 0) {
    if (!options.quiet) console.log(`GL backend: ${backendName}`)
    await drawSegments(plan, options, chromium, backend, todo, path.dirname(files[0]!), total, done)
  }
  return { plan, workDir, segments, files, framesDrawn: total - done, backend: backendName }
}

async function drawSegments(
  plan: RenderPlan,
  options: JobOptions,
  chromium: string,
  backend: GlBackend,
  todo: Segment[],
  workDir: string,
  total: number,
  done: number,
): Promise<void> {
  const server = await startServer(path.join(options.root, 'dist'))
  const browser = await launchChromium(chromium, backend)
  const open = new Set<SegmentEncoder>()
  const progress = createProgress(total, done, options.quiet, options.now)
  const interrupted = (): void => {
    interruptedAt = Date.now()
    for (const e of open) e.abort()
    progress.stop()
    console.error(
      '\nInterrupted: finished segments are kept; run the same command again to resume.',
    )
    void browser.close().finally(() => process.exit(130))
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    const queue = [...todo]
    const workers = Math.min(plan.workers, queue.length)
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const page = await openPage(browser, server, plan)
        for (let segment = queue.shift(); segment; segment = queue.shift()) {
          const file = path.join(workDir, segmentFileName(segment, plan.format))
          const encoder = startSegmentEncoder(plan, segment, file)
          open.add(encoder)
          const token = randomBytes(8).toString('hex')
          const removeSink = server.addSink(token, async (frame, pixels) => {
            await encoder.write(frame, pixels)
            progress.add(1)
          })
          try {
            await page.evaluate((req) => window.cinematicCapture!.renderFrames(req), {
              first: segment.first,
              count: segment.count,
              endpoint: `${server.url}/__frames/${token}`,
              pixelFormat: plan.pixelFormat,
            })
            await encoder.finish()
          } catch (e) {
            encoder.abort()
            throw e
          } finally {
            open.delete(encoder)
            removeSink()
          }
        }
        await page.close()
      }),
    )
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    progress.stop()
    await browser.close()
    await server.close()
  }
}

/**
 * Removes this job's segments once they are joined, and the work folder when nothing else is in
 * it (another shard of the same render may still be writing there).
 */
export function cleanSegments(rendered: RenderedSegments): void {
  for (const f of rendered.files) rmSync(f, { recursive: true, force: true })
  for (const f of ['concat.txt', 'chapters.ffmetadata', 'captions.vtt', 'audio.wav']) {
    rmSync(path.join(rendered.workDir, f), { force: true })
  }
  try {
    rmdirSync(rendered.workDir)
  } catch {
    // not empty: other shards' work is still there
  }
}

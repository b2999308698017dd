/**
 * One export, start to finish: build, serve on loopback, draw frames in headless Chromium,
 * encode segment by segment, and join. Finished segments live in a work folder keyed by what
 * the render is (film, range, size, fps, encoder settings and the build), so running the same
 * command after a crash or Ctrl-C draws only the segments still missing.
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
  mkdtempSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { batchFor } from '../../../src/capture/batch'
import { canPackYuv } from '../../../src/capture/yuvReadback'
import { findChromium, launchChromium, type GlBackend } from '../chromium'
import { writeFileAtomic } from '../atomic'
import { chooseBackend } from './glChoice'
import { PIXEL_PIPELINE, requireProgram, startSegmentEncoder, type SegmentEncoder } from './ffmpeg'
import type { RenderPlan } from './plan'
import { DEFAULTS, RenderError } from './plan'
import { chromiumPeak, type PeakMemory } from './memory'
import {
  CostProfile,
  drawOrder,
  recordingEta,
  SegmentEta,
  samplePlaces,
  type FrameRange,
  type FrameTimings,
} from './estimate'
import { warmFrames } from './warmUp'
import { createProgress, type Progress } from './progress'
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
  /** Where to write when each frame was drawn (FrameTimings), once every segment is done. */
  timings?: string
}

export interface RenderedSegments {
  plan: RenderPlan
  workDir: string
  segments: Segment[]
  files: string[]
  framesDrawn: number
  backend: string
  /** Chromium's peak resident memory while drawing (absent when nothing was drawn). */
  chromium?: Omit<PeakMemory, 'node'>
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

/**
 * See RenderPlan.pixelFormat. Packing costs two passes over the frame where the GL draws: next
 * to nothing on a GPU; on llvmpipe about 20 ms a 1080p frame, far less than it saves in moving
 * 8 MB instead of 3 MB and in ffmpeg's colour conversion; on SwiftShader about as much as it
 * saves (1080p pipeline, side by side: 265 ms a frame sending RGBA, 280 ms packing).
 */
export function preferredPixelFormat(
  plan: RenderPlan,
  backend: GlBackend,
): RenderPlan['pixelFormat'] {
  const packs = backend.choice === 'gpu' || backend.id === 'llvmpipe'
  return plan.format === 'mp4' && packs && canPackYuv(plan.width, plan.height) ? 'yuv420p' : 'rgba'
}

/**
 * The encoder settings that suit the backend, where the flags leave them open. On software GL
 * the drawing keeps every core busy, so x264 gets one thread (less CPU per frame than several:
 * no thread hand-offs; one thread encodes 1080p faster than a CPU draws it) and, unless
 * --preset says otherwise, the ultrafast preset (see DEFAULTS.softwarePreset).
 */
export function encoderDefaults(plan: RenderPlan, backend: GlBackend): void {
  const software = backend.choice !== 'gpu'
  if (!plan.presetGiven) plan.preset = software ? DEFAULTS.softwarePreset : DEFAULTS.preset
  plan.encoderThreads = software ? 1 : null
}

/** The work folder of a render: a new build, GL backend or setting means new pixels. */
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
        plan.encoderThreads,
        plan.pixelFormat,
        plan.backend,
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
    // The frame server's certificate is its own, made at its start (see server.ts); the page
    // talks to nothing but that loopback server.
    ignoreHTTPSErrors: true,
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
  const server = await startServer(dist)
  try {
    return await renderWith(plan, options, chromium, server)
  } finally {
    await server.close()
  }
}

async function renderWith(
  plan: RenderPlan,
  options: JobOptions,
  chromium: string,
  server: RenderServer,
): Promise<RenderedSegments> {
  const { backend, renderer, reason } = await chooseBackend({
    chromium,
    choice: plan.gl,
    plan,
    server,
    cacheFile: path.join(options.root, '.render-work', 'gl-choice.json'),
    log: (line) => console.log(line),
  })
  plan.backend = `${backend.id}: ${renderer}`
  plan.pixelFormat = preferredPixelFormat(plan, backend)
  encoderDefaults(plan, backend)
  const workDir = workDirFor(options.root, plan, hashDir(path.join(options.root, 'dist')))
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

  let memory: RenderedSegments['chromium']
  if (todo.length > 0) {
    console.log(`GL backend: ${backend.name} (${renderer}): ${reason}.`)
    memory = await drawSegments(
      plan,
      options,
      chromium,
      server,
      backend,
      todo,
      workDir,
      total,
      done,
    )
  }
  return {
    plan,
    workDir,
    segments,
    files,
    framesDrawn: total - done,
    backend: plan.backend,
    chromium: memory,
  }
}

async function drawSegments(
  plan: RenderPlan,
  options: JobOptions,
  chromium: string,
  server: RenderServer,
  backend: GlBackend,
  todo: Segment[],
  workDir: string,
  total: number,
  done: number,
): Promise<Omit<PeakMemory, 'node'>> {
  const browser = await launchChromium(chromium, backend)
  const open = new Set<SegmentEncoder>()
  let progress: Progress | null = null
  const interrupted = (): void => {
    interruptedAt = Date.now()
    for (const e of open) e.abort()
    progress?.stop()
    console.error(
      '\nInterrupted: finished segments are kept; run the same command again to resume.',
    )
    void browser.close().finally(() => process.exit(130))
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    // Coarse to fine over the film, so the ETA has timed every part of it early (drawOrder).
    const queue = drawOrder(todo)
    const workers = Math.min(plan.workers, queue.length)
    const pages = await Promise.all(
      Array.from({ length: workers }, () => openPage(browser, server, plan)),
    )
    const warm = warmFrames(todo, plan.spans, plan.beats, plan.fps)
    await Promise.all(pages.map((page) => warmUp(page, warm)))
    const sampled = await measureProfile(pages[0]!, server, plan, todo)
    const speed = await measureSpeed(pages[0]!, server, plan, todo, open)
    // The profile times the page's drawing and read-back; sending and encoding add about the
    // same to every frame (a third to three quarters of a small frame's time). Where the whole
    // pipeline was timed, that share goes on every frame, so chapters compare as the render
    // finds them; then seconds of the pipeline per unit of the profile's cost.
    const profile = speed
      ? sampled.withOverhead(sampled.overheadFor(speed.paced, speed.ms))
      : sampled
    const secondsPerCost = speed && speed.ms / 1000 / profile.sum(speed.paced)
    const expected = secondsPerCost && secondsPerCost * profile.sum(todo)
    console.log(estimateLine(total - done, expected, workers))
    const timings: FrameTimings | null = options.timings
      ? { segments: todo.map(({ first, count }) => ({ first, count })), frames: [], seconds: [] }
      : null
    const eta = new SegmentEta(todo, secondsPerCost ? { profile, secondsPerCost } : null)
    progress = createProgress(
      total,
      done,
      options.quiet,
      options.now,
      timings ? recordingEta(eta, timings) : eta,
    )
    await Promise.all(
      pages.map(async (page) => {
        for (let segment = queue.shift(); segment; segment = queue.shift()) {
          const file = path.join(workDir, segmentFileName(segment, plan.format))
          await encodeSegment(page, server, plan, segment, file, open, (frame) =>
            progress!.add(frame),
          )
        }
      }),
    )
    if (timings) writeFileAtomic(options.timings!, JSON.stringify(timings) + '\n')
    // Read before the pages and the browser close: their processes' peaks go with them.
    const peak = chromiumPeak(process.pid)
    await Promise.all(pages.map((p) => p.close()))
    return peak
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    progress?.stop()
    await browser.close()
  }
}

/** Draws `segment` in `page` and encodes it into `file`, atomically. */
async function encodeSegment(
  page: Page,
  server: RenderServer,
  plan: RenderPlan,
  segment: Segment,
  file: string,
  open: Set<SegmentEncoder>,
  onFrame: (frame: number) => void,
): Promise<void> {
  const encoder = startSegmentEncoder(plan, segment, file)
  open.add(encoder)
  const token = randomBytes(8).toString('hex')
  const removeSink = server.addSink(token, async (frame, pixels) => {
    await encoder.write(frame, pixels)
    onFrame(frame)
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

/**
 * Places over the work where the speed is measured: a whole segment at each, as the render
 * draws them (three batches of small frames, timed over two, came out 40 % fast over a whole
 * film: too short to see what a segment's encoder and the page's collections cost).
 */
const SPEED_PLACES = 3
/** Speed is measured only when it costs at most this share of the work. */
const SPEED_SHARE = 0.05

/**
 * What frames take through the whole pipeline (draw, read back, send, encode): the milliseconds
 * the frames of `paced` took in all, measured before the render at up to three places spread
 * over the work, or null when the work is too short for that to be worth it. Each place is a
 * whole segment from start to finish, as the render draws one: the page fills the first batch
 * while the encoder starts, and the next segment starts once the encoder is done. The cost
 * profile (measureProfile) says how the rest of the film compares. The frames are encoded with
 * the render's settings into a file that is thrown away.
 */
async function measureSpeed(
  page: Page,
  server: RenderServer,
  plan: RenderPlan,
  todo: Segment[],
  open: Set<SegmentEncoder>,
): Promise<{ ms: number; paced: FrameRange[] } | null> {
  const frames = todo.reduce((n, s) => n + s.count, 0)
  const frameBytes = plan.width * plan.height * (plan.pixelFormat === 'yuv420p' ? 1.5 : 4)
  const batch = batchFor(frameBytes)
  const places = Math.min(SPEED_PLACES, todo.length)
  const each = todo[0]!.count
  if (each <= batch || places * each > SPEED_SHARE * frames) return null
  const scratch = mkdtempSync(path.join(tmpdir(), 'cinematic-speed-'))
  let ms = 0
  const paced: FrameRange[] = []
  try {
    for (let i = 0; i < places; i++) {
      const segment = todo[Math.floor((i * (todo.length - 1)) / Math.max(1, places - 1))]!
      const count = Math.min(each, segment.count)
      const start = performance.now()
      await encodeSegment(
        page,
        server,
        plan,
        { index: i, first: segment.first, count },
        path.join(scratch, segmentFileName({ index: i, first: 0, count }, plan.format)),
        open,
        () => {},
      )
      ms += performance.now() - start
      paced.push({ first: segment.first, count })
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return { ms, paced }
}

/** Draws `frames` in the page, sending nothing: the film's working set loads (see warmUp.ts). */
async function warmUp(page: Page, frames: number[]): Promise<void> {
  await page.evaluate(async (frames) => {
    const capture = window.cinematicCapture!
    for (const f of frames) await capture.renderOnly({ first: f, count: 1 })
  }, frames)
}

/** Places over the work where a frame's cost is measured, at most; and their share of the work. */
const PROFILE_PLACES = 60
const PROFILE_SHARE = 0.05
/**
 * Frames drawn at each place: one that pays for arriving there (a chapter switch), then the
 * timed ones. A small frame draws in a few tens of milliseconds, where one collection of the
 * page's garbage can double a frame's time: two timed frames a place let single frames rank the
 * chapters, and a whole-film ETA missed by up to 58 %; six average them out for 0.8 % more of
 * the work.
 */
const PROFILE_TIMED = 6

/**
 * The cost profile of the frames to draw: at places spread over every chapter (see
 * samplePlaces), what drawing and reading back a frame take in the page as the render does it
 * (under the capture clock; the frames go to a sink that drops them). Sending and encoding cost
 * about the same for every frame; the speed measured through the whole pipeline adds them (see
 * CostProfile's overhead). Drawn in film order, so each chapter is switched to once; the first
 * frame at each place is drawn untimed. Without room for one place a chapter within
 * PROFILE_SHARE of the work, fewer places, evenly; with none, every frame counts the same.
 * (Drawing and reading back alone, without the capture clock, cost a quarter of this at
 * 320x180 and did not rank the chapters as the render does.)
 */
async function measureProfile(
  page: Page,
  server: RenderServer,
  plan: RenderPlan,
  todo: Segment[],
): Promise<CostProfile> {
  const frames = todo.reduce((n, s) => n + s.count, 0)
  const count = Math.min(PROFILE_PLACES, Math.floor((PROFILE_SHARE * frames) / (PROFILE_TIMED + 1)))
  const places = samplePlaces(todo, plan.spans, plan.fps, count).sort((a, b) => a - b)
  const token = randomBytes(8).toString('hex')
  const removeSink = server.addSink(token, async () => {})
  try {
    const ms = await page.evaluate(
      async ({ places, timed, end, endpoint, pixelFormat }) => {
        const capture = window.cinematicCapture!
        const out: number[] = []
        for (const f of places) {
          const first = Math.max(0, f - 1)
          await capture.renderFrames({ first, count: 1, endpoint, pixelFormat })
          const n = Math.max(1, Math.min(timed, end - f))
          // The drawing under the capture clock: what differs from place to place. A call's own
          // start and finish (the clock's, the request's) would add the same to every place.
          const timedRun = await capture.renderFrames({ first: f, count: n, endpoint, pixelFormat })
          // Reading back waits for the GL to finish the frame: on a software GL that is where
          // a busy picture costs most.
          out.push((timedRun.drawMs + timedRun.readMs) / n)
        }
        return out
      },
      {
        places,
        timed: PROFILE_TIMED,
        end: plan.endFrame,
        endpoint: `${server.url}/__frames/${token}`,
        pixelFormat: plan.pixelFormat,
      },
    )
    return new CostProfile(
      places.map((frame, i) => ({ frame, ms: ms[i]! })),
      plan.spans,
      plan.fps,
    )
  } finally {
    removeSink()
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s % 60} s` : `${s} s`
}

/**
 * The estimate printed before drawing: the frames to draw, each at what the cost profile says
 * it costs, at the pipeline's pace measured just now.
 */
export function estimateLine(frames: number, seconds: number | null, workers: number): string {
  if (seconds === null)
    return `Drawing ${frames} frames (too few to measure the speed first; the progress shows it).`
  return (
    `Expect about ${duration(seconds)}: ${frames} frames at ${(frames / seconds).toFixed(1)} fps on average ` +
    `(measured just now over the chapters${workers > 1 ? ', with one browser process' : ''}).`
  )
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

#!/usr/bin/env -S npx tsx
/**
 * `npm run bench`: the export's speed, measured side by side in one run on the same frames.
 *
 *   (a) the export's pipeline on the GL backend it picks (`--gl`, default auto): draw, read
 *       back, hand to Node, encode with ffmpeg (x264);
 *   (b) the same pipeline on SwiftShader, the software GL the export used before it measured;
 *   (c) the render-only limit of (a)'s backend: draw each frame and read it back as (a) does
 *       (packed as yuv420p where (a) packs), nothing else;
 *   (d) CCapture's stock path on (a)'s backend: its in-browser WebCodecs MP4 encoder;
 *   (e) CCapture's stock path on SwiftShader (what the player's Export button does where the
 *       browser has no GPU).
 *
 * The frames come from several places spread over the film, the same for every path: how much
 * faster one GL draws than another changes a lot from place to place (see benchPlaces).
 *
 * They take turns, round after round, on the same frames, so that a machine that slows down or
 * speeds up during the run (a shared host, thermal limits) weighs on all alike; the totals give
 * the ratios and each round's ratios show the spread. A first round warms every path up and is
 * not counted. The pipelines and the stock paths run in browsers of their own. Each path's CPU
 * per frame (its browser's processes, Node and ffmpeg, from /proc) is printed too: on a
 * machine shared with other work, wall time swings
 * with the neighbours' load, CPU time much less. Then, for (a): where a frame's time and
 * CPU go (in the page, and per process from /proc), and the encoder settings compared on the
 * same frames: CPU per frame, and PSNR against the lossless picture.
 * Not a test: the numbers depend on the machine.
 * Options: --size WxH (default 1920x1080), --frames N at each place (default 32), --rounds N
 * (default 2), --at SECONDS[,SECONDS…] (film times of the places' first frames; default: the
 * middles of the film's quarters), --gl, --preset, --crf, --pixel-format, --no-build.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command } from 'commander'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { findChromium, launchChromium, SOFTWARE_GL, type GlBackend } from './lib/chromium'
import { chromiumRoots, cpuSince, cpuSnapshot, type CpuRole } from './lib/render/cpu'
import { encoderArgs, encoderEnv, RGBA_TO_VIDEO, startSegmentEncoder } from './lib/render/ffmpeg'
import { chooseBackend } from './lib/render/glChoice'
import { encoderDefaults, openPage, preferredPixelFormat } from './lib/render/job'
import { benchPlaces } from './lib/render/benchPlaces'
import { planRender, RenderError, type RenderPlan } from './lib/render/plan'
import { startServer, type RenderServer } from './lib/render/server'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface Options {
  size: string
  frames: string
  rounds: string
  at?: string
  gl: string
  preset?: string
  crf?: string
  build: boolean
  pixelFormat?: 'yuv420p' | 'rgba'
}

/** One pipeline pass: wall time, the page's own timings, and CPU by process. */
interface PipelineRun {
  ms: number
  drawMs: number
  readMs: number
  waitMs: number
  cpu: Record<CpuRole, number>
}

/** The browser each page runs in, as its root process (see chromiumRoots): whose CPU counts. */
const browserOf = new Map<Page, number[]>()

async function pipeline(
  page: Page,
  server: RenderServer,
  plan: RenderPlan,
  first: number,
  count: number,
  sink?: (frame: number, pixels: Buffer) => void,
): Promise<PipelineRun> {
  const out = path.join(tmpdir(), `cinematic-bench-${process.pid}.mp4`)
  const cpu0 = cpuSnapshot(browserOf.get(page))
  const t0 = performance.now()
  const encoder = startSegmentEncoder(plan, { index: 0, first, count }, out)
  const remove = server.addSink('bench', async (frame, pixels) => {
    sink?.(frame, pixels)
    await encoder.write(frame, pixels)
  })
  try {
    const stats = await page.evaluate((req) => window.cinematicCapture!.renderFrames(req), {
      first,
      count,
      endpoint: `${server.url}/__frames/bench`,
      pixelFormat: plan.pixelFormat,
    })
    await encoder.finish()
    const ms = performance.now() - t0
    return {
      ms,
      drawMs: stats.drawMs,
      readMs: stats.readMs,
      waitMs: stats.waitMs ?? 0,
      cpu: cpuSince(cpu0, browserOf.get(page)),
    }
  } finally {
    remove()
    rmSync(out, { force: true })
  }
}

type Path = 'a' | 'b' | 'c' | 'd' | 'e'

/** Frames a second, for `frames` frames drawn in `ms`. */
const fps = (ms: number, frames: number): number => (frames * 1000) / ms

/** Each path's frames a second over `frames` frames that took `ms`, and (a)'s ratios, on one line. */
function summary(ms: Record<Path, number>, frames: number, withStock: boolean): string {
  const shown = (k: Path): string =>
    withStock || (k !== 'd' && k !== 'e') ? fps(ms[k], frames).toFixed(2) : '–'
  const over = (k: Path): string => `  a/${k} ${(ms[k] / ms.a).toFixed(2)}`
  return (
    `(a) ${shown('a')}  (b) ${shown('b')}  (c) ${shown('c')}  (d) ${shown('d')}  (e) ${shown('e')} fps;` +
    over('b') +
    (withStock ? over('d') + over('e') : '') +
    over('c')
  )
}

/** Milliseconds of CPU that ffmpeg runs take (Node's reaped children). */
function ffmpegCpu(args: string[], input?: string): { cpuMs: number; stderr: string } {
  const before = cpuSnapshot().ffmpeg
  const r = spawnSync('ffmpeg', args, {
    // The encoder's own environment, so that the settings are compared as the export runs them.
    env: encoderEnv(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    ...(input ? { stdio: [openSync(input, 'r'), 'pipe', 'pipe'] } : {}),
  })
  if (r.status !== 0) throw new Error(`ffmpeg ${args.join(' ')}: ${r.stderr}`)
  return { cpuMs: cpuSnapshot().ffmpeg - before, stderr: r.stderr }
}

interface EncoderTrial {
  preset: string
  crf: number
  threads?: number
  cpuMs: number
  psnr: number
  bytes: number
}

/**
 * Encodes the same raw frames with each setting, as the export would (same input options and
 * colour conversion), and compares each result with the lossless picture: the raw frames
 * through the same conversion, never compressed.
 */
function encoderTrials(
  plan: RenderPlan,
  raw: string,
  first: number,
  count: number,
  dir: string,
): EncoderTrial[] {
  const settings: { preset: RenderPlan['preset']; crf: number; threads?: number }[] = [
    { preset: 'veryfast', crf: 18 },
    { preset: 'veryfast', crf: 18, threads: 1 },
    { preset: 'superfast', crf: 18 },
    { preset: 'superfast', crf: 18, threads: 1 },
    { preset: 'ultrafast', crf: 18 },
    { preset: 'ultrafast', crf: 18, threads: 1 },
    { preset: 'ultrafast', crf: 21, threads: 1 },
  ]
  const input = [
    '-f',
    'rawvideo',
    '-pix_fmt',
    plan.pixelFormat,
    '-s',
    `${plan.width}x${plan.height}`,
  ]
  const toReference = plan.pixelFormat === 'rgba' ? RGBA_TO_VIDEO : 'format=yuv420p'
  return settings.map(({ preset, crf, threads }) => {
    const out = path.join(dir, `${preset}-${crf}-${threads ?? 'auto'}.mp4`)
    const args = encoderArgs(
      { ...plan, preset, crf, encoderThreads: threads ?? null },
      { index: 0, first, count },
      out,
    )
    const { cpuMs } = ffmpegCpu(args, raw)
    const compare = spawnSync(
      'ffmpeg',
      [
        '-hide_banner',
        '-i',
        out,
        ...input,
        '-framerate',
        String(plan.fps),
        '-i',
        raw,
        '-lavfi',
        `[1:v]${toReference}[ref];[0:v][ref]psnr`,
        '-f',
        'null',
        '-',
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    )
    const psnr = Number(/PSNR .*average:([\d.]+|inf)/.exec(compare.stderr)?.[1] ?? NaN)
    const bytes = Number(spawnSync('stat', ['-c', '%s', out], { encoding: 'utf8' }).stdout)
    return { preset, crf, threads, cpuMs: cpuMs / count, psnr, bytes }
  })
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--size <WxH>', 'frame size', '1920x1080')
    .option('--frames <n>', 'frames at each place', '32')
    .option('--rounds <n>', 'rounds of (a)–(e) in turn', '2')
    .option(
      '--at <seconds>',
      "film times of the places' first frames, comma-separated (default: the middles of the film's quarters)",
    )
    .option('--gl <backend>', "(a)'s GL backend: auto, gpu, llvmpipe, swiftshader", 'auto')
    .option('--preset <name>', 'x264 preset (default: the export default)')
    .option('--crf <n>', 'x264 quality (default: the export default)')
    .option('--pixel-format <f>', 'yuv420p or rgba (default: what the export picks)')
    .option('--no-build', 'reuse dist/')
    .parse()
    .opts<Options>()
  const count = Number(opts.frames)
  const rounds = Number(opts.rounds)
  for (const [flag, n] of [
    ['--frames', count],
    ['--rounds', rounds],
  ] as const) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number ≥ 1`)
  }
  const plan = planRender({
    film: 'zero-to-millions',
    size: opts.size,
    preset: opts.preset,
    crf: opts.crf,
    gl: opts.gl,
  })
  const places = benchPlaces(opts.at, plan, count)
  const chromium = findChromium()
  if (!chromium) throw new Error('Chromium not found: sudo apt-get install -y chromium')
  if (opts.build) await build({ root, logLevel: 'warn', mode: 'production' })

  const server = await startServer(path.join(root, 'dist'))
  const { backend, renderer, reason } = await chooseBackend({
    chromium,
    choice: plan.gl,
    plan,
    server,
    cacheFile: path.join(root, '.render-work', 'gl-choice.json'),
    log: (line) => console.log(line),
  })
  const planA: RenderPlan = {
    ...plan,
    pixelFormat: opts.pixelFormat ?? preferredPixelFormat(plan, backend),
  }
  const planB: RenderPlan = {
    ...plan,
    pixelFormat: opts.pixelFormat ?? preferredPixelFormat(plan, SOFTWARE_GL),
  }
  encoderDefaults(planA, backend)
  encoderDefaults(planB, SOFTWARE_GL)
  console.log(`(a) runs on ${backend.name} (${renderer}): ${reason}.`)
  console.log(
    `${rounds} rounds of ${count} frames at each of ${places.map((f) => `${(f / plan.fps).toFixed(1)} s`).join(', ')}; ` +
      `${plan.width}x${plan.height}, ${plan.fps} fps; ` +
      `x264 ${planA.preset} crf ${planA.crf}${planA.encoderThreads ? `, ${planA.encoderThreads} thread` : ''}\n`,
  )

  const opened: { backend: GlBackend; close: () => Promise<void>; page: Page }[] = []
  const open = async (b: GlBackend): Promise<Page> => {
    const before = new Set(chromiumRoots())
    const browser = await launchChromium(chromium, b)
    const page = await openPage(browser, server, plan)
    browserOf.set(
      page,
      chromiumRoots().filter((pid) => !before.has(pid)),
    )
    opened.push({ backend: b, page, close: () => browser.close() })
    return page
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cinematic-bench-'))
  try {
    // The pipeline and the stock path each get a browser of their own, as they would for a
    // user (the CLI's page only exports; the player's Export button runs in a page that never
    // sent frames to Node). Sharing one page, whatever one path left behind (a bigger heap to
    // collect, canvas snapshots held by the stock encoder's frames) was paid by the other.
    const pageA = await open(backend)
    const pageB = backend.id === SOFTWARE_GL.id ? pageA : await open(SOFTWARE_GL)
    const pageD = await open(backend)
    const pageE = backend.id === SOFTWARE_GL.id ? pageD : await open(SOFTWARE_GL)

    const cpuOf = (cpu: Record<CpuRole, number>): number =>
      Object.values(cpu).reduce((n, v) => n + v, 0)
    const stock = async (
      page: Page,
      first: number,
    ): Promise<{ ms: number; cpu: number } | null> => {
      if (stockNote) return null
      const cpu0 = cpuSnapshot(browserOf.get(page))
      try {
        const r = await page.evaluate((req) => window.cinematicCapture!.renderStock(req), {
          first,
          count,
        })
        return { ms: r.totalMs, cpu: cpuOf(cpuSince(cpu0, browserOf.get(page))) }
      } catch (e) {
        stockNote = ` (failed: ${(e as Error).message.split('\n')[0]})`
        return null
      }
    }
    const total = { a: 0, b: 0, c: 0, d: 0, e: 0, cDraw: 0, cRead: 0 }
    const cpu = { a: 0, b: 0, c: 0, d: 0, e: 0 }
    /** Milliseconds of each path at each place, over the counted rounds. */
    const atPlace = places.map(() => ({ a: 0, b: 0, c: 0, d: 0, e: 0 }))
    const runsA: PipelineRun[] = []
    let stockNote = ''
    // Round 0 warms every path up and is not counted. The first draw of each frame pays for
    // what it shows for the first time (shaders compiled, and on a software GL each draw state
    // compiled to machine code; geometry and textures uploaded), and the first pass of a path
    // for its encoder and connections. An export pays these once in a long render (its own
    // warm-up draws the chapters before it measures); counted here, they fell on (a), which
    // runs first, and made its first round up to a third slower than its third.
    for (let round = 0; round <= rounds; round++) {
      const inRound = { a: 0, b: 0, c: 0, d: 0, e: 0 }
      for (const [i, first] of places.entries()) {
        const a = await pipeline(pageA, server, planA, first, count)
        const b = await pipeline(pageB, server, planB, first, count)
        const cpu0 = cpuSnapshot(browserOf.get(pageA))
        const c = await pageA.evaluate((req) => window.cinematicCapture!.renderOnly(req), {
          first,
          count,
          pixelFormat: planA.pixelFormat,
        })
        const cpuC = cpuOf(cpuSince(cpu0, browserOf.get(pageA)))
        const d = await stock(pageD, first)
        const e = pageE === pageD ? d : await stock(pageE, first)
        if (round === 0) continue
        const ms = { a: a.ms, b: b.ms, c: c.totalMs, d: d?.ms ?? 0, e: e?.ms ?? 0 }
        for (const k of ['a', 'b', 'c', 'd', 'e'] as const) {
          inRound[k] += ms[k]
          total[k] += ms[k]
          atPlace[i]![k] += ms[k]
        }
        runsA.push(a)
        cpu.a += cpuOf(a.cpu)
        cpu.b += cpuOf(b.cpu)
        cpu.c += cpuC
        cpu.d += d?.cpu ?? 0
        cpu.e += e?.cpu ?? 0
        total.cDraw += c.drawMs
        total.cRead += c.readMs
      }
      if (round === 0) {
        console.log('round 0 (warm-up, not counted) done')
        continue
      }
      console.log(`round ${round}: ${summary(inRound, count * places.length, !stockNote)}`)
    }
    console.log('')
    for (const [i, first] of places.entries())
      console.log(
        `at ${(first / plan.fps).toFixed(1).padStart(6)} s: ${summary(atPlace[i]!, count * rounds, !stockNote)}`,
      )

    const frames = count * rounds * places.length
    const a = fps(total.a, frames)
    const b = fps(total.b, frames)
    const c = fps(total.c, frames)
    const d = stockNote ? null : fps(total.d, frames)
    const e = stockNote ? null : fps(total.e, frames)
    const line = (label: string, value: number | null, cpuMs: number, note: string): void =>
      console.log(
        `${label.padEnd(40)} ${value === null ? '     –' : value.toFixed(2).padStart(6)} fps` +
          `${value === null ? '' : `  ${(cpuMs / frames).toFixed(0).padStart(4)} ms CPU a frame`}  ${note}`,
      )
    console.log('')
    line(
      `(a) pipeline on ${backend.id}`,
      a,
      cpu.a,
      `${planA.pixelFormat} read-back, x264 ${planA.preset} crf ${planA.crf}`,
    )
    line('(b) the same pipeline on SwiftShader', b, cpu.b, `${planB.pixelFormat} read-back`)
    line(
      `(c) render-only limit on ${backend.id}`,
      c,
      cpu.c,
      `draw ${(total.cDraw / frames).toFixed(1)} ms + ${planA.pixelFormat} read-back ${(total.cRead / frames).toFixed(1)} ms a frame`,
    )
    line(`(d) CCapture WebCodecs on ${backend.id}`, d, cpu.d, stockNote)
    line('(e) CCapture WebCodecs on SwiftShader', e, cpu.e, stockNote)
    console.log('')
    // By time: frames a second. By CPU: the other path's CPU per frame over this one's, what
    // the ratio becomes on a machine where nothing else runs and every path fills the cores.
    const ratio = (
      name: string,
      x: number | null,
      y: number | null,
      cx: number,
      cy: number,
      note: string,
    ): void => {
      if (x === null || y === null) return
      console.log(
        `${name} = ${(x / y).toFixed(2)} by time, ${(cy / cx).toFixed(2)} by CPU   ${note}`,
      )
    }
    ratio('a/b', a, b, cpu.a, cpu.b, '(target ≥ 1.8)')
    // The target is against the stock path as a machine without a GPU runs it (SwiftShader, the
    // GL Chromium falls back to). On the pipeline's own backend both paths wait on the same
    // drawing, which bounds a/d: at the first film's heaviest place, drawing alone (c) ran only
    // 1.3 times as fast as (d).
    ratio(
      'a/d',
      a,
      d,
      cpu.a,
      cpu.d,
      "(the stock path on (a)'s backend: the same drawing bounds both)",
    )
    ratio('a/e', a, e, cpu.a, cpu.e, '(target ≥ 2: the stock path without a GPU)')
    ratio('a/c', a, c, cpu.a, cpu.c, '(how close the pipeline comes to drawing alone)')

    // Where (a)'s time goes.
    const per = (pick: (r: PipelineRun) => number): string =>
      (runsA.reduce((n, r) => n + pick(r), 0) / frames).toFixed(1)
    console.log(`\n(a) per frame, ${per((r) => r.ms)} ms of wall time:`)
    console.log(
      `  in the page: draw ${per((r) => r.drawMs)} ms, read-back ${per((r) => r.readMs)} ms, ` +
        `waiting for the previous batch to reach Node ${per((r) => r.waitMs)} ms`,
    )
    const roles: [CpuRole, string][] = [
      ['gpu', 'GPU process (rasterizing: the software GL)'],
      ['renderer', 'renderer (the film, CCapture, the upload worker)'],
      ['browser', 'browser and network service (transfer)'],
      ['node', 'Node (receiving frames)'],
      ['ffmpeg', 'ffmpeg (colour conversion and x264)'],
    ]
    const cpuTotal = roles.reduce((n, [r]) => n + runsA.reduce((m, run) => m + run.cpu[r], 0), 0)
    console.log(`  CPU, ${(cpuTotal / frames).toFixed(0)} ms a frame in all:`)
    for (const [r, label] of roles)
      console.log(`    ${label.padEnd(46)} ${per((run) => run.cpu[r]).padStart(6)} ms`)

    // The encoder settings, on the same frames.
    const raw = path.join(dir, 'frames.raw')
    const fd = openSync(raw, 'w')
    for (const first of places)
      await pipeline(pageA, server, planA, first, count, (_, pixels) => writeSync(fd, pixels))
    closeSync(fd)
    const trialFrames = count * places.length
    console.log(
      `\nx264 settings on these ${trialFrames} frames (${planA.pixelFormat} in; PSNR against the lossless picture):`,
    )
    for (const t of encoderTrials(planA, raw, places[0]!, trialFrames, dir)) {
      const name = `${t.preset} crf ${t.crf}${t.threads ? `, ${t.threads} thread${t.threads > 1 ? 's' : ''}` : ''}`
      const isDefault =
        t.preset === planA.preset &&
        t.crf === planA.crf &&
        (t.threads ?? null) === planA.encoderThreads
      console.log(
        `  ${name.padEnd(28)} ${t.cpuMs.toFixed(1).padStart(6)} ms CPU a frame  PSNR ${t.psnr.toFixed(2)} dB  ${(t.bytes / trialFrames / 1024).toFixed(0).padStart(5)} KiB a frame${isDefault ? '  (the export default)' : ''}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await Promise.all(opened.map((o) => o.close()))
    await server.close()
  }
}

main().catch((e: unknown) => {
  if (e instanceof RenderError) {
    console.error(e.message)
    process.exit(2)
  }
  console.error(e)
  process.exit(1)
})

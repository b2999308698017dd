#!/usr/bin/env -S npx tsx
/**
 * `npm run soak`: a whole film through the export, twice, checked end to end. Not a test (the
 * first film's takes about 25 minutes on a 2-core machine); run it after changing the export.
 *
 *   1. An uninterrupted render of every frame of the film (small: 320x180 at 24 fps by default).
 *      While it runs, the resident memory of Node and of Chromium is sampled every two seconds;
 *      the last tenth of the frames must not hold more than 10 % above the first tenth (a leak
 *      over 30,000 frames shows there; see checkMemory for what the first tenth has seen).
 *      Every progress line after the first minute has its ETA checked against when the render
 *      really finished (within 15 %). The run's frame timings (render --timings) go beside the
 *      videos, to replay its ETA (see FrameTimings in scripts/lib/render/estimate.ts).
 *   2. The same render killed (SIGKILL, as a crash would) at a random moment, then run again:
 *      it must resume, and its video must equal the first one frame for frame (framemd5).
 *   Both videos: the film's frame count, and audio as long as the picture (within a frame).
 *
 * Options: --film (default zero-to-millions), --size (320x180), --fps (24), --gl (auto),
 * --chapter/--from/--to (a part of the film, for a shorter soak),
 * --seed (the kill moment; default random), --keep (keep the videos and the timings).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command } from 'commander'
import { probe } from './lib/render/ffmpeg'
import { chromiumProcesses, chromiumRole, descendants, processMemory } from './lib/render/memory'
import { planRender } from './lib/render/plan'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')

const SAMPLE_MS = 2000
/** The last tenth may hold this much more memory than the first. */
const MEMORY_GROWTH = 0.1
/** How far an ETA printed after the first minute may be from the real end. */
const ETA_TOLERANCE = 0.15

interface Sample {
  /** Seconds since drawing began. */
  at: number
  /** Tenth of the frames being drawn (0–9). */
  tenth: number
  node: number
  /** Chromium's main process. */
  browser: number
  /** Chromium's other processes: the page's renderer, the GPU process, utilities. */
  page: number
}

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  output: string
  samples: Sample[]
  /** Seconds from the first frame drawn to the last. */
  drawing: number
  /** Each progress line: seconds since drawing began, and the ETA it printed, in seconds. */
  etas: { at: number; eta: number; percent: number }[]
}

function mib(bytes: number): number {
  return bytes / 1048576
}

function clockSeconds(text: string): number {
  const [m, s] = text.split(':').map(Number)
  return m! * 60 + s!
}

/**
 * Where to kill a render: once `fraction` of its frames are drawn. The moment is predicted from
 * the run's own pace (its latest progress line), so a machine that got faster or slower since
 * the first run still kills it where asked; before its first line, from `firstGuess` seconds.
 */
interface Kill {
  fraction: number
  firstGuess: number
}

/** Runs `npm run render -- args` in its own process group; with `kill`, kills it all midway. */
function render(args: string[], kill?: Kill): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'scripts/render.ts', ...args], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const run: Run = { code: null, signal: null, output: '', samples: [], drawing: 0, etas: [] }
    let drawingSince: number | null = null
    let tenth = 0
    let killAt = kill?.firstGuess ?? Infinity
    const onLine = (line: string): void => {
      run.output += line + '\n'
      process.stdout.write(`    ${line}\n`)
      if (/^(Expect about|Drawing \d+ frames)/.test(line)) drawingSince = performance.now()
      const progress = /(\d+)\/(\d+) frames \((\d+)%\).*ETA (\d+:\d\d)/.exec(line)
      if (progress && drawingSince !== null) {
        const at = (performance.now() - drawingSince) / 1000
        const percent = Number(progress[3])
        tenth = Math.min(9, Math.floor(percent / 10))
        run.etas.push({ at, eta: clockSeconds(progress[4]!), percent })
        if (percent === 100) run.drawing = at
        if (kill) {
          const share = Number(progress[1]) / Number(progress[2])
          killAt = share >= kill.fraction ? at : (at * kill.fraction) / share
        }
      }
    }
    let pending = ''
    const collect = (d: Buffer): void => {
      pending += d.toString()
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const l of lines) if (l.trim()) onLine(l)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const sampler = setInterval(() => {
      if (drawingSince === null || run.drawing > 0) return
      const at = (performance.now() - drawingSince) / 1000
      const tree = [child.pid!, ...descendants(child.pid!)]
      const node = tree
        .map(processMemory)
        .filter((m) => m && m.name === 'node')
        .reduce((n, m) => n + m!.rss, 0)
      let browser = 0
      let page = 0
      for (const m of chromiumProcesses(child.pid!)) {
        if (chromiumRole(m.pid) === 'browser') browser += m.rss
        else page += m.rss
      }
      run.samples.push({ at, tenth, node, browser, page })
      if (at >= killAt) process.kill(-child.pid!, 'SIGKILL')
    }, SAMPLE_MS)
    child.on('close', (code, signal) => {
      clearInterval(sampler)
      run.code = code
      run.signal = signal
      resolve(run)
    })
  })
}

function frameMd5s(file: string): string[] {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:v', '-f', 'framemd5', '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  return r.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').at(-1)!.trim())
}

const failures: string[] = []
function check(ok: boolean, what: string): void {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}

function checkVideo(file: string, frames: number, fps: number): void {
  const info = probe(file)
  const video = info.streams.find((s) => s.codec_type === 'video')
  const audio = info.streams.find((s) => s.codec_type === 'audio')
  const got = Number(video?.nb_read_frames ?? 0)
  check(got === frames, `${path.basename(file)}: ${got} frames, the range has ${frames}`)
  const gap = Math.abs(Number(audio?.duration ?? 0) - Number(video?.duration ?? 0))
  check(
    audio !== undefined && gap <= 1 / fps,
    `${path.basename(file)}: audio ${Number(audio?.duration ?? 0).toFixed(3)} s, video ${Number(video?.duration ?? 0).toFixed(3)} s`,
  )
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
}

/**
 * What Chromium's main process may hold beyond the first tenth without a leak: under automation
 * (Playwright turns on the DevTools network domain in every page) Chromium keeps the bodies of
 * recent requests for the inspector, up to 200 MB in all and only those under 20 MB each. The
 * export's batches of frames are such bodies at small sizes (a batch of 320x180 is 0.7 MB), so
 * the main process fills that buffer once, over the first few hundred batches, and then stays
 * level (measured: 289 batches of 691,200 bytes kept, none of 24,883,200). A leak of more than
 * that still shows; the page's own processes get no such allowance.
 */
const INSPECTOR_BUFFER = 200e6

/**
 * The last tenth of the frames against the first. Drawing starts after the render has warmed
 * up (a frame after every beat of every chapter, see warmUp.ts) and measured its cost profile,
 * so what a chapter uploads to the GPU the first time it is drawn is in place before the first
 * tenth: the check compares a film that has been seen once with itself later, as a leak check
 * should. (Without the warm-up the page's processes grew 14 % over a first pass as the
 * chapters loaded, and stayed level over two more passes in the same page.) Anything that
 * grows with the frames drawn or the segments encoded (thousands in a film, against a warm-up
 * of a few hundred frames) still grows through the run and shows here.
 */
function checkMemory(run: Run): void {
  const budgets = {
    node: { name: 'node', extra: 0 },
    page: { name: "Chromium's page processes (renderer, GPU, utilities)", extra: 0 },
    browser: { name: "Chromium's main process", extra: INSPECTOR_BUFFER },
  } as const
  for (const key of ['node', 'page', 'browser'] as const) {
    const first = mean(run.samples.filter((s) => s.tenth === 0).map((s) => s[key]))
    const last = mean(run.samples.filter((s) => s.tenth === 9).map((s) => s[key]))
    const byTenth = Array.from({ length: 10 }, (_, t) =>
      mib(mean(run.samples.filter((s) => s.tenth === t).map((s) => s[key]))).toFixed(0),
    )
    const { name, extra } = budgets[key]
    console.log(`  ${name}: resident memory by tenth (MiB): ${byTenth.join(' ')}`)
    check(
      first > 0 && last <= first * (1 + MEMORY_GROWTH) + extra,
      `${name}: last tenth ${mib(last).toFixed(0)} MiB, first tenth ${mib(first).toFixed(0)} MiB (at most +${MEMORY_GROWTH * 100} %${extra ? ` + ${mib(extra).toFixed(0)} MiB of inspector buffer` : ''})`,
    )
  }
}

/** Seconds of drawing under which a run (a chapter's soak) may end without an ETA to check. */
const SHORT_RUN = 180

function checkEta(run: Run): void {
  const late = run.etas.filter((e) => e.at >= 60 && e.percent < 100)
  const errors = late.map((e) => Math.abs(e.at + e.eta - run.drawing) / (run.drawing - e.at))
  const worst = Math.max(0, ...errors)
  if (late.length === 0 && run.drawing < SHORT_RUN) {
    console.log(
      `  --   the drawing took ${run.drawing.toFixed(0)} s: no ETA after the first minute to check`,
    )
    return
  }
  console.log(
    `  ETAs after the first minute, error against the real end: ${errors.map((e) => `${(e * 100).toFixed(0)}%`).join(' ')}`,
  )
  check(
    late.length > 0 && worst <= ETA_TOLERANCE,
    `worst ETA error ${(worst * 100).toFixed(1)} % (at most ${ETA_TOLERANCE * 100} %)`,
  )
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--film <id>', 'film', 'zero-to-millions')
    .option('--size <WxH>', 'frame size', '320x180')
    .option('--fps <n>', 'frames a second', '24')
    .option('--gl <backend>', 'GL backend', 'auto')
    .option('--chapter <id>', 'only this chapter (a shorter soak)')
    .option('--from <time>', 'start (seconds or mm:ss; within --chapter if given)')
    .option('--to <time>', 'end (seconds or mm:ss; within --chapter if given)')
    .option('--seed <x>', 'where to kill the second run, 0–1 of the way (default random)')
    .option('--keep', "keep the videos and the first run's frame timings")
    .parse()
    .opts<{
      film: string
      size: string
      fps: string
      gl: string
      chapter?: string
      from?: string
      to?: string
      seed?: string
      keep?: boolean
    }>()
  const range = { chapter: opts.chapter, from: opts.from, to: opts.to }
  const plan = planRender({
    film: opts.film,
    size: opts.size,
    fps: opts.fps,
    gl: opts.gl,
    ...range,
  })
  const seed = opts.seed === undefined ? undefined : Number(opts.seed)
  if (seed !== undefined && !(seed > 0 && seed < 1))
    throw new Error(
      `--seed ${opts.seed}: the share of the frames drawn when the second run is killed, between 0 and 1 (e.g. 0.6).`,
    )
  const frames = plan.endFrame - plan.firstFrame
  const dir = mkdtempSync(path.join(tmpdir(), 'cinematic-soak-'))
  const base = ['--film', opts.film, '--size', opts.size, '--fps', opts.fps, '--gl', opts.gl]
  for (const [flag, value] of Object.entries(range)) if (value) base.push(`--${flag}`, value)
  const args = (out: string): string[] => [...base, '--quiet', '--out', path.join(dir, out)]
  const started = performance.now()
  try {
    console.log(
      `Soak: ${opts.film}, ${frames} frames at ${opts.size}, ${opts.fps} fps, in ${dir}\n`,
    )
    console.log('1. Uninterrupted render')
    const timings = path.join(dir, 'whole-timings.json')
    const whole = await render(['--no-build', ...args('whole.mp4'), '--timings', timings])
    // A first build makes sure the player is current; later renders reuse it.
    if (whole.code !== 0) throw new Error(`the render failed (exit ${whole.code})`)
    checkVideo(path.join(dir, 'whole.mp4'), frames, plan.fps)
    checkMemory(whole)
    checkEta(whole)

    const fraction = seed ?? 0.2 + 0.6 * Math.random()
    console.log(
      `\n2. Killed once about ${(fraction * 100).toFixed(0)} % of the frames are drawn, then resumed`,
    )
    const killed = await render(['--no-build', ...args('resumed.mp4')], {
      fraction,
      firstGuess: fraction * whole.drawing,
    })
    check(
      killed.signal === 'SIGKILL' || killed.code !== 0,
      `the render was killed (${killed.signal ?? killed.code})`,
    )
    const resumed = await render(['--no-build', ...args('resumed.mp4')])
    check(resumed.code === 0, `the resumed render finished (exit ${resumed.code})`)
    check(
      /Resuming: \d+ of \d+ segments/.test(resumed.output),
      'it resumed from the finished segments',
    )
    checkVideo(path.join(dir, 'resumed.mp4'), frames, plan.fps)
    const a = frameMd5s(path.join(dir, 'whole.mp4'))
    const b = frameMd5s(path.join(dir, 'resumed.mp4'))
    const firstDiff = a.findIndex((m, i) => m !== b[i])
    check(
      a.length === frames && firstDiff === -1 && a.length === b.length,
      `the resumed video equals the uninterrupted one, frame for frame (${a.length} frames${firstDiff >= 0 ? `; first differs at ${firstDiff}` : ''})`,
    )
  } finally {
    if (!opts.keep) rmSync(dir, { recursive: true, force: true })
  }
  console.log(
    `\nSoak ${failures.length ? 'FAILED' : 'passed'} in ${((performance.now() - started) / 60000).toFixed(1)} min.`,
  )
  if (failures.length) process.exit(1)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})

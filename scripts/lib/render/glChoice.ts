/**
 * The export's GL backend: what `--gl` asks for, or with `--gl auto` the fastest backend that
 * draws this film correctly on this machine, measured on a few of its frames.
 *
 * The backends differ a lot in speed (on two cores at 1080p, Mesa's llvmpipe draws a frame of
 * this film in about half the time SwiftShader takes), and which is fastest depends on the
 * machine, so auto measures instead of assuming. A backend counts only if it draws the film:
 * its frame must not be blank where SwiftShader's is not, and must look like SwiftShader's
 * (SwiftShader ships inside Chromium and is what the browser tests check the pictures on).
 * The choice is remembered per browser, renderers and frame size, so a resumed render takes the
 * same backend (a different one would mean different pixels, hence a new work folder).
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { writeFileAtomic } from '../atomic'
import {
  LLVMPIPE_PACKAGES,
  launchChromium,
  probeBackends,
  probeFailure,
  works,
  type GlBackend,
  type GlChoice,
  type Probe,
} from '../chromium'
import { openPage } from './job'
import { RenderError, type RenderPlan } from './plan'
import type { RenderServer } from './server'

export interface GlPick {
  backend: GlBackend
  /** The WebGL renderer it reported. */
  renderer: string
  /** Why this one, in a sentence. */
  reason: string
}

/**
 * Frames drawn before timing, and frames timed per round. A fresh page's first frames carry
 * shader compiles, uploads and unoptimised JavaScript: on two cores at 320x180 the second and
 * third frames still took two to three times the steady time, enough to reverse the verdict.
 */
const WARM_FRAMES = 6
const TIMED_FRAMES = 4
/** Rounds in which the candidates take turns, so a busy moment weighs on all alike. */
const ROUNDS = 3
/**
 * How much faster a backend listed later (GPU first, then llvmpipe, then SwiftShader) must
 * measure to be picked over one listed earlier. Where the two draw alike (small frames, where
 * the page's own work outweighs rasterizing), a dozen frames cannot tell them apart; the order
 * then decides, and it is the order of their speed wherever rasterizing counts.
 */
const CLEARLY_FASTER = 0.1
/** Size of the thumbnails compared between backends. */
const THUMB = { cols: 48, rows: 27 }
/**
 * Largest mean difference from SwiftShader's thumbnail, in 8-bit levels: backends rasterize
 * edges and round colours a little differently (about 1 level on this film); a backend that
 * misses objects or gets colours wrong differs by tens.
 */
const MAX_MEAN_DIFFERENCE = 6
/** A thumbnail whose luminance varies less than this (standard deviation, levels) is blank. */
const BLANK_DEVIATION = 2

interface Measured {
  probe: Probe & { renderer: string }
  msPerFrame: number
  thumbnail: number[]
  error?: string
}

function luminanceDeviation(t: number[]): number {
  const l: number[] = []
  for (let i = 0; i < t.length; i += 4)
    l.push(0.2126 * t[i]! + 0.7152 * t[i + 1]! + 0.0722 * t[i + 2]!)
  const mean = l.reduce((a, b) => a + b, 0) / l.length
  return Math.sqrt(l.reduce((a, b) => a + (b - mean) ** 2, 0) / l.length)
}

function meanDifference(a: number[], b: number[]): number {
  let sum = 0
  let n = 0
  for (let i = 0; i < a.length; i++) {
    if (i % 4 === 3) continue // alpha
    sum += Math.abs(a[i]! - b[i]!)
    n++
  }
  return sum / n
}

/** The film frame the measurement draws: the middle of the range, with room for the timed frames. */
function sampleFrame(plan: RenderPlan): number {
  const filmEnd = Math.round(plan.spans.at(-1)!.end * plan.fps)
  const needed = WARM_FRAMES + TIMED_FRAMES * ROUNDS + 1
  const mid = Math.floor((plan.firstFrame + plan.endFrame) / 2)
  return Math.max(0, Math.min(mid, filmEnd - needed))
}

interface Remembered {
  picked: GlBackend['id']
  reason: string
}

/** Bumped when the measurement changes, so a choice made by an older one is measured again. */
const MEASUREMENT = 2

function cacheKey(plan: RenderPlan, probes: Probe[]): string {
  return JSON.stringify([
    MEASUREMENT,
    probes[0]?.browserVersion,
    `${plan.width}x${plan.height}`,
    probes.map((p) => [p.backend.id, p.renderer]),
  ])
}

function readCache(file: string): Record<string, Remembered> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Remembered>
  } catch {
    return {}
  }
}

function ms(n: number): string {
  return `${Math.round(n)} ms`
}

/**
 * Picks the backend for `plan` as `choice` says. `log` gets a line per measured backend.
 * Throws a RenderError naming the flag and the mend when the asked backend is not there.
 */
export async function chooseBackend(options: {
  chromium: string
  choice: GlChoice
  plan: RenderPlan
  server: RenderServer
  /** Where auto's measurements are remembered. */
  cacheFile: string
  log: (line: string) => void
}): Promise<GlPick> {
  const { chromium, choice, plan, server, cacheFile, log } = options
  const probes = await probeBackends(chromium, choice)
  const working = probes.filter(works)
  const failures = probes.filter((p) => !works(p)).map(probeFailure)

  if (choice !== 'auto') {
    const found = working[0]
    if (found) return { ...found, reason: `asked for with --gl ${choice}` }
    throw new RenderError(`--gl ${choice}: ${absent(choice)} (${failures.join('; ')}).`)
  }
  if (working.length === 0)
    throw new RenderError(`No GL backend gives WebGL 2 here (${failures.join('; ')}).`)
  if (working.length === 1)
    return {
      ...working[0]!,
      reason: `the only backend that works here${failures.length ? ` (${failures.join('; ')})` : ''}`,
    }

  const key = cacheKey(plan, working)
  const cache = readCache(cacheFile)
  const remembered = cache[key]
  const again = remembered && working.find((p) => p.backend.id === remembered.picked)
  if (again) return { ...again, reason: `${remembered.reason}; measured earlier on this machine` }

  log(
    `Measuring ${working.map((p) => p.backend.name).join(', ')} on frames of the film at ${plan.width}x${plan.height}…`,
  )
  const measured = await measure(chromium, working, plan, server)
  const reference = measured.find((m) => m.probe.backend.id === 'swiftshader' && !m.error)
  const referenceBlank = reference
    ? luminanceDeviation(reference.thumbnail) < BLANK_DEVIATION
    : true
  const verdicts = measured.map((m) => {
    let wrong = m.error ?? null
    if (!wrong && !referenceBlank && luminanceDeviation(m.thumbnail) < BLANK_DEVIATION)
      wrong = 'draws a blank frame'
    const difference =
      reference && m !== reference ? meanDifference(m.thumbnail, reference.thumbnail) : 0
    if (!wrong && difference > MAX_MEAN_DIFFERENCE)
      wrong = `draws a different picture (mean difference ${difference.toFixed(1)} levels from SwiftShader)`
    return { m, wrong, difference }
  })
  for (const { m, wrong, difference } of verdicts) {
    log(
      `  ${m.probe.backend.name.padEnd(40)} ${wrong ? `refused: ${wrong}` : `${ms(m.msPerFrame)} a frame (draw + read-back)${m === reference ? ', the reference picture' : reference ? `, picture within ${difference.toFixed(1)} levels of SwiftShader's` : ''}`}`,
    )
  }
  const good = verdicts.filter((v) => !v.wrong).map((v) => v.m)
  const best = pickBackend(good)
  if (!best)
    throw new RenderError(
      `No GL backend draws the film correctly here: ${verdicts.map((v) => `${v.m.probe.backend.name}: ${v.wrong}`).join('; ')}.`,
    )
  const others = good
    .filter((m) => m !== best)
    .map((m) => `${m.probe.backend.name} ${ms(m.msPerFrame)}`)
  const fastest = good.every((m) => m.msPerFrame >= best.msPerFrame)
  const reason =
    `${fastest ? 'the fastest that draws correctly' : `within ${CLEARLY_FASTER * 100} % of the fastest, and first in the order GPU, llvmpipe, SwiftShader`} at ${plan.width}x${plan.height}: ${ms(best.msPerFrame)} a frame` +
    (others.length ? ` against ${others.join(', ')}` : '')
  cache[key] = { picked: best.probe.backend.id, reason }
  mkdirSync(path.dirname(cacheFile), { recursive: true })
  writeFileAtomic(cacheFile, JSON.stringify(cache, null, 2) + '\n')
  return { ...best.probe, reason }
}

/**
 * The backend to draw with among those that draw correctly, listed in GL_BACKENDS' order: the
 * first, unless a later one measured more than CLEARLY_FASTER faster than the best before it.
 */
export function pickBackend<T extends { msPerFrame: number }>(candidates: T[]): T | undefined {
  let best: T | undefined
  for (const c of candidates)
    if (!best || c.msPerFrame < best.msPerFrame * (1 - CLEARLY_FASTER)) best = c
  return best
}

function absent(choice: Exclude<GlChoice, 'auto'>): string {
  switch (choice) {
    case 'gpu':
      return 'no GPU backend works on this machine. Use --gl auto (or llvmpipe, swiftshader) to draw on the CPU'
    case 'llvmpipe':
      return `Mesa's llvmpipe is not available. Install it with: sudo apt-get install -y ${LLVMPIPE_PACKAGES.join(' ')}, or use --gl swiftshader`
    case 'swiftshader':
      return 'this Chromium has no SwiftShader. Use --gl auto'
  }
}

/**
 * Opens the film in one browser per candidate, then lets them take turns drawing the same
 * frames; returns each one's time per frame (draw and read-back) and its thumbnail.
 */
async function measure(
  chromium: string,
  candidates: (Probe & { renderer: string })[],
  plan: RenderPlan,
  server: RenderServer,
): Promise<Measured[]> {
  const first = sampleFrame(plan)
  const browsers: Browser[] = []
  try {
    const pages: (Page | string)[] = []
    for (const c of candidates) {
      try {
        const browser = await launchChromium(chromium, c.backend)
        browsers.push(browser)
        const page = await openPage(browser, server, plan)
        await page.evaluate((req) => window.cinematicCapture!.renderOnly(req), {
          first,
          count: WARM_FRAMES,
        })
        pages.push(page)
      } catch (e) {
        pages.push((e as Error).message.split('\n')[0]!)
      }
    }
    const totals = candidates.map(() => 0)
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, page] of pages.entries()) {
        if (typeof page === 'string') continue
        const stats = await page.evaluate((req) => window.cinematicCapture!.renderOnly(req), {
          first: first + WARM_FRAMES + round * TIMED_FRAMES,
          count: TIMED_FRAMES,
        })
        totals[i]! += stats.totalMs
      }
    }
    const results: Measured[] = []
    for (const [i, page] of pages.entries()) {
      const probe = candidates[i]!
      if (typeof page === 'string') {
        results.push({
          probe,
          msPerFrame: Infinity,
          thumbnail: [],
          error: `failed to draw: ${page}`,
        })
        continue
      }
      const thumbnail = await page.evaluate((req) => window.cinematicCapture!.thumbnail(req), {
        frame: first,
        ...THUMB,
      })
      results.push({ probe, msPerFrame: totals[i]! / (ROUNDS * TIMED_FRAMES), thumbnail })
    }
    return results
  } finally {
    await Promise.all(browsers.map((b) => b.close()))
  }
}

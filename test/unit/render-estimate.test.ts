import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  CostProfile,
  drawOrder,
  SegmentEta,
  samplePlaces,
  type CostSample,
  type FrameRange,
  type FrameTimings,
} from '../../scripts/lib/render/estimate'
import type { ChapterSpan } from '../../src/timeline/filmTime'

/**
 * The estimator against synthetic renders: frames whose cost is known, drawn at a simulated
 * clock, so the ETA's error is computed exactly and the test reads no real time.
 */

const FPS = 2
/** Frames arrive in Node in batches, as the export sends them. */
const BATCH = 8
/** Seconds from the start of drawing to the first frame (the page and ffmpeg starting). */
const STARTUP = 5

/** A film of 14 chapters of 40–130 s, like the shipped ones. */
const SPANS: ChapterSpan[] = (() => {
  const lengths = [40, 85, 95, 70, 100, 90, 80, 95, 130, 75, 110, 90, 85, 60]
  let t = 0
  return lengths.map((d, i) => {
    const span = { id: `c${i}`, title: `Chapter ${i}`, start: t, end: t + d }
    t += d
    return span
  })
})()
const END_FRAME = Math.round(SPANS.at(-1)!.end * FPS)
const ALL: FrameRange[] = [{ first: 0, count: END_FRAME }]

/** A small deterministic generator (mulberry32), so every run of the test is the same. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function chapterAt(frame: number): number {
  const t = frame / FPS
  const i = SPANS.findIndex((s) => t < s.end)
  return i < 0 ? SPANS.length - 1 : i
}

/**
 * What a frame really costs to draw, in seconds: the film slows from 5.3 frames a second in its
 * first chapter to 1.9 in its last (as the soak measured), and within a chapter a frame costs
 * up to 40 % more at the end, when everything the chapter built is on screen.
 */
function drawCost(frame: number): number {
  const c = chapterAt(frame)
  const span = SPANS[c]!
  const into = (frame / FPS - span.start) / (span.end - span.start)
  const fps = 5.3 - ((5.3 - 1.9) * c) / (SPANS.length - 1)
  // Chapters do not simply get heavier one by one: every third is lighter than its neighbours.
  const bump = c % 3 === 2 ? 0.7 : 1
  return (bump / fps) * (1 + 0.4 * into)
}

/** Frames a segment holds (4 s of film at FPS, as the render's segments are). */
const SEGMENT = 8
const SEGMENTS: FrameRange[] = Array.from({ length: Math.ceil(END_FRAME / SEGMENT) }, (_, i) => ({
  first: i * SEGMENT,
  count: Math.min(SEGMENT, END_FRAME - i * SEGMENT),
}))
/** Seconds a page takes to move to a place that does not follow the frame before. */
const JUMP = 0.1

interface Render {
  /** Each frame as it reached Node (seconds since drawing began), in the order they arrived. */
  arrivals: { frame: number; at: number }[]
  end: number
}

/** What a frame costs through the whole pipeline: drawing, and `overhead` seconds besides. */
function frameCost(frame: number, overhead: number): number {
  return drawCost(frame) * 1.25 + overhead
}

/**
 * A render of every frame, its segments in `order`: each frame costs its draw cost times the
 * pipeline's share over the draw alone (read-back, transfer, encoding), plus `overhead` seconds
 * that every frame pays alike (sending and encoding a small frame), with ±20 % of noise a frame; a segment that does not follow the one
 * before costs JUMP more; frames arrive a batch at a time.
 */
function simulate(
  seed: number,
  overhead = 0,
  order: readonly FrameRange[] = drawOrder(SEGMENTS),
): Render {
  const rnd = random(seed)
  const arrivals: Render['arrivals'] = []
  let t = STARTUP
  let next = 0
  for (const segment of order) {
    if (segment.first !== next) t += JUMP
    next = segment.first + segment.count
    let batch: number[] = []
    for (let f = segment.first; f < next; f++) {
      t += frameCost(f, overhead) * (0.8 + 0.4 * rnd())
      batch.push(f)
      if (batch.length === BATCH || f === next - 1) {
        for (const frame of batch) arrivals.push({ frame, at: t })
        batch = []
      }
    }
  }
  return { arrivals, end: t }
}

/** The preflight's samples: each frame's draw cost measured with ±15 % of noise. */
function measure(places: number[], seed: number): CostSample[] {
  const rnd = random(seed)
  return places.map((frame) => ({ frame, ms: drawCost(frame) * 1000 * (0.85 + 0.3 * rnd()) }))
}

interface Reading {
  at: number
  percent: number
  /** |predicted end − real end| / real time left. */
  error: number
}

/** The ETA read at every 1 % of the frames, as a progress bar would show it. */
function readings(render: Render): Reading[] {
  const eta = new SegmentEta(SEGMENTS)
  const out: Reading[] = []
  let next = 1
  render.arrivals.forEach(({ frame, at }, i) => {
    eta.frameDrawn(frame, at)
    const percent = Math.floor((100 * (i + 1)) / END_FRAME)
    if (percent >= next && percent < 100) {
      next = percent + 1
      const left = eta.secondsLeft()!
      out.push({ at, percent, error: Math.abs(at + left - render.end) / (render.end - at) })
    }
  })
  return out
}

const worst = (rs: Reading[]): number => Math.max(...rs.map((r) => r.error))

/**
 * Readings the soak checks: after the first minute, up to 90 % of the frames (its last progress
 * line before the end; later, a few seconds' difference is a large share of what is left).
 */
const checked = (rs: Reading[]): Reading[] => rs.filter((r) => r.at >= 60 && r.percent <= 90)

/**
 * Whole-film renders of the first film (320x180, 24 fps, 28,716 frames, about ten minutes each)
 * recorded with `render --timings` on the 2-core machine without a GPU. They hold what the
 * synthetic renders above leave out: a host whose speed drifts by a fifth within minutes, and
 * the cost of starting each segment.
 */
const RECORDED = path.join(__dirname, '../fixtures/eta')

/** The ETA as a quiet render prints it: at every tenth of the frames, and its error then. */
function replay(t: FrameTimings): Reading[] {
  const eta = new SegmentEta(t.segments)
  const total = t.frames.length
  const end = t.seconds.at(-1)!
  const out: Reading[] = []
  let next = 10
  t.frames.forEach((frame, i) => {
    const at = t.seconds[i]!
    eta.frameDrawn(frame, at)
    const percent = Math.floor((100 * (i + 1)) / total)
    if (percent >= next && percent < 100) {
      next = percent - (percent % 10) + 10
      const left = eta.secondsLeft()!
      out.push({ at, percent, error: Math.abs(at + left - end) / (end - at) })
    }
  })
  return out
}

describe('the render estimate', () => {
  it('measures in every chapter, more where a chapter has more frames', () => {
    const places = samplePlaces(ALL, SPANS, FPS, 42)
    expect(places).toHaveLength(42)
    const perChapter = SPANS.map((_, c) => places.filter((f) => chapterAt(f) === c).length)
    expect(Math.min(...perChapter)).toBeGreaterThanOrEqual(1)
    // The longest chapter (130 s) gets more than the shortest (40 s).
    expect(perChapter[8]!).toBeGreaterThan(perChapter[0]!)
    expect(new Set(places).size).toBe(places.length)
  })

  it('measures only frames this run draws (a shard, a resumed render)', () => {
    const ranges: FrameRange[] = [
      { first: 100, count: 50 },
      { first: 900, count: 200 },
    ]
    const places = samplePlaces(ranges, SPANS, FPS, 10)
    expect(places).toHaveLength(10)
    for (const f of places) {
      expect(
        ranges.some((r) => f >= r.first && f < r.first + r.count),
        `frame ${f}`,
      ).toBe(true)
    }
  })

  it('interpolates within a chapter and never across chapters', () => {
    const c1 = SPANS[1]!
    const a = Math.round(c1.start * FPS) + 10
    const b = a + 40
    const profile = new CostProfile(
      [
        { frame: a, ms: 100 },
        { frame: b, ms: 200 },
      ],
      SPANS,
      FPS,
    )
    expect(profile.at(a + 20)).toBeCloseTo(150)
    expect(profile.at(a - 5)).toBe(100)
    expect(profile.at(b + 5)).toBe(200)
    // Chapter 3 has no sample: the mean of all.
    expect(profile.at(Math.round(SPANS[3]!.start * FPS) + 1)).toBe(150)
    expect(profile.sum([{ first: a, count: 3 }])).toBeCloseTo(100 + 102.5 + 105)
  })

  it('draws segments coarse to fine: each pass fills the gaps the last left', () => {
    const n = 37
    const order = drawOrder(Array.from({ length: n }, (_, i) => i))
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i))
    expect(order.slice(0, 5)).toEqual([0, 32, 16, 8, 24])
    // After any number k drawn, no gap between drawn segments is wider than 2n/k (at least 2).
    for (let k = 2; k <= n; k++) {
      const drawn = [...order.slice(0, k), n].sort((a, b) => a - b)
      const gap = Math.max(...drawn.slice(1).map((d, i) => d - drawn[i]!))
      expect(gap, `after ${k}`).toBeLessThanOrEqual(Math.max(2, (2 * n) / k))
    }
    expect(drawOrder([])).toEqual([])
  })

  it('holds the ETA within 15 % after the first minute under steady load', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rs = checked(readings(simulate(seed, 0.1)))
      expect(rs.length).toBeGreaterThan(80)
      expect(worst(rs), `seed ${seed}`).toBeLessThanOrEqual(0.15)
    }
  })

  it('holds the ETA within 15 % after the first minute on whole films rendered here', () => {
    const files = readdirSync(RECORDED).filter((f) => f.endsWith('.json.gz'))
    expect(files.length).toBeGreaterThanOrEqual(4)
    for (const file of files) {
      const t = JSON.parse(
        gunzipSync(readFileSync(path.join(RECORDED, file))).toString(),
      ) as FrameTimings
      // Every frame of the film, once.
      const frames = t.segments.reduce((n, s) => n + s.count, 0)
      expect(t.frames, file).toHaveLength(frames)
      expect(new Set(t.frames).size, file).toBe(frames)
      // What the soak checks: every progress line after the first minute but the last.
      const rs = replay(t).filter((r) => r.at >= 60)
      expect(rs.length, file).toBeGreaterThanOrEqual(7)
      expect(worst(rs), file).toBeLessThanOrEqual(0.15)
    }
  })

  it('needs the coarse-to-fine order: drawn in film order, the same ETA misses by far more', () => {
    for (const seed of [1, 2, 3]) {
      const render = simulate(seed, 0.1, SEGMENTS)
      expect(worst(checked(readings(render))), `seed ${seed}`).toBeGreaterThan(0.3)
    }
  })

  it('estimates up front from the profile and the pace through the pipeline', () => {
    // Sending and encoding cost as much as drawing a middling frame, whatever the picture.
    const overhead = 0.35
    // The preflight's speed measurement: a segment at the start, middle and end of the work.
    const paced = [0, SEGMENTS.length >> 1, SEGMENTS.length - 2].map((i) => SEGMENTS[i]!)
    const pipelineMs = paced.reduce((n, r) => {
      for (let f = r.first; f < r.first + r.count; f++) n += frameCost(f, overhead) * 1000
      return n
    }, 0)
    for (const seed of [1, 2, 3, 4, 5]) {
      const render = simulate(seed, overhead)
      const sampled = new CostProfile(
        measure(samplePlaces(ALL, SPANS, FPS, 42), seed + 100),
        SPANS,
        FPS,
      )
      const profile = sampled.withOverhead(sampled.overheadFor(paced, pipelineMs))
      expect(profile.overhead).toBeGreaterThan(overhead * 1000 * 0.8)
      const expected = (pipelineMs / 1000 / profile.sum(paced)) * profile.sum(ALL)
      expect(Math.abs(expected - render.end) / render.end, `seed ${seed}`).toBeLessThanOrEqual(0.15)
    }
  })

  it('gives the up-front estimate until a segment is done, and null without one', () => {
    const profile = new CostProfile([{ frame: 0, ms: 100 }], SPANS, FPS)
    const todo: FrameRange[] = [
      { first: 0, count: 4 },
      { first: 4, count: 4 },
      { first: 8, count: 2 },
    ]
    expect(new SegmentEta(todo).secondsLeft()).toBeNull()
    const eta = new SegmentEta(todo, { profile, secondsPerCost: 0.002 })
    expect(eta.secondsLeft()).toBeCloseTo(10 * 100 * 0.002)
    // The first frame's wait (the page and the encoder starting) counts for no frame.
    eta.frameDrawn(0, 30)
    expect(eta.secondsLeft()).toBeCloseTo(9 * 100 * 0.002)
    for (const [f, at] of [
      [1, 31],
      [2, 32],
      [3, 33],
    ] as const)
      eta.frameDrawn(f, at)
    // The first segment took 3 s for 4 frames: the six frames left at 0.75 s each.
    expect(eta.secondsLeft()).toBeCloseTo(6 * 0.75)
    // The last segment done at 4 s a frame: the one between is priced on the line between them.
    eta.frameDrawn(8, 37)
    eta.frameDrawn(9, 41)
    const between = 0.75 + (4 - 0.75) * ((6 - 2) / (9 - 2))
    expect(eta.secondsLeft()).toBeCloseTo(4 * between)
    eta.frameDrawn(4, 42)
    expect(eta.secondsLeft()).toBeCloseTo(3 * between)
  })
})

import { describe, expect, it } from 'vitest'
import {
  CostProfile,
  Eta,
  samplePlaces,
  type CostSample,
  type FrameRange,
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

interface Render {
  /** When each frame reached Node (seconds since drawing began). */
  arrivals: number[]
  end: number
}

/** What a frame costs through the whole pipeline: drawing, and `overhead` seconds besides. */
function frameCost(frame: number, overhead: number): number {
  return drawCost(frame) * 1.25 + overhead
}

/**
 * A render of every frame: each frame costs its draw cost times the pipeline's share over the
 * draw alone (read-back, transfer, encoding), plus `overhead` seconds that every frame pays
 * alike (sending and encoding a small frame), times `load(t)` (a machine busy with other work),
 * with ±20 % of noise a frame; frames arrive a batch at a time.
 */
function simulate(load: (t: number) => number, seed: number, overhead = 0): Render {
  const rnd = random(seed)
  const arrivals: number[] = []
  let t = STARTUP
  let batch: number[] = []
  for (let f = 0; f < END_FRAME; f++) {
    t += frameCost(f, overhead) * load(t) * (0.8 + 0.4 * rnd())
    batch.push(f)
    if (batch.length === BATCH || f === END_FRAME - 1) {
      for (const _ of batch) arrivals.push(t)
      batch = []
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
function readings(render: Render, profile: CostProfile): Reading[] {
  const eta = new Eta(profile, ALL, 0)
  const out: Reading[] = []
  let next = 1
  render.arrivals.forEach((at, frame) => {
    eta.frameDrawn(frame, at)
    const percent = Math.floor((100 * (frame + 1)) / END_FRAME)
    if (percent >= next && percent < 100) {
      next = percent + 1
      const left = eta.secondsLeft(at)!
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

  it('holds the ETA within 15 % after the first minute under steady load', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const render = simulate(() => 1, seed)
      const samples = measure(samplePlaces(ALL, SPANS, FPS, 42), seed + 100)
      const rs = checked(readings(render, new CostProfile(samples, SPANS, FPS)))
      expect(rs.length).toBeGreaterThan(80)
      expect(worst(rs), `seed ${seed}`).toBeLessThanOrEqual(0.15)
    }
  })

  it('adds what every frame costs beyond the samples, from the pace measured through the pipeline', () => {
    // Sending and encoding cost as much as drawing a middling frame, whatever the picture.
    const overhead = 0.35
    // The preflight's speed measurement: 16 frames at the start, middle and end of the work.
    const paced: FrameRange[] = [0, END_FRAME / 2, END_FRAME - 16].map((f) => ({
      first: Math.round(f),
      count: 16,
    }))
    const pipelineMs = paced.reduce((n, r) => {
      for (let f = r.first; f < r.first + r.count; f++) n += frameCost(f, overhead) * 1000
      return n
    }, 0)
    for (const seed of [1, 2, 3, 4, 5]) {
      const render = simulate(() => 1, seed, overhead)
      const sampled = new CostProfile(
        measure(samplePlaces(ALL, SPANS, FPS, 42), seed + 100),
        SPANS,
        FPS,
      )
      const profile = sampled.withOverhead(sampled.overheadFor(paced, pipelineMs))
      expect(profile.overhead).toBeGreaterThan(overhead * 1000 * 0.8)
      expect(worst(checked(readings(render, profile))), `seed ${seed}`).toBeLessThanOrEqual(0.15)
      // The samples alone rank the chapters as drawing does, not as the render goes.
      expect(worst(checked(readings(render, sampled))), `seed ${seed}`).toBeGreaterThan(0.15)
    }
  })

  it('would miss by far more without the profile: the pace so far is not the pace ahead', () => {
    const render = simulate(() => 1, 1)
    const flat = new CostProfile([], SPANS, FPS)
    expect(worst(checked(readings(render, flat)))).toBeGreaterThan(0.3)
  })

  it('follows a machine that gets busier: back within 15 % a few minutes later', () => {
    // Load doubles at a third of the render (another job starts on the machine).
    const steady = simulate(() => 1, 7)
    const change = steady.end / 3
    const render = simulate((t) => (t < change ? 1 : 2), 7)
    const samples = measure(samplePlaces(ALL, SPANS, FPS, 42), 107)
    const rs = readings(render, new CostProfile(samples, SPANS, FPS))
    // Right after the change the ETA cannot know; once the window holds the new pace, it does.
    const settled = rs.filter((r) => r.at >= change + 600 && r.percent <= 95)
    expect(settled.length).toBeGreaterThan(20)
    expect(worst(settled)).toBeLessThanOrEqual(0.15)
    const before = rs.filter((r) => r.at >= 60 && r.at < change)
    expect(worst(before)).toBeGreaterThan(0.15) // the change itself was unforeseeable
  })

  it('gives the pace measured before drawing until a frame is in, and null without one', () => {
    const profile = new CostProfile([{ frame: 0, ms: 100 }], SPANS, FPS)
    const todo: FrameRange[] = [{ first: 0, count: 10 }]
    expect(new Eta(profile, todo, 0, 0.002).secondsLeft(1)).toBeCloseTo(10 * 100 * 0.002)
    expect(new Eta(profile, todo, 0).secondsLeft(1)).toBeNull()
    const eta = new Eta(profile, todo, 0, 0.002)
    eta.frameDrawn(0, 2)
    // The pace is timed from the first frame in: until another arrives, the measured one.
    expect(eta.secondsLeft(2)).toBeCloseTo(9 * 100 * 0.002)
    eta.frameDrawn(1, 4)
    // One frame of cost 100 in the 2 s since: eight frames left take 16 s.
    expect(eta.secondsLeft(4)).toBeCloseTo(16)
  })
})

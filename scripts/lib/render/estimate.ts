/**
 * How long a render takes, up front and while it runs. A film does not cost the same all
 * through: a chapter that builds a whole architecture draws several times slower than the title,
 * and the later chapters of a film are the busy ones, so a speed measured on the frames drawn
 * so far promises too early an end. Before drawing, the job measures what a frame costs at
 * places spread over every chapter (a cost profile); the ETA is then the cost of the frames
 * left, at the pace the render is really keeping on the frames it has just drawn.
 */
import { locate, type ChapterSpan } from '../../../src/timeline/filmTime'

/** Frames [first, first + count). */
export interface FrameRange {
  first: number
  count: number
}

/** What drawing one frame cost at a film frame, measured before the render, in milliseconds. */
export interface CostSample {
  frame: number
  ms: number
}

/** The chapter a film frame belongs to (the chapter on screen at the frame's start time). */
function chapterOf(spans: readonly ChapterSpan[], fps: number, frame: number): number {
  return locate(spans, frame / fps).index
}

/** Every frame of `ranges`, in order. */
function* framesOf(ranges: readonly FrameRange[]): Generator<number> {
  for (const r of ranges) for (let f = r.first; f < r.first + r.count; f++) yield f
}

/**
 * Where to measure the cost of a frame: `count` frames spread over the frames to draw, at least
 * one in every chapter that has frames to draw (chapters differ most), the rest in proportion
 * to each chapter's frames, each in the middle of an equal share of its chapter's frames. Fewer
 * than one a chapter when `count` is smaller than the number of chapters: then evenly over all.
 */
export function samplePlaces(
  ranges: readonly FrameRange[],
  spans: readonly ChapterSpan[],
  fps: number,
  count: number,
): number[] {
  const byChapter = new Map<number, number[]>()
  for (const f of framesOf(ranges)) {
    const c = chapterOf(spans, fps, f)
    let frames = byChapter.get(c)
    if (!frames) byChapter.set(c, (frames = []))
    frames.push(f)
  }
  const all = [...byChapter.values()]
  const total = all.reduce((n, frames) => n + frames.length, 0)
  if (total === 0 || count <= 0) return []
  if (count < all.length) {
    const frames = all.flat()
    return spread(frames, count)
  }
  // One each, then the rest by largest share of frames still unserved.
  const quota = all.map(() => 1)
  for (let left = count - all.length; left > 0; left--) {
    let best = 0
    for (let i = 1; i < all.length; i++) {
      if (all[i]!.length / (quota[i]! + 1) > all[best]!.length / (quota[best]! + 1)) best = i
    }
    quota[best]!++
  }
  return all.flatMap((frames, i) => spread(frames, quota[i]!))
}

/** `n` distinct frames of `frames`, each in the middle of an equal share. */
function spread(frames: readonly number[], n: number): number[] {
  const k = Math.min(n, frames.length)
  return Array.from({ length: k }, (_, i) => frames[Math.floor(((i + 0.5) * frames.length) / k)]!)
}

/**
 * What each frame costs, from the samples: within a chapter, the straight line between its
 * samples (flat before the first and after the last); a chapter without a sample, the mean of
 * all; plus `overhead`, what every frame costs beyond what the samples measured. Only ratios
 * matter to the ETA; the up-front estimate scales it to the whole pipeline.
 */
export class CostProfile {
  private readonly byChapter = new Map<number, CostSample[]>()
  private readonly mean: number

  /**
   * @param overhead milliseconds every frame costs on top of its sample's: the samples time the
   *   page's drawing and read-back, while the render also sends and encodes each frame at a
   *   cost that hardly depends on the picture. Left out, a chapter that draws in 5 ms and one
   *   that draws in 20 ms look four times apart where, with 20 ms of sending and encoding each,
   *   they are 1.6 times apart, and the ETA runs far ahead of the render. See `withOverhead`.
   */
  constructor(
    private readonly samples: readonly CostSample[],
    private readonly spans: readonly ChapterSpan[],
    private readonly fps: number,
    readonly overhead = 0,
  ) {
    for (const s of [...samples].sort((a, b) => a.frame - b.frame)) {
      const c = chapterOf(spans, fps, s.frame)
      let list = this.byChapter.get(c)
      if (!list) this.byChapter.set(c, (list = []))
      list.push(s)
    }
    // With no samples at all every frame costs the same, and the ETA is the plain average pace.
    this.mean = samples.length ? samples.reduce((n, s) => n + s.ms, 0) / samples.length : 1
  }

  /** Milliseconds frame `frame` is expected to cost. */
  at(frame: number): number {
    return this.sampled(frame) + this.overhead
  }

  /** The same samples with `overhead` milliseconds on every frame. */
  withOverhead(overhead: number): CostProfile {
    return new CostProfile(this.samples, this.spans, this.fps, Math.max(0, overhead))
  }

  /**
   * The overhead that makes the profile agree with a pace measured through the whole pipeline:
   * `ms` milliseconds for the frames of `ranges`, less what the samples say those frames cost
   * (never below 0).
   */
  overheadFor(ranges: readonly FrameRange[], ms: number): number {
    let frames = 0
    let sampled = 0
    for (const f of framesOf(ranges)) {
      frames++
      sampled += this.sampled(f)
    }
    return frames > 0 ? Math.max(0, (ms - sampled) / frames) : 0
  }

  /** What the samples say frame `frame` costs. */
  private sampled(frame: number): number {
    const list = this.byChapter.get(chapterOf(this.spans, this.fps, frame))
    if (!list) return this.mean
    if (frame <= list[0]!.frame) return list[0]!.ms
    for (let i = 1; i < list.length; i++) {
      const b = list[i]!
      if (frame <= b.frame) {
        const a = list[i - 1]!
        return a.ms + ((b.ms - a.ms) * (frame - a.frame)) / (b.frame - a.frame)
      }
    }
    return list.at(-1)!.ms
  }

  /** The cost of every frame of `ranges`. */
  sum(ranges: readonly FrameRange[]): number {
    let n = 0
    for (const f of framesOf(ranges)) n += this.at(f)
    return n
  }
}

/**
 * The pace is read over the frames drawn in the last WINDOW_SECONDS, or the last WINDOW_SHARE
 * of the time since drawing began if that is longer: long enough that the batches frames arrive
 * in and a chapter's local bumps average out (a steady machine gives a steady ETA), short
 * enough that a machine that gets busier or freer shows in the ETA within a few minutes.
 */
export const WINDOW_SECONDS = 120
export const WINDOW_SHARE = 0.5

/**
 * The ETA of a running render: the profile's cost of the frames not yet drawn, times the pace
 * (wall-clock seconds per unit of profile cost) of the frames drawn lately. Time is passed in by
 * the caller (seconds), so the estimate is the same function of the same events on any machine.
 */
export class Eta {
  private left: number
  /** When each frame arrived (non-decreasing) and the cost of all frames up to it. */
  private readonly times: number[] = []
  private readonly costSoFar: number[] = []
  private readonly started: number

  /**
   * @param profile what a frame costs
   * @param todo the frames this run draws
   * @param started when drawing began (seconds)
   * @param secondsPerCost the pace measured before drawing, if any: the ETA until a frame is in
   */
  constructor(
    private readonly profile: CostProfile,
    todo: readonly FrameRange[],
    started: number,
    private readonly secondsPerCost: number | null = null,
  ) {
    this.left = profile.sum(todo)
    this.started = started
  }

  /** Frame `frame` has been drawn (and sent on) at `at`. */
  frameDrawn(frame: number, at: number): void {
    const cost = this.profile.at(frame)
    this.left = Math.max(0, this.left - cost)
    this.times.push(Math.max(at, this.times.at(-1) ?? at))
    this.costSoFar.push((this.costSoFar.at(-1) ?? 0) + cost)
  }

  /** Seconds the rest should take, as of `at`; null while there is nothing to tell it from. */
  secondsLeft(at: number): number | null {
    const pace = this.pace(at)
    return pace === null ? null : pace * this.left
  }

  /** Wall-clock seconds per unit of cost over the recent window, else the measured pace. */
  private pace(at: number): number | null {
    // The pace is timed from the first frame's arrival, not from the start: the wait for the
    // page and the encoder to get going is paid once, and would otherwise count against every
    // frame left.
    const first = this.times[0]
    if (first === undefined) return this.secondsPerCost
    const elapsed = at - this.started
    const from = Math.max(first, at - Math.max(WINDOW_SECONDS, elapsed * WINDOW_SHARE))
    // The first frame drawn after `from` (a binary search: the bar asks on every frame).
    let lo = 0
    let hi = this.times.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.times[mid]! > from) hi = mid
      else lo = mid + 1
    }
    const total = this.costSoFar.at(-1) ?? 0
    const cost = total - (lo > 0 ? this.costSoFar[lo - 1]! : 0)
    return cost > 0 && at > from ? (at - from) / cost : this.secondsPerCost
  }
}

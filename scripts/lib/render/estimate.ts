/**
 * How long a render takes, up front and while it runs. A film does not cost the same all
 * through: a chapter that builds a whole architecture draws several times slower than the title,
 * and the later chapters of a film are the busy ones, so a speed measured on the frames drawn
 * so far promises too early an end.
 *
 * Up front, the job measures what a frame costs at places spread over every chapter (a cost
 * profile) and the pipeline's pace at a few of them. While it runs, the render draws its
 * segments coarse to fine over the film (see drawOrder), so within a minute it has timed whole
 * segments all over the work; the ETA prices each segment left by the segments timed nearest to
 * it in the film. What the render itself measured replaces the profile's short samples, which a
 * single garbage collection or a busy moment can skew by a third.
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
 * The order to draw segments in: coarse to fine over the film. The first, then the one halfway,
 * then those at the quarters, the eighths, and so on, each pass filling the gaps the last left.
 * After any number of segments the ones drawn are spread evenly over the work, so the ETA
 * (SegmentEta) has timed every part of the film early and prices what is left from neighbours
 * a few segments away. A segment is a file of its own, so the order changes nothing in the
 * output; jumping between places costs about a tenth of a second each (a chapter's setup),
 * against 2.5–10 s for drawing a segment of small frames.
 */
export function drawOrder<T>(segments: readonly T[]): T[] {
  const n = segments.length
  const taken = new Array<boolean>(n).fill(false)
  const out: T[] = []
  let step = 1
  while (step < n) step *= 2
  for (; step >= 1; step /= 2) {
    for (let i = 0; i < n; i += step) {
      if (!taken[i]) {
        taken[i] = true
        out.push(segments[i]!)
      }
    }
  }
  return out
}

/**
 * When each frame of a render arrived, as its ETA was told (`npm run render -- --timings FILE`):
 * enough to replay SegmentEta afterwards and see how far each ETA was from the real end. The
 * test suite replays whole-film runs recorded this way (test/fixtures/eta).
 */
export interface FrameTimings {
  /** The segments the run drew (a resumed run: those that were left). */
  segments: FrameRange[]
  /** Each frame, in the order it arrived. */
  frames: number[]
  /**
   * When each of `frames` arrived, as the ETA was told: seconds on the progress bar's clock
   * (from the start of drawing), to the millisecond.
   */
  seconds: number[]
}

/** What the progress bar needs of an ETA: to be told of each frame, and what is left. */
export type Eta = Pick<SegmentEta, 'frameDrawn' | 'secondsLeft'>

/** `eta`, also keeping in `timings` every frame it is told of, and when. */
export function recordingEta(eta: Eta, timings: FrameTimings): Eta {
  return {
    frameDrawn(frame, at) {
      eta.frameDrawn(frame, at)
      timings.frames.push(frame)
      timings.seconds.push(Math.round(at * 1000) / 1000)
    },
    secondsLeft: () => eta.secondsLeft(),
  }
}

/** The up-front estimate, for the ETA until the first segment is done: see SegmentEta. */
export interface EtaPrior {
  profile: CostProfile
  /** Wall-clock seconds per unit of the profile's cost, measured through the pipeline. */
  secondsPerCost: number
}

/**
 * The ETA of a running render: every segment not yet done, at the cost per frame of the segments
 * done nearest to it in the film (linear between the two either side, the nearest one beyond the
 * last). A frame's cost is the wall-clock time since the frame before it arrived, whichever page
 * drew it, so several pages drawing at once share the time as they share the machine; the wait
 * before the first frame (the page and the encoder starting) is paid once and counts for none.
 * Time is passed in by the caller (seconds), so the estimate is the same function of the same
 * events on any machine. It expects the machine to stay as busy as it was: one that gets busier
 * partway shows in the ETA only as segments drawn since re-measure the film around them.
 */
export class SegmentEta {
  /** The segments, by first frame. */
  private readonly segments: FrameRange[]
  private readonly arrived: number[]
  private readonly spent: number[]
  /** Done segments' middle frame and cost per frame, by middle frame. */
  private readonly done: { mid: number; perFrame: number }[] = []
  private last: number | null = null
  /** Each unfinished segment's cost per frame as priced now; refreshed when a segment is done. */
  private price: number[] = []
  /** Seconds left for the frames not yet in, at `price`. */
  private left = 0

  /**
   * @param todo the segments this run draws (any order)
   * @param prior what the ETA is until a segment is done; null: nothing to tell until then
   */
  constructor(
    todo: readonly FrameRange[],
    private readonly prior: EtaPrior | null = null,
  ) {
    this.segments = [...todo].sort((a, b) => a.first - b.first)
    this.arrived = this.segments.map(() => 0)
    this.spent = this.segments.map(() => 0)
  }

  /** Frame `frame` has been drawn and sent on at `at` (seconds). */
  frameDrawn(frame: number, at: number): void {
    const i = this.segmentOf(frame)
    if (i < 0) return
    this.spent[i]! += this.last === null ? 0 : Math.max(0, at - this.last)
    this.last = Math.max(at, this.last ?? at)
    this.arrived[i]!++
    const s = this.segments[i]!
    if (this.arrived[i] === s.count) {
      const mid = s.first + s.count / 2
      const pos = this.done.findIndex((d) => d.mid > mid)
      this.done.splice(pos < 0 ? this.done.length : pos, 0, {
        mid,
        perFrame: this.spent[i]! / s.count,
      })
      this.reprice()
    } else if (this.done.length > 0) {
      this.left -= this.price[i]!
    }
  }

  /** Seconds the rest should take; null while there is nothing to tell it from. */
  secondsLeft(): number | null {
    if (this.done.length > 0) return Math.max(0, this.left)
    if (!this.prior) return null
    const rest = this.segments.map((s, i) => ({
      first: s.first + this.arrived[i]!,
      count: s.count - this.arrived[i]!,
    }))
    return this.prior.secondsPerCost * this.prior.profile.sum(rest)
  }

  private reprice(): void {
    this.left = 0
    this.price = this.segments.map((s, i) => {
      const left = s.count - this.arrived[i]!
      if (left === 0) return 0
      const perFrame = this.priceAt(s.first + s.count / 2)
      this.left += left * perFrame
      return perFrame
    })
  }

  /** Cost per frame at film frame `mid`, from the done segments either side of it. */
  private priceAt(mid: number): number {
    const d = this.done
    let lo = 0
    let hi = d.length
    while (lo < hi) {
      const m = (lo + hi) >> 1
      if (d[m]!.mid < mid) lo = m + 1
      else hi = m
    }
    const after = d[lo]
    const before = d[lo - 1]
    if (!before) return after!.perFrame
    if (!after) return before.perFrame
    return (
      before.perFrame +
      ((after.perFrame - before.perFrame) * (mid - before.mid)) / (after.mid - before.mid)
    )
  }

  /** The index of the segment holding `frame`, or -1. */
  private segmentOf(frame: number): number {
    let lo = 0
    let hi = this.segments.length - 1
    while (lo <= hi) {
      const m = (lo + hi) >> 1
      const s = this.segments[m]!
      if (frame < s.first) hi = m - 1
      else if (frame >= s.first + s.count) lo = m + 1
      else return m
    }
    return -1
  }
}

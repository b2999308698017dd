/**
 * Where the render draws before it measures anything: a frame shortly after every beat of every
 * chapter it will draw. A chapter uploads its geometry, textures and shaders to the GL the first
 * time a frame shows them, and most of what a chapter shows arrives at a beat. Drawn once up
 * front, the film's working set is loaded before the cost profile and the long run: the profile
 * times drawing rather than loading, and the render's memory reaches its working size in the
 * first minute (a machine short of memory fails then, not hours in). A frame is drawn the same
 * whatever came before it, so these frames leave the render's pixels as they are.
 */
import { locate, type ChapterSpan } from '../../../src/timeline/filmTime'
import type { FrameRange } from './estimate'

/** Seconds after a beat: an entrance starting at the beat has drawn its object by then. */
export const AFTER_BEAT = 1.5

/**
 * The most of the work the warm-up may add: a short render (a test's two seconds) would
 * otherwise spend longer loading chapters than drawing them.
 */
export const WARM_SHARE = 0.05

/**
 * One frame AFTER_BEAT after each beat (chapter-local seconds, `beats[i]` for `spans[i]`) of
 * every chapter that has a frame in `ranges`, kept inside its chapter; in film order, no repeats.
 * At most WARM_SHARE of the frames in `ranges`, evenly chosen among them.
 */
export function warmFrames(
  ranges: readonly FrameRange[],
  spans: readonly ChapterSpan[],
  beats: readonly (readonly number[])[],
  fps: number,
): number[] {
  const chapters = new Set<number>()
  for (const r of ranges) {
    if (r.count <= 0) continue
    const first = locate(spans, r.first / fps).index
    const last = locate(spans, (r.first + r.count - 1) / fps).index
    for (let c = first; c <= last; c++) chapters.add(c)
  }
  const frames = new Set<number>()
  for (const c of chapters) {
    const span = spans[c]!
    const start = Math.ceil(span.start * fps)
    const end = Math.max(start, Math.ceil(span.end * fps) - 1)
    for (const beat of beats[c] ?? []) {
      const f = Math.round((span.start + beat + AFTER_BEAT) * fps)
      frames.add(Math.min(end, Math.max(start, f)))
    }
  }
  const all = [...frames].sort((a, b) => a - b)
  const work = ranges.reduce((n, r) => n + Math.max(0, r.count), 0)
  const limit = Math.floor(WARM_SHARE * work)
  if (all.length <= limit) return all
  return Array.from({ length: limit }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / limit)]!)
}

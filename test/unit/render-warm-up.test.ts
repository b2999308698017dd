import { describe, expect, it } from 'vitest'
import { AFTER_BEAT, WARM_SHARE, warmFrames } from '../../scripts/lib/render/warmUp'
import type { ChapterSpan } from '../../src/timeline/filmTime'

/** Three chapters: 0–10 s, 10–30 s, 30–40 s, at 10 fps. */
const FPS = 10
const SPANS: ChapterSpan[] = [
  { id: 'a', title: 'A', start: 0, end: 10 },
  { id: 'b', title: 'B', start: 10, end: 30 },
  { id: 'c', title: 'C', start: 30, end: 40 },
]
const BEATS = [[0, 4], [0, 5, 19.5], [2]]

describe('the warm-up frames', () => {
  it('are a frame shortly after each beat of every chapter the work touches, and no other', () => {
    // Frames 150–319: the second half of chapter b and the first two seconds of c.
    const frames = warmFrames([{ first: 150, count: 170 }], SPANS, BEATS, FPS)
    const after = Math.round(AFTER_BEAT * FPS)
    expect(frames).toEqual([
      100 + after, // b at 0 s
      150 + after, // b at 5 s
      299, // b at 19.5 s: past the chapter's end, its last frame
      320 + after, // c at 2 s
    ])
  })

  it('are at most their share of the work, spread over it', () => {
    const beats = [Array.from({ length: 10 }, (_, i) => i * 0.9), [], []]
    const work = [{ first: 0, count: 100 }]
    const frames = warmFrames(work, SPANS, beats, FPS)
    expect(frames.length).toBe(Math.floor(WARM_SHARE * 100))
    expect(new Set(frames).size).toBe(frames.length)
    expect(frames[0]).toBeLessThan(30)
    expect(frames.at(-1)).toBeGreaterThan(70)
  })

  it('are none for work that touches nothing', () => {
    expect(warmFrames([], SPANS, BEATS, FPS)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import {
  captionDefects,
  framingDefects,
  markMoving,
  overlapDefects,
  overlaps,
  sampleTimes,
  skewDefects,
  type SampledText,
  type TextSample,
} from '../browser/textLayout'

const text = (
  t: string,
  x: number,
  y: number,
  width = 200,
  height = 40,
  skew = 0,
): SampledText => ({
  text: t,
  px: 40,
  box: { x, y, width, height },
  skew,
})
const sample = (texts: SampledText[], captions: TextSample['captions'] = []): TextSample => ({
  at: 10,
  chapter: 'intro',
  local: 10,
  texts,
  captions,
})

describe('text layout rules', () => {
  it('tells overlapping boxes from touching ones', () => {
    expect(
      overlaps({ x: 0, y: 0, width: 100, height: 40 }, { x: 90, y: 10, width: 100, height: 40 }),
    ).toBe(true)
    expect(
      overlaps({ x: 0, y: 0, width: 100, height: 40 }, { x: 98, y: 0, width: 100, height: 40 }),
    ).toBe(false)
    expect(
      overlaps({ x: 0, y: 0, width: 100, height: 40 }, { x: 0, y: 39, width: 100, height: 40 }),
    ).toBe(false)
  })

  it('names two texts drawn over each other, unless both ride the same move', () => {
    const a = text('Web server', 400, 400)
    const b = text('Database', 450, 420)
    expect(overlapDefects(sample([a, b]))).toEqual([
      'intro 10.0 s (film 10.0 s): "Web server" overlaps "Database"',
    ])
    expect(overlapDefects(sample([a, text('Database', 400, 500)]))).toEqual([])
    expect(
      overlapDefects(
        sample([
          { ...a, moving: true },
          { ...b, moving: true },
        ]),
      ),
    ).toEqual([])
    expect(overlapDefects(sample([{ ...a, moving: true }, b]))).toHaveLength(1)
  })

  it('finds text at rest outside the frame or its safe area', () => {
    expect(framingDefects(sample([text('centre', 800, 500)]))).toEqual([])
    expect(framingDefects(sample([text('edge', 20, 500)]))[0]).toMatch(/leaves the safe area/)
    expect(framingDefects(sample([text('cut', 1800, 500)]))[0]).toMatch(/leaves the frame/)
    expect(framingDefects(sample([{ ...text('passing', 1800, 500), moving: true }]))).toEqual([])
  })

  it('finds squashed text and text under a caption', () => {
    expect(skewDefects(sample([text('flat', 800, 500, 200, 40, 0.3)]))[0]).toMatch(/skewed 30 %/)
    expect(skewDefects(sample([text('square', 800, 500, 200, 40, 0.05)]))).toEqual([])
    const caption = { x: 500, y: 880, width: 900, height: 52 }
    expect(captionDefects(sample([text('Mobile app', 600, 900)], [caption]))).toEqual([
      'intro 10.0 s (film 10.0 s): the caption covers "Mobile app"',
    ])
    expect(captionDefects(sample([text('Mobile app', 600, 700)], [caption]))).toEqual([])
  })

  it('marks a text that moves between two close samples', () => {
    const now = [text('A', 100, 100), text('A', 500, 100), text('B', 900, 100)]
    const later = [text('A', 100, 101), text('A', 540, 100)]
    expect(markMoving(now, later).map((t) => t.moving)).toEqual([false, true, true])
  })

  it('samples every step and just after every beat, inside the chapter', () => {
    expect(sampleTimes({ start: 100, end: 106 }, [0, 2.5, 5.5], 2, 1)).toEqual([
      101, 103, 103.5, 105,
    ])
  })
})

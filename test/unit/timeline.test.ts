import { describe, expect, it } from 'vitest'
import {
  FilmClock,
  FrameHolds,
  chapterSpans,
  createRandom,
  filmDuration,
  findChapter,
  frameAt,
  frameCount,
  formatTimestamp,
  locate,
  parseTimestamp,
  quantize,
  randomAt,
} from '../../src/timeline'

describe('frames', () => {
  it('maps times to whole frames without float drift', () => {
    expect(frameAt(1, 60)).toBe(60)
    expect(frameAt((1 / 60) * 60, 60)).toBe(60)
    expect(frameAt(0.0166, 60)).toBe(0)
    expect(quantize(1.009, 60)).toBeCloseTo(1, 12)
    expect(frameCount(180, 60)).toBe(10800)
  })

  it('steps at 24 and 60 fps end at the same time', () => {
    const end24 = frameCount(2.5, 24) / 24
    const end60 = frameCount(2.5, 60) / 60
    expect(end24).toBeCloseTo(end60, 12)
  })

  it('parses and formats timestamps', () => {
    expect(parseTimestamp('90')).toBe(90)
    expect(parseTimestamp('1:30')).toBe(90)
    expect(parseTimestamp('1:02:03.5')).toBe(3723.5)
    expect(parseTimestamp('1:3')).toBeNaN()
    expect(parseTimestamp('abc')).toBeNaN()
    expect(formatTimestamp(61.9)).toBe('01:01')
    expect(formatTimestamp(3723)).toBe('1:02:03')
  })
})

describe('seeded random', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const a = createRandom('seed')
    const b = createRandom('seed')
    const c = createRandom('other')
    const xs = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(xs)
    expect(c()).not.toBe(xs[0])
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0)
    for (const x of xs) expect(x).toBeLessThan(1)
  })

  it('answers any index without the ones before it, in any order', () => {
    const forward = Array.from({ length: 50 }, (_, i) => randomAt('k', i))
    const backward = Array.from({ length: 50 }, (_, i) => randomAt('k', 49 - i)).reverse()
    expect(backward).toEqual(forward)
    expect(new Set(forward).size).toBe(50)
  })
})

describe('film time', () => {
  const spans = chapterSpans([
    { id: 'a', title: 'A', duration: 10 },
    { id: 'b', title: 'B', duration: 20 },
    { id: 'c', title: 'C', duration: 5 },
  ])

  it('lays chapters end to end', () => {
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, 10],
      [10, 30],
      [30, 35],
    ])
    expect(filmDuration(spans)).toBe(35)
  })

  it('locates a film time in its chapter', () => {
    expect(locate(spans, 0)).toEqual({ index: 0, local: 0 })
    expect(locate(spans, 9.99)).toEqual({ index: 0, local: 9.99 })
    expect(locate(spans, 10)).toEqual({ index: 1, local: 0 })
    expect(locate(spans, 35)).toEqual({ index: 2, local: 5 })
    expect(locate(spans, 99)).toEqual({ index: 2, local: 5 })
    expect(locate(spans, -3)).toEqual({ index: 0, local: 0 })
  })

  it('names the chapters there are when one is unknown', () => {
    expect(() => findChapter(spans, 'zz')).toThrow(/Unknown chapter 'zz'.*a, b, c/)
  })
})

describe('FilmClock', () => {
  function clockWithLog(fps = 60) {
    const clock = new FilmClock({ fps, duration: 10, mode: 'capture' })
    const drawn: number[] = []
    clock.attachRenderer(async (t) => {
      drawn.push(t)
    })
    return { clock, drawn }
  }

  it('draws whole frames only', async () => {
    const { clock, drawn } = clockWithLog()
    await clock.seek(1.009)
    expect(drawn.at(-1)).toBeCloseTo(1, 12)
    expect(clock.frame).toBe(60)
  })

  it('steps exactly 1/fps per frame in capture, never accumulating error', async () => {
    const { clock, drawn } = clockWithLog(30)
    for (let f = 0; f < 300; f++) await clock.drawFrame(f)
    expect(drawn.at(-1)).toBe(299 / 30)
    expect(clock.frameTime).toBe(299 / 30)
  })

  it('clamps seeks to the film', async () => {
    const { clock } = clockWithLog()
    await clock.seek(99)
    expect(clock.time).toBe(10)
    await clock.seek(-4)
    expect(clock.time).toBe(0)
    await expect(clock.seek(Number.NaN)).rejects.toThrow(/not a time/)
  })

  it('does not play in capture mode', () => {
    const { clock } = clockWithLog()
    clock.play()
    expect(clock.playing).toBe(false)
  })

  it('shares one draw between overlapping requests and ends on the last time asked', async () => {
    const clock = new FilmClock({ fps: 60, duration: 10 })
    const drawn: number[] = []
    let release: () => void = () => {}
    clock.attachRenderer(
      (t) =>
        new Promise<void>((resolve) => {
          drawn.push(t)
          release = resolve
        }),
    )
    release()
    await Promise.resolve()
    const a = clock.seek(2)
    const b = clock.seek(3)
    const c = clock.seek(4)
    // Let each pending draw finish as it comes.
    for (let i = 0; i < 5; i++) {
      release()
      await new Promise((r) => setTimeout(r, 0))
    }
    await Promise.all([a, b, c])
    expect(drawn.at(-1)).toBe(4)
    expect(clock.frameTime).toBe(4)
  })

  it('refuses impossible settings', () => {
    expect(() => new FilmClock({ fps: 0, duration: 1 })).toThrow(/fps/)
    const clock = new FilmClock({ fps: 60, duration: 1 })
    expect(() => clock.setRate(0)).toThrow(/rate/)
  })
})

describe('FrameHolds', () => {
  it('settles when every hold is released', async () => {
    const holds = new FrameHolds()
    const a = holds.hold('a')
    const b = holds.hold('b')
    let settled = false
    const done = holds.settled().then(() => (settled = true))
    a()
    a()
    await Promise.resolve()
    expect(settled).toBe(false)
    expect(holds.pending).toBe(1)
    b()
    await done
    expect(settled).toBe(true)
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FilmClock } from '../../src/timeline/clock'

/**
 * FilmClock.playTo under a hand-driven display: requestAnimationFrame callbacks run when the test
 * says, and performance.now reads a wall clock the test moves, so each case is exact.
 */
describe('FilmClock.playTo', () => {
  let wall = 0
  let frames: FrameRequestCallback[] = []

  beforeEach(() => {
    wall = 1000
    frames = []
    vi.spyOn(performance, 'now').mockImplementation(() => wall)
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frames.push(cb)
      return frames.length
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  /** Moves the wall clock by `ms` and runs the display's next frame. */
  async function tick(ms: number): Promise<void> {
    wall += ms
    const due = frames
    frames = []
    for (const cb of due) cb(wall)
    await new Promise((r) => setTimeout(r, 0))
  }

  function clock() {
    const c = new FilmClock({ fps: 60, duration: 100 })
    const drawn: number[] = []
    c.attachRenderer(async (t) => {
      drawn.push(t)
    })
    return { c, drawn }
  }

  it('plays, then holds on exactly the target, even when a display frame would pass it', async () => {
    const { c, drawn } = clock()
    await c.seek(10)
    const held = c.playTo(10.5)
    expect(c.playing).toBe(true)
    await tick(300) // 10.3 s
    expect(c.time).toBeCloseTo(10.3, 9)
    await tick(300) // would be 10.6 s
    expect(await held).toBe(true)
    expect(c.time).toBe(10.5)
    expect(c.playing).toBe(false)
    expect(drawn.at(-1)).toBe(10.5)
    expect(Math.max(...drawn)).toBe(10.5)
    // Held: time passing on the wall moves nothing.
    await tick(2000)
    expect(c.time).toBe(10.5)
    expect(drawn.at(-1)).toBe(10.5)
  })

  it('a seek or a pause on the way cancels the hold', async () => {
    const { c } = clock()
    await c.seek(0)
    const first = c.playTo(5)
    await tick(100)
    await c.seek(20)
    expect(await first).toBe(false)
    const second = c.playTo(25)
    await tick(100)
    c.pause()
    expect(await second).toBe(false)
    expect(c.heading).toBeNull()
  })

  it('a target behind the playhead is a jump', async () => {
    const { c, drawn } = clock()
    await c.seek(30)
    expect(await c.playTo(12)).toBe(true)
    expect(c.time).toBe(12)
    expect(c.playing).toBe(false)
    expect(drawn.at(-1)).toBe(12)
  })
})

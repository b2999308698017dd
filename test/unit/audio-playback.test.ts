import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FilmAudio, MUSIC_CHUNK_SECONDS } from '../../src/audio/FilmAudio'
import type { VoiceManifest } from '../../src/audio/manifest'
import type { FilmClock } from '../../src/timeline/clock'

/**
 * FilmAudio against a stand-in for Web Audio: an audio clock the test moves by hand, and
 * sources that record when and from where they were started. What is checked is the mapping
 * from film time to audio-clock time under play, seek, rate, pause and drift.
 */

class FakeParam {
  value = 1
  setValueAtTime(v: number) {
    this.value = v
  }
  linearRampToValueAtTime(v: number) {
    this.value = v
  }
  setTargetAtTime(v: number) {
    this.value = v
  }
  cancelScheduledValues() {}
}

class FakeNode {
  gain = new FakeParam()
  connect() {}
  disconnect() {}
}

class FakeBuffer {
  constructor(
    readonly length: number,
    readonly sampleRate: number,
  ) {}
  get duration() {
    return this.length / this.sampleRate
  }
  copyToChannel() {}
}

class FakeSource extends FakeNode {
  buffer: FakeBuffer | null = null
  playbackRate = new FakeParam()
  started: { when: number; offset: number } | null = null
  stoppedAt: number | null = null
  onended: (() => void) | null = null
  start(when: number, offset: number) {
    this.started = { when, offset }
  }
  stop(when: number) {
    this.stoppedAt = when
  }
}

class FakeContext {
  static made: FakeContext[] = []
  currentTime = 100
  state: 'suspended' | 'running' = 'suspended'
  sampleRate = 48000
  outputLatency = 0
  baseLatency = 0
  destination = new FakeNode()
  sources: FakeSource[] = []
  private listeners: Array<() => void> = []
  constructor() {
    FakeContext.made.push(this)
  }
  createGain() {
    return new FakeNode()
  }
  createBufferSource() {
    const s = new FakeSource()
    this.sources.push(s)
    return s
  }
  createBuffer(_channels: number, length: number, sampleRate: number) {
    return new FakeBuffer(length, sampleRate)
  }
  decodeAudioData(data: ArrayBuffer) {
    // The test's fetch answers with the line's length in seconds.
    const seconds = new Float64Array(data)[0]!
    return Promise.resolve(new FakeBuffer(Math.round(seconds * 48000), 48000))
  }
  resume() {
    this.state = 'running'
    for (const l of this.listeners) l()
    return Promise.resolve()
  }
  close() {
    return Promise.resolve()
  }
  addEventListener(_type: string, listener: () => void) {
    this.listeners.push(listener)
  }
  /** Sources started and not stopped, by what they play. */
  live() {
    return this.sources.filter((s) => s.started && s.stoppedAt === null)
  }
}

class FakeClock {
  mode: 'playback' | 'capture' = 'playback'
  playing = false
  rate = 1
  time = 0
  fps = 60
  duration = 60
  private listeners = new Set<() => void>()
  subscribe(l: () => void) {
    this.listeners.add(l)
    return () => this.listeners.delete(l)
  }
  emit() {
    for (const l of this.listeners) l()
  }
  listenerCount() {
    return this.listeners.size
  }
}

const manifest: VoiceManifest = {
  film: 'f',
  sampleRate: 48000,
  engine: 'festival',
  settingsVersion: 1,
  loudness: '',
  lines: [
    {
      id: 'a',
      chapter: 'c',
      file: 'a.opus',
      start: 1,
      at: 1,
      duration: 2.25,
      hash: '0'.repeat(16),
      source: 'festival',
    },
    {
      id: 'b',
      chapter: 'c',
      file: 'b.opus',
      start: 10,
      at: 10,
      duration: 1.5,
      hash: '1'.repeat(16),
      source: 'festival',
    },
  ],
}
const durations: Record<string, number> = { 'a.opus': 2.25, 'b.opus': 1.5 }

const gestures: Array<() => void> = []
const fetched: string[] = []
const saved = {
  window: (globalThis as { window?: unknown }).window,
  AudioContext: (globalThis as { AudioContext?: unknown }).AudioContext,
  fetch: globalThis.fetch,
}

beforeEach(() => {
  FakeContext.made = []
  gestures.length = 0
  fetched.length = 0
  Object.assign(globalThis, {
    window: {
      addEventListener: (_t: string, l: () => void) => gestures.push(l),
      removeEventListener: (_t: string, l: () => void) => {
        const i = gestures.indexOf(l)
        if (i >= 0) gestures.splice(i, 1)
      },
    },
    AudioContext: FakeContext,
    fetch: (url: string) => {
      fetched.push(url)
      const file = url.split('/').at(-1)!
      return Promise.resolve({
        ok: true,
        arrayBuffer: () => Promise.resolve(new Float64Array([durations[file]!]).buffer),
      })
    },
  })
})

afterEach(() => {
  Object.assign(globalThis, saved)
})

/** Lets fetch and decode promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 0))

function setup(music = false) {
  const clock = new FakeClock()
  const audio = new FilmAudio({
    clock: clock as unknown as FilmClock,
    filmId: 'f',
    manifest,
    baseUrl: './',
    music,
  })
  audio.start()
  return { clock, audio }
}

function lineSources(ctx: FakeContext) {
  return ctx.live().filter((s) => s.buffer!.length !== MUSIC_CHUNK_SECONDS * 48000)
}

describe('FilmAudio', () => {
  it('makes no audio context before a user gesture, then plays lines at their film times', async () => {
    const { clock } = setup()
    clock.playing = true
    clock.emit()
    expect(FakeContext.made).toHaveLength(0)

    gestures[0]!() // the click on play
    const ctx = FakeContext.made[0]!
    await settle()
    expect(ctx.state).toBe('running')
    expect(fetched).toEqual(['./audio/f/a.opus', './audio/f/b.opus'])
    clock.emit()
    // Line a starts 1 s of film after the clock's time 0: 1 s after the audio clock's now.
    const [a] = lineSources(ctx)
    expect(a!.started).toEqual({ when: 101, offset: 0 })
    expect(a!.playbackRate.value).toBe(1)
  })

  it('a seek while playing restarts the sounds from the new time, mid-line with an offset', async () => {
    const { clock } = setup()
    clock.playing = true
    gestures[0]!()
    const ctx = FakeContext.made[0]!
    await settle()
    clock.emit()
    const before = lineSources(ctx)[0]!
    ctx.currentTime += 0.5
    clock.time = 1.8 // the playhead jumps into line a
    clock.emit()
    expect(before.stoppedAt).not.toBeNull()
    const [a] = lineSources(ctx)
    // Started 50 ms from now (Web Audio's notice), 0.8 + 0.05 s into the line.
    expect(a!.started!.when).toBeCloseTo(100.55, 9)
    expect(a!.started!.offset).toBeCloseTo(0.85, 9)
  })

  it('follows the playback rate: sources play faster and film seconds pass faster', async () => {
    const { clock } = setup()
    clock.playing = true
    gestures[0]!()
    const ctx = FakeContext.made[0]!
    await settle()
    clock.emit()
    clock.rate = 2
    clock.emit()
    const [a] = lineSources(ctx)
    expect(a!.playbackRate.value).toBe(2)
    expect(a!.started!.when).toBeCloseTo(100.5, 9) // 1 film second at 2× is half a second
  })

  it('pausing stops every sound; playing again schedules from the clock', async () => {
    const { clock } = setup(true)
    clock.playing = true
    gestures[0]!()
    const ctx = FakeContext.made[0]!
    await settle()
    clock.emit()
    expect(ctx.live().length).toBeGreaterThan(1) // a line and the music
    clock.playing = false
    clock.emit()
    expect(ctx.live()).toHaveLength(0)
    clock.time = 9.5
    clock.playing = true
    clock.emit()
    const b = lineSources(ctx).find((s) => s.buffer!.length === 1.5 * 48000)!
    expect(b.started!.when).toBeCloseTo(100.5, 9)
  })

  it('music pieces follow one another without a gap on the audio clock', async () => {
    const { clock } = setup(true)
    clock.playing = true
    clock.time = 3
    gestures[0]!()
    const ctx = FakeContext.made[0]!
    await settle()
    for (let i = 0; i < 4; i++) {
      ctx.currentTime += 1
      clock.time += 1
      clock.emit()
    }
    const piece = MUSIC_CHUNK_SECONDS
    const music = ctx.live().filter((s) => s.buffer!.length === piece * 48000)
    // Pieces up to the lookahead (2.5 s past the clock's 7 s), from the one holding 3 s.
    const first = Math.floor(3 / piece)
    const last = Math.ceil(9.5 / piece) - 1
    expect(music.length).toBe(last - first + 1)
    // Joined mid-piece: 50 ms ahead (Web Audio's notice) and that far into the piece.
    expect(music[0]!.started!.offset).toBeCloseTo(3 - first * piece + 0.05, 9)
    // Every later piece starts exactly where the one before ends, on the audio clock.
    music.slice(1).forEach((source, i) => {
      expect(source.started!.offset).toBe(0)
      expect(source.started!.when).toBeCloseTo(100 + (first + 1 + i) * piece - 3, 9)
    })
  })

  it('reschedules only when audio and clock drift apart by more than a frame', async () => {
    const { clock } = setup()
    clock.playing = true
    gestures[0]!()
    const ctx = FakeContext.made[0]!
    await settle()
    clock.emit()
    const first = lineSources(ctx)[0]!
    // 10 ms behind, frame after frame: within a frame (16.7 ms), left alone.
    for (let i = 0; i < 12; i++) {
      ctx.currentTime += 1 / 60
      clock.time = ctx.currentTime - 100 + 0.01
      clock.emit()
    }
    expect(first.stoppedAt).toBeNull()
    // One slow frame is not drift.
    clock.time += 0.1
    clock.emit()
    expect(first.stoppedAt).toBeNull()
    // 30 ms apart for a while: rescheduled once the window sees it.
    for (let i = 0; i < 8; i++) {
      ctx.currentTime += 1 / 60
      clock.time = ctx.currentTime - 100 + 0.03
      clock.emit()
    }
    expect(first.stoppedAt).not.toBeNull()
    const again = lineSources(ctx)[0]!
    // Line a (film 1 s) is due when the clock, now 30 ms ahead of the old mapping, gets there.
    expect(again.started!.when - ctx.currentTime).toBeCloseTo(1 - clock.time, 9)
  })

  it('sends sound early by the output latency, and follows the estimate when it settles', async () => {
    const { clock } = setup()
    clock.playing = true
    gestures[0]!()
    const ctx = FakeContext.made[0]!
    await settle()
    clock.emit()
    expect(lineSources(ctx)[0]!.started!.when).toBeCloseTo(101, 9)
    ctx.outputLatency = 0.004 // less than half a frame: not worth a restart
    clock.emit()
    expect(lineSources(ctx)[0]!.started!.when).toBeCloseTo(101, 9)
    ctx.outputLatency = 0.04
    clock.emit()
    // Heard 40 ms after it is sent: sent at 100.96 to be heard when the clock shows 1 s.
    expect(lineSources(ctx)[0]!.started!.when).toBeCloseTo(100.96, 9)
  })

  it('in capture mode it does nothing at all', async () => {
    const clock = new FakeClock()
    clock.mode = 'capture'
    const audio = new FilmAudio({
      clock: clock as unknown as FilmClock,
      filmId: 'f',
      manifest,
      baseUrl: './',
    })
    audio.start()
    expect(gestures).toHaveLength(0)
    expect(clock.listenerCount()).toBe(0)
    audio.dispose()
  })

  it('dispose lets go of the clock and the gestures', () => {
    const { clock, audio } = setup()
    expect(clock.listenerCount()).toBe(1)
    audio.dispose()
    expect(clock.listenerCount()).toBe(0)
    expect(gestures).toHaveLength(0)
  })
})

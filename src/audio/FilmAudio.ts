import type { FilmClock } from '../timeline/clock'
import { renderBed } from './bed'
import { audioDirOf, voiceIntervals, type ManifestLine, type VoiceManifest } from './manifest'

/**
 * The film's sound in the player: narration lines and the music bed, scheduled with Web Audio
 * to follow the film clock.
 *
 * The clock is the master. On play, a rate change or a seek while playing, everything is
 * stopped and scheduled again from the clock's time; while playing, each drawn frame compares
 * where the audio is with where the clock is and reschedules when they part by more than a
 * frame. AudioContext.currentTime is read only to place sounds on the audio clock (what
 * Web Audio schedules by) and to measure that drift: it never decides what the film shows.
 *
 * Browsers keep an AudioContext silent until a user gesture, so none is made before the first
 * click or key press; until then the film plays without sound. In capture mode nothing is done.
 */

/** Seconds between deciding to start a sound and its start: Web Audio needs a little notice. */
const LEAD = 0.05
/** Sounds are scheduled this many seconds (of audio clock) ahead. */
const LOOKAHEAD = 2.5
/** Line audio is fetched and decoded this many film seconds before it is needed. */
const PREFETCH = 20
/** A drift larger than this (seconds) is a jump (a seek): rescheduled at once. */
const JUMP = 0.25
/** Drift is judged on the median of this many frames, so one slow frame does not reschedule. */
const DRIFT_WINDOW = 8
/** Music is rendered and played in pieces of this many seconds (a few ms of work each). */
export const MUSIC_CHUNK_SECONDS = 2
/** Rendered music pieces kept for reuse (a minute's worth). */
const MUSIC_CACHE = 30
/** Fades (seconds) when sounds stop or restart, so a reschedule does not click. */
const FADE = 0.012

export interface FilmAudioOptions {
  clock: FilmClock
  filmId: string
  manifest: VoiceManifest | null
  /** Where public/ is served: the line files are at `${baseUrl}audio/<film>/<file>`. */
  baseUrl: string
  /** Play the synthesized music bed (default true). */
  music?: boolean
  /** Overall volume, 0–1. */
  volume?: number
}

/** Film time ↔ audio-clock time while playing: film = film0 + (ctx − ctx0) × rate. */
interface Anchor {
  ctx0: number
  film0: number
  rate: number
  /** The output latency the sounds were scheduled for. */
  latency: number
}

export class FilmAudio {
  private readonly clock: FilmClock
  private readonly filmId: string
  private readonly baseUrl: string
  private readonly music: boolean
  private readonly lines: readonly ManifestLine[]
  private readonly intervals: Array<[number, number]>
  private volume: number
  private ctx: AudioContext | null = null
  private master: GainNode | null = null
  private bus: GainNode | null = null
  private sources = new Set<AudioBufferSourceNode>()
  private anchor: Anchor | null = null
  private scheduled = new Set<string>()
  private drift: number[] = []
  private buffers = new Map<string, AudioBuffer | null>()
  private loading = new Map<string, Promise<void>>()
  private musicChunks = new Map<number, AudioBuffer>()
  private disposers: Array<() => void> = []
  private disposed = false
  private warned = false

  constructor(options: FilmAudioOptions) {
    this.clock = options.clock
    this.filmId = options.filmId
    this.baseUrl = options.baseUrl
    this.music = options.music ?? true
    this.volume = options.volume ?? 1
    this.lines = [...(options.manifest?.lines ?? [])].sort((a, b) => a.start - b.start)
    this.intervals = options.manifest ? voiceIntervals(options.manifest) : []
  }

  /** Follows the clock from now on; nothing sounds until the first user gesture. */
  start(): void {
    if (this.clock.mode === 'capture' || this.disposed) return
    const unlock = (): void => this.unlock()
    const events = ['pointerdown', 'keydown', 'touchend'] as const
    for (const e of events) window.addEventListener(e, unlock, { capture: true })
    this.disposers.push(() => {
      for (const e of events) window.removeEventListener(e, unlock, { capture: true })
    })
    this.disposers.push(this.clock.subscribe(() => this.sync()))
  }

  /** Stops every sound and lets go of the audio context. */
  dispose(): void {
    this.disposed = true
    for (const d of this.disposers.splice(0)) d()
    this.stopAll()
    void this.ctx?.close().catch(() => {})
    this.ctx = null
  }

  setVolume(volume: number): void {
    this.volume = Math.min(Math.max(volume, 0), 1)
    if (this.ctx && this.master)
      this.master.gain.setTargetAtTime(this.volume, this.ctx.currentTime, FADE)
  }

  /** The film time the audio is at now, or null when nothing is playing. */
  get audioTime(): number | null {
    if (!this.ctx || !this.anchor) return null
    return this.anchor.film0 + (this.ctx.currentTime - this.anchor.ctx0) * this.anchor.rate
  }

  /** Makes (or wakes) the audio context: called from a user gesture, as browsers require. */
  private unlock(): void {
    if (this.disposed) return
    if (!this.ctx) {
      const ctx = new AudioContext({ latencyHint: 'interactive' })
      this.ctx = ctx
      this.master = ctx.createGain()
      this.master.gain.value = this.volume
      this.master.connect(ctx.destination)
      ctx.addEventListener('statechange', () => this.sync())
    }
    if (this.ctx.state === 'suspended') void this.ctx.resume().catch(() => {})
    this.sync()
  }

  /** Brings the audio in line with the clock: called on every clock event. */
  private sync(): void {
    const ctx = this.ctx
    if (!ctx || this.disposed) return
    if (ctx.state !== 'running' || !this.clock.playing) {
      if (this.anchor) this.stopAll()
      return
    }
    const anchor = this.anchor
    // The browser's latency estimate settles once sound flows: follow it when it moves.
    if (
      !anchor ||
      anchor.rate !== this.clock.rate ||
      Math.abs(this.latency() - anchor.latency) > 0.5 / this.clock.fps
    ) {
      this.reschedule()
      return
    }
    const drift = anchor.film0 + (ctx.currentTime - anchor.ctx0) * anchor.rate - this.clock.time
    if (Math.abs(drift) > JUMP) {
      this.reschedule()
      return
    }
    this.drift.push(drift)
    if (this.drift.length > DRIFT_WINDOW) this.drift.shift()
    if (this.drift.length === DRIFT_WINDOW) {
      const sorted = [...this.drift].sort((a, b) => a - b)
      const median = (sorted[DRIFT_WINDOW / 2 - 1]! + sorted[DRIFT_WINDOW / 2]!) / 2
      if (Math.abs(median) > 1 / this.clock.fps) {
        this.reschedule()
        return
      }
    }
    this.topUp()
  }

  /** Stops everything and starts again from the clock's time, at its rate. */
  private reschedule(): void {
    const ctx = this.ctx!
    this.stopAll()
    this.anchor = {
      ctx0: ctx.currentTime,
      film0: this.clock.time,
      rate: this.clock.rate,
      latency: this.latency(),
    }
    const bus = ctx.createGain()
    bus.gain.setValueAtTime(0, ctx.currentTime)
    bus.gain.linearRampToValueAtTime(1, ctx.currentTime + LEAD + FADE)
    bus.connect(this.master!)
    this.bus = bus
    this.topUp()
  }

  /** Fades out and stops every scheduled sound. */
  private stopAll(): void {
    const ctx = this.ctx
    if (ctx && this.bus) {
      const bus = this.bus
      const now = ctx.currentTime
      bus.gain.cancelScheduledValues(now)
      bus.gain.setValueAtTime(bus.gain.value, now)
      bus.gain.linearRampToValueAtTime(0, now + FADE)
      for (const s of this.sources) {
        try {
          s.stop(now + FADE * 2)
        } catch {
          // not started yet or already stopped
        }
      }
      setTimeout(() => bus.disconnect(), 200)
    }
    this.sources.clear()
    this.scheduled.clear()
    this.bus = null
    this.anchor = null
    this.drift = []
  }

  /** Seconds between a sound leaving Web Audio and reaching the speakers. */
  private latency(): number {
    const ctx = this.ctx!
    const output = (ctx as AudioContext & { outputLatency?: number }).outputLatency
    return Number.isFinite(output) && output! > 0 ? output! : (ctx.baseLatency ?? 0)
  }

  /** Plays `buffer` as the film's sound from film time `filmStart`, once per schedule. */
  private play(key: string, buffer: AudioBuffer, filmStart: number): void {
    const ctx = this.ctx!
    const { ctx0, film0, rate, latency } = this.anchor!
    this.scheduled.add(key)
    // Heard when the clock shows filmStart: sent that much earlier than its audio-clock time.
    const due = ctx0 + (filmStart - film0) / rate - latency
    const earliest = ctx.currentTime + LEAD
    let when = due
    let offset = 0
    if (due < earliest) {
      offset = (earliest - due) * rate
      when = earliest
    }
    if (offset >= buffer.duration) return
    const source = ctx.createBufferSource()
    source.buffer = buffer
    source.playbackRate.value = rate
    source.connect(this.bus!)
    source.onended = () => {
      this.sources.delete(source)
      source.disconnect()
    }
    source.start(when, offset)
    this.sources.add(source)
  }

  /** Schedules what starts within the lookahead, and fetches the lines coming up. */
  private topUp(): void {
    const ctx = this.ctx!
    const { ctx0, film0, rate, latency } = this.anchor!
    const now = film0 + (ctx.currentTime - ctx0) * rate
    const horizon = now + (LOOKAHEAD + latency) * rate
    for (const line of this.lines) {
      if (line.start > now + PREFETCH * rate) break
      if (line.start + line.duration <= now) continue
      const buffer = this.buffers.get(line.id)
      if (buffer === undefined) {
        this.load(line)
        continue
      }
      if (buffer && line.start <= horizon && !this.scheduled.has(line.id)) {
        this.play(line.id, buffer, line.start)
      }
    }
    if (this.music) {
      const end = Math.min(horizon, this.clock.duration)
      for (let k = Math.floor(now / MUSIC_CHUNK_SECONDS); k * MUSIC_CHUNK_SECONDS < end; k++) {
        const key = `music:${k}`
        if (this.scheduled.has(key)) continue
        this.play(key, this.musicChunk(k), k * MUSIC_CHUNK_SECONDS)
      }
    }
  }

  /** Fetches and decodes a line once; schedules it if it is due by then. */
  private load(line: ManifestLine): void {
    if (this.loading.has(line.id)) return
    const url = `${this.baseUrl}${audioDirOf(this.filmId)}/${line.file}`
    const ctx = this.ctx!
    const done = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        return res.arrayBuffer()
      })
      .then((data) => ctx.decodeAudioData(data))
      .then(
        (buffer) => {
          this.buffers.set(line.id, buffer)
        },
        (e: unknown) => {
          this.buffers.set(line.id, null)
          if (!this.warned) {
            this.warned = true
            console.warn(`Narration audio ${url} could not be played: ${(e as Error).message}`)
          }
        },
      )
      .then(() => {
        if (!this.disposed && this.anchor) this.topUp()
      })
    this.loading.set(line.id, done)
  }

  /** Piece `k` of the music bed (ducked under the voice), rendered once and kept a while. */
  private musicChunk(k: number): AudioBuffer {
    const cached = this.musicChunks.get(k)
    if (cached) return cached
    const ctx = this.ctx!
    const sampleRate = ctx.sampleRate
    const start = Math.round(k * MUSIC_CHUNK_SECONDS * sampleRate)
    const count = Math.round(MUSIC_CHUNK_SECONDS * sampleRate)
    const samples = renderBed({
      seed: this.filmId,
      intervals: this.intervals,
      filmDuration: this.clock.duration,
      start,
      count,
      sampleRate,
    })
    const buffer = ctx.createBuffer(1, count, sampleRate)
    buffer.copyToChannel(samples, 0)
    this.musicChunks.set(k, buffer)
    if (this.musicChunks.size > MUSIC_CACHE) {
      this.musicChunks.delete(this.musicChunks.keys().next().value!)
    }
    return buffer
  }
}

import { createRafDriver, type IRafDriver } from '@theatre/core'
import { frameAt, quantize, secondsOfFrame } from './frames'

/**
 * Draws the frame for a film time and resolves once it is on the canvas. The stage provides
 * it; the clock calls nothing else to put pixels on screen.
 */
export type FrameRenderer = (filmSeconds: number) => Promise<void>

export type ClockMode = 'playback' | 'capture'

export interface ClockOptions {
  fps: number
  duration: number
  mode?: ClockMode
}

type Listener = (clock: FilmClock) => void

/**
 * The one clock of a film. In playback it follows wall time, in capture it steps exactly one
 * frame per call; either way it draws only whole frames, so playback and export show the same
 * pictures. It ticks Theatre through its own rafDriver and asks the stage to draw, so Theatre's
 * keyframes and procedural motion always read the same time.
 */
export class FilmClock {
  readonly fps: number
  readonly duration: number
  readonly rafDriver: IRafDriver
  mode: ClockMode
  /** Film seconds, unquantized: the playhead. */
  private playhead = 0
  /** The time of the frame last drawn (always a whole frame). */
  private drawn = Number.NaN
  private playingNow = false
  private rateNow = 1
  private renderer: FrameRenderer | null = null
  private rendererReady: Promise<void>
  private resolveRenderer!: () => void
  private listeners = new Set<Listener>()
  private rafId: number | null = null
  private lastWall = 0
  private drawing: Promise<void> | null = null
  private pendingDraw = false
  /** While the studio is open it needs Theatre ticked even when the film is paused. */
  private idleTicking = false
  /** Where `playTo` holds, and what to tell its caller when it gets there (or is interrupted). */
  private target: { seconds: number; settle: (reached: boolean) => void } | null = null

  constructor({ fps, duration, mode = 'playback' }: ClockOptions) {
    if (!(fps > 0 && fps <= 240)) throw new Error(`FilmClock: fps must be in (0, 240], got ${fps}`)
    this.fps = fps
    this.duration = duration
    this.mode = mode
    this.rafDriver = createRafDriver({ name: 'cinematic-clock' })
    this.rendererReady = new Promise((resolve) => (this.resolveRenderer = resolve))
  }

  /** The playhead, in film seconds. */
  get time(): number {
    return this.playhead
  }
  /** The time of the frame on screen: what scene code must read. */
  get frameTime(): number {
    return Number.isNaN(this.drawn) ? quantize(this.playhead, this.fps) : this.drawn
  }
  get frame(): number {
    return frameAt(this.playhead, this.fps)
  }
  get playing(): boolean {
    return this.playingNow
  }
  get rate(): number {
    return this.rateNow
  }

  /** The stage hands over its draw function once the scene is mounted. */
  attachRenderer(renderer: FrameRenderer): () => void {
    this.renderer = renderer
    this.resolveRenderer()
    void this.requestDraw()
    return () => {
      if (this.renderer === renderer) this.renderer = null
    }
  }

  /** Resolves once the stage can draw. */
  ready(): Promise<void> {
    return this.rendererReady
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  play(): void {
    if (this.mode === 'capture' || this.playingNow) return
    if (this.playhead >= this.duration) this.playhead = 0
    this.playingNow = true
    this.lastWall = performance.now()
    this.ensureLoop()
    this.emit()
  }

  pause(): void {
    this.dropTarget()
    if (!this.playingNow) return
    this.playingNow = false
    this.emit()
  }

  toggle(): void {
    if (this.playingNow) this.pause()
    else this.play()
  }

  setRate(rate: number): void {
    if (!(rate > 0 && rate <= 16))
      throw new Error(`FilmClock: rate must be in (0, 16], got ${rate}`)
    this.rateNow = rate
    this.emit()
  }

  /** Moves the playhead to the frame holding `seconds` and resolves once that frame is drawn. */
  async seek(seconds: number): Promise<void> {
    if (!Number.isFinite(seconds)) throw new Error(`FilmClock.seek: not a time: ${seconds}`)
    this.dropTarget()
    this.playhead = Math.min(Math.max(seconds, 0), this.duration)
    this.lastWall = performance.now()
    await this.rendererReady
    await this.requestDraw()
    this.emit()
  }

  /**
   * Plays from the playhead and holds at exactly `seconds` (presenter mode's step to the next
   * stop): the playhead lands on that time, never a frame past it, and that frame is drawn.
   * Resolves true once held there, false if a pause or a seek came first. A target at or
   * behind the playhead is a seek.
   */
  playTo(seconds: number): Promise<boolean> {
    if (!Number.isFinite(seconds)) throw new Error(`FilmClock.playTo: not a time: ${seconds}`)
    const to = Math.min(Math.max(seconds, 0), this.duration)
    if (this.mode === 'capture' || to <= this.playhead) return this.seek(to).then(() => true)
    this.dropTarget()
    const reached = new Promise<boolean>((settle) => (this.target = { seconds: to, settle }))
    if (this.playingNow) this.lastWall = performance.now()
    else this.play()
    return reached
  }

  /** Where `playTo` is heading, or null. */
  get heading(): number | null {
    return this.target?.seconds ?? null
  }

  private dropTarget(): void {
    const target = this.target
    this.target = null
    target?.settle(false)
  }

  /** Capture: draws frame `frame` exactly (time = frame / fps, never accumulated). */
  async drawFrame(frame: number): Promise<void> {
    await this.seek(secondsOfFrame(frame, this.fps))
  }

  /** Keeps Theatre ticking while paused, for the studio's own interface. */
  setIdleTicking(on: boolean): void {
    this.idleTicking = on
    if (on) this.ensureLoop()
  }

  /** Draws the current playhead's frame; concurrent requests share one draw. */
  requestDraw(): Promise<void> {
    if (!this.renderer) return this.rendererReady
    if (this.drawing) {
      this.pendingDraw = true
      return this.drawing
    }
    this.drawing = (async () => {
      try {
        do {
          this.pendingDraw = false
          const t = quantize(this.playhead, this.fps)
          await this.renderer!(t)
          this.drawn = t
        } while (this.pendingDraw)
      } finally {
        this.drawing = null
      }
    })()
    return this.drawing
  }

  private emit(): void {
    for (const l of this.listeners) l(this)
  }

  private ensureLoop(): void {
    if (this.rafId !== null || typeof requestAnimationFrame === 'undefined') return
    const loop = (): void => {
      this.rafId = null
      const now = performance.now()
      if (this.playingNow) {
        this.playhead += ((now - this.lastWall) / 1000) * this.rateNow
        const target = this.target
        if (target && this.playhead >= target.seconds) {
          // Hold on the target itself: its frame is drawn, and the playhead reads exactly it.
          this.playhead = target.seconds
          this.playingNow = false
          this.target = null
          void this.requestDraw().then(() => {
            this.emit()
            target.settle(true)
          })
        } else if (this.playhead >= this.duration) {
          this.playhead = this.duration
          this.playingNow = false
        }
      }
      this.lastWall = now
      if (this.playingNow) {
        if (frameAt(this.playhead, this.fps) !== frameAt(this.drawn, this.fps) && !this.drawing) {
          void this.requestDraw().then(() => this.emit())
        }
      } else if (this.idleTicking && !this.drawing) {
        // The studio may have changed a value: redraw the same frame.
        void this.requestDraw()
      }
      if (this.playingNow || this.idleTicking) this.rafId = requestAnimationFrame(loop)
      else this.emit()
    }
    this.rafId = requestAnimationFrame(loop)
  }
}

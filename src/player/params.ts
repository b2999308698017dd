import { DEFAULT_FPS } from '../timeline/frames'
import { parseTimestamp } from '../timeline/frames'

/** Render sizes outside this range are refused: too small to read, too large for one GPU texture. */
const MIN_SIZE = 16
const MAX_SIZE = 7680

export interface PlayerParams {
  film: string | null
  chapter: string | null
  /** Seconds: film time, or chapter time when `chapter` is given. */
  t: number | null
  ui: boolean
  captions: boolean
  /** Fixed canvas size in CSS pixels at a device pixel ratio of 1 (for tests and export). */
  width: number | null
  height: number | null
  fps: number
  /** Capture mode: no wall-clock playback, frames only on request. */
  capture: boolean
  autoplay: boolean
}

/** A URL parameter with a value the player cannot use. */
export class ParamError extends Error {
  constructor(name: string, value: string, mend: string) {
    super(`URL parameter '${name}=${value}' is not valid: ${mend}`)
    this.name = 'ParamError'
  }
}

function flag(q: URLSearchParams, name: string, fallback: boolean): boolean {
  const v = q.get(name)
  if (v === null) return fallback
  if (v === '1' || v === 'true' || v === '') return true
  if (v === '0' || v === 'false') return false
  throw new ParamError(name, v, 'use 1 or 0')
}

function size(q: URLSearchParams, name: string): number | null {
  const v = q.get(name)
  if (v === null) return null
  const n = Number(v)
  if (!Number.isInteger(n) || n < MIN_SIZE || n > MAX_SIZE) {
    throw new ParamError(name, v, `use a whole number of pixels from ${MIN_SIZE} to ${MAX_SIZE}`)
  }
  return n
}

/** Reads `?film=…&chapter=…&t=…&ui=0&cc=0&w=…&h=…&fps=…&capture=1&autoplay=1`. */
export function parseParams(search: string): PlayerParams {
  const q = new URLSearchParams(search)
  const tText = q.get('t')
  let t: number | null = null
  if (tText !== null) {
    t = parseTimestamp(tText)
    if (!Number.isFinite(t) || t < 0)
      throw new ParamError('t', tText, 'use seconds (90) or m:ss (1:30)')
  }
  const fpsText = q.get('fps')
  let fps = DEFAULT_FPS
  if (fpsText !== null) {
    fps = Number(fpsText)
    if (!Number.isInteger(fps) || fps < 1 || fps > 240)
      throw new ParamError('fps', fpsText, 'use a whole number from 1 to 240')
  }
  const width = size(q, 'w')
  const height = size(q, 'h')
  if ((width === null) !== (height === null)) {
    throw new ParamError(
      width === null ? 'h' : 'w',
      q.get(width === null ? 'h' : 'w')!,
      'give both w and h, or neither',
    )
  }
  return {
    film: q.get('film'),
    chapter: q.get('chapter'),
    t,
    ui: flag(q, 'ui', true),
    captions: flag(q, 'cc', true),
    width,
    height,
    fps,
    capture: flag(q, 'capture', false),
    autoplay: flag(q, 'autoplay', false),
  }
}

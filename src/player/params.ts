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
  /** Presenter mode: hold at each stop, step with a clicker (`?present=1`). */
  present: boolean
  /** A talk from talks/ to present (`?talk=<name>`; implies presenter mode). */
  talk: string | null
  /** This page is a presenter's notes window (`?notes=1`). */
  notes: boolean
  /** Which presentation the notes window follows (the channel both windows share). */
  session: string | null
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

/** A name made of letters, digits, '-' and '_' (a talk's file name, a session id), or null. */
function name(q: URLSearchParams, param: string): string | null {
  const v = q.get(param)
  if (v === null) return null
  if (!/^[A-Za-z0-9_-]+$/.test(v)) {
    throw new ParamError(param, v, "use letters, digits, '-' and '_' only")
  }
  return v
}

/** Reads `?film=…&chapter=…&t=…&ui=0&cc=0&w=…&h=…&fps=…&capture=1&autoplay=1`, and
 * presenting's `present=1`, `talk=…`, `notes=1`, `session=…`. */
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
    present: flag(q, 'present', false),
    talk: name(q, 'talk'),
    notes: flag(q, 'notes', false),
    session: name(q, 'session'),
  }
}

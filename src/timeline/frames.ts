/**
 * Frames ↔ seconds. Every time the film shows is a whole frame at the film's fps, so that
 * playback, seeking and export all land on the same instants.
 */

/** The frame rate of export and of the automation API unless a caller asks for another. */
export const DEFAULT_FPS = 60

/** The frame that holds time `seconds` (the frame whose interval [f/fps, (f+1)/fps) contains it). */
export function frameAt(seconds: number, fps: number): number {
  // A tiny epsilon so that 1/60*60 (0.9999999) still counts as frame 60, not 59.
  return Math.floor(seconds * fps + 1e-6)
}

/** The start time of frame `frame`. */
export function secondsOfFrame(frame: number, fps: number): number {
  return frame / fps
}

/** Snap a time to the start of the frame that holds it. */
export function quantize(seconds: number, fps: number): number {
  return secondsOfFrame(frameAt(seconds, fps), fps)
}

/** How many frames a span of `seconds` takes: what `duration × fps` means for an export. */
export function frameCount(seconds: number, fps: number): number {
  return Math.round(seconds * fps)
}

/** `m:ss.t` for the player's time display. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, seconds)
  const m = Math.floor(s / 60)
  const rest = s - m * 60
  return `${m}:${rest.toFixed(1).padStart(4, '0')}`
}

/** `mm:ss` (or `h:mm:ss`) as YouTube chapter lists and the player's markers use it. */
export function formatTimestamp(seconds: number): string {
  const total = Math.floor(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = String(m).padStart(2, '0')
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** Parse `90`, `90.5`, `1:30` or `1:02:03` into seconds; NaN for anything else. */
export function parseTimestamp(text: string): number {
  const trimmed = text.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed)
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(trimmed)
  if (!m) return Number.NaN
  const [, h, mm, ss] = m
  return Number(h ?? 0) * 3600 + Number(mm) * 60 + Number(ss)
}

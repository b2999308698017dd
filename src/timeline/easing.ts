/** Easing and ramps for procedural motion; all take and return plain numbers of time. */

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

/** Smooth start and stop (cubic), the default for anything that appears or moves. */
export function easeInOut(x: number): number {
  const t = clamp01(x)
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2
}

/** Fast start, gentle landing: for things that arrive. */
export function easeOut(x: number): number {
  const t = clamp01(x)
  return 1 - (1 - t) ** 3
}

/** Eased progress of `local` through [start, start + duration]. */
export function ramp(local: number, start: number, duration: number): number {
  if (duration <= 0) return local >= start ? 1 : 0
  return easeInOut((local - start) / duration)
}

/** Eased 0→1→0 over a window: in over `fade` after `start`, out over `fade` before `end`. */
export function window01(local: number, start: number, end: number, fade: number): number {
  return Math.min(ramp(local, start, fade), 1 - ramp(local, end - fade, fade))
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t
}

/**
 * Time limits for tests that render, derived from the work they do rather than fixed seconds,
 * so that a slow or busy machine makes a test slower, never failed. Each allowance is several
 * times what a loaded 2-core machine on software GL needs; a test that hangs still ends.
 */

/** One render process: start Node and Chromium, load the player, lay out its text, first frame. */
export const STARTUP_MS = 240_000

/** One frame of at most 640x360 drawn on SwiftShader, read back and encoded. */
export const FRAME_MS = 5_000

/** The limit for a test that starts `processes` render processes drawing `frames` frames in all. */
export function renderBudget(processes: number, frames: number): number {
  return processes * STARTUP_MS + frames * FRAME_MS
}

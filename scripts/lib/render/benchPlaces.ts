/**
 * Where in the film `npm run bench` draws: the first frame of each place. How much faster one
 * GL backend draws than another depends a lot on what is on screen (on two cores at 1080p,
 * llvmpipe drew one second of the first film 12 % slower than SwiftShader, and another 3.3
 * times as fast), so one place says little about a whole film's export; the bench spreads its
 * frames over the film.
 */
import { frameAt, parseTimestamp } from '../../../src/timeline/frames'
import { RenderError, type RenderPlan } from './plan'

/**
 * Places by default: the middles of the film's quarters. Four places of 32 frames keep a bench
 * run near ten minutes on two cores (8 min here), though its slowest paths draw under two frames
 * a second at the heaviest of them.
 */
export const DEFAULT_PLACES = 4

/**
 * The first frame of each place, for `count` frames at each: from `--at` (film times in seconds
 * or mm:ss, comma-separated), or by default centred on the middles of the film's quarters.
 * `plan` covers the whole film.
 */
export function benchPlaces(
  at: string | undefined,
  plan: Pick<RenderPlan, 'fps' | 'endFrame'>,
  count: number,
): number[] {
  const end = plan.endFrame
  const seconds = (frame: number): string => `${(frame / plan.fps).toFixed(1)} s`
  if (count > end)
    throw new RenderError(
      `--frames ${count}: the film has only ${end} frames at ${plan.fps} fps; use fewer.`,
    )
  if (at === undefined) {
    return Array.from({ length: DEFAULT_PLACES }, (_, i) =>
      Math.min(
        end - count,
        Math.max(0, Math.round(((i + 0.5) * end) / DEFAULT_PLACES - count / 2)),
      ),
    )
  }
  return at.split(',').map((text) => {
    const t = parseTimestamp(text.trim())
    if (text.trim() === '' || !Number.isFinite(t) || t < 0)
      throw new RenderError(
        `--at ${at}: "${text}" is not a film time; use seconds or mm:ss, comma-separated (--at 75,10:00).`,
      )
    const first = frameAt(t, plan.fps)
    if (first + count > end)
      throw new RenderError(
        `--at ${at}: ${count} frames from ${text.trim()} run past the film's end (${seconds(end)}); use a time up to ${seconds(end - count)} or fewer --frames.`,
      )
    return first
  })
}

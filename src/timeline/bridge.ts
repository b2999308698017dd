import { ramp } from './easing'

/**
 * Bridges between chapters. A film may end some chapters on its map: the diagram of everything
 * built so far, always drawn from the same viewpoint, so that what earlier chapters built stays
 * where it was and the chapter's own addition arrives in its place. A bridge takes the last
 * `seconds` of its chapter: the chapter dips to the background, the map rises, the new pieces
 * arrive, and the map dips again into the next chapter's usual fade-in.
 *
 * The map has a clock of its own, "map seconds": the bridge at the end of chapter `i` shows map
 * second `i × BRIDGE_MAP_STEP + s`, `s` being the seconds since that bridge began. A piece that
 * chapter `i` builds appears at map second `i × BRIDGE_MAP_STEP + (when in the bridge)`, so every
 * later bridge shows it already standing, and no bridge before it shows it at all.
 */

/** Each dip (chapter to background, background to map, map to background) takes this long. */
export const BRIDGE_FADE_SECONDS = 0.4

/** Map seconds between two chapters' bridges: longer than any bridge, so none overlaps the next. */
export const BRIDGE_MAP_STEP = 10

export interface BridgePlan {
  /** How long each bridge lasts, at the end of its chapter. */
  seconds: number
  /** Per chapter, in film order: whether it ends on a bridge. */
  after: readonly boolean[]
}

/** Seconds into the bridge of chapter `index` at chapter-local `local`, or null outside it. */
export function bridgeLocal(
  plan: BridgePlan | null,
  durations: readonly number[],
  index: number,
  local: number,
): number | null {
  if (!plan || !plan.after[index]) return null
  const start = (durations[index] ?? 0) - plan.seconds
  return local >= start ? local - start : null
}

/** Whether the map, not the chapter, is drawn `s` seconds into a bridge. */
export function mapShowing(s: number | null): s is number {
  return s !== null && s >= BRIDGE_FADE_SECONDS
}

/** Opacity of the background-coloured veil over the map `s` seconds into a bridge. */
export function mapVeil(plan: BridgePlan, s: number): number {
  const rising = 1 - ramp(s, BRIDGE_FADE_SECONDS, BRIDGE_FADE_SECONDS)
  const leaving = ramp(s, plan.seconds - BRIDGE_FADE_SECONDS, BRIDGE_FADE_SECONDS)
  return Math.max(rising, leaving)
}

/** The map second shown `s` seconds into the bridge after chapter `index`. */
export function mapSeconds(index: number, s: number): number {
  return index * BRIDGE_MAP_STEP + s
}

/** The map second drawn at chapter `index`'s local second `local`, or null while no map is drawn. */
export function mapSecondAt(
  plan: BridgePlan | null,
  durations: readonly number[],
  index: number,
  local: number,
): number | null {
  const s = bridgeLocal(plan, durations, index, local)
  return mapShowing(s) ? mapSeconds(index, s) : null
}

/**
 * How long the map's Theatre sequence must be for a film of `chapterCount` chapters: it plays in
 * map seconds, and every bridge lies within its chapter's BRIDGE_MAP_STEP, so this covers the
 * last one. Theatre holds a sequence at its end, which would freeze every later bridge.
 */
export function mapSequenceLength(chapterCount: number): number {
  return chapterCount * BRIDGE_MAP_STEP
}

/** Half of a plain chapter cut: each side fades over this long, so a cut takes about a second. */
export const CUT_HALF_SECONDS = 0.5

/**
 * Opacity of the veil over chapter `index` at `local`: it fades in from the background at every
 * chapter's start but the first, and out at every chapter's end but the last; a chapter that ends
 * on a bridge fades out as its bridge begins, and stays covered while the map is drawn.
 */
export function chapterVeil(
  plan: BridgePlan | null,
  durations: readonly number[],
  index: number,
  local: number,
): number {
  const duration = durations[index] ?? 0
  const fadeIn = index === 0 ? 0 : 1 - ramp(local, 0, CUT_HALF_SECONDS)
  const s = bridgeLocal(plan, durations, index, local)
  if (plan?.after[index]) return Math.max(fadeIn, s === null ? 0 : ramp(s, 0, BRIDGE_FADE_SECONDS))
  const fadeOut =
    index === durations.length - 1 ? 0 : ramp(local, duration - CUT_HALF_SECONDS, CUT_HALF_SECONDS)
  return Math.max(fadeIn, fadeOut)
}

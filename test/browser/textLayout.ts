import type { Page } from 'playwright-core'

/**
 * What the text-layout check looks for in a frame, on the 1080p frame every film is made for:
 * texts that overlap, texts outside the frame or its safe area, texts skewed by perspective, and
 * (with the player's UI on) captions drawn over a text of the scene. Pure functions over what
 * `window.cinematic.texts()` reports, so the rules have tests of their own that need no browser.
 */

/** A rectangle on a 1080p frame, in pixels from the top left. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface SampledText {
  text: string
  px: number
  box: Box
  skew: number
  /**
   * Whether the text is on its way somewhere (a camera move, an entrance): it is drawn
   * elsewhere a moment later. Framing and skew are judged at rest only.
   */
  moving?: boolean
}

/** One sampled frame: its time, the scene's texts, and the captions' boxes (UI on). */
export interface TextSample {
  /** Film seconds. */
  at: number
  chapter: string
  /** Chapter-local seconds. */
  local: number
  texts: SampledText[]
  captions: Box[]
}

/** The frame the boxes are measured on. */
export const FRAME = { width: 1920, height: 1080 } as const

/**
 * The title-safe area: the frame less 5 % on every side (SMPTE ST 2046-1), where text stays
 * readable on any screen and clear of the player's edges.
 */
export const SAFE_AREA: Box = {
  x: FRAME.width * 0.05,
  y: FRAME.height * 0.05,
  width: FRAME.width * 0.9,
  height: FRAME.height * 0.9,
}

/**
 * Two boxes overlapping by less than this, in both directions, only touch: glyph boxes of
 * neighbouring lines may meet at an antialiased edge without any letter covering another.
 */
export const OVERLAP_TOLERANCE_PX = 3

/** A text may reach this far past the safe area's edge (rounding of a box at its margin). */
export const SAFE_TOLERANCE_PX = 2

/**
 * Most skew a resting text may have: one edge drawn a sixth shorter than the opposite one is
 * where a wide lens starts to make words look squashed.
 */
export const MAX_SKEW = 0.15

function overlap(a: Box, b: Box): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  }
}

/** Whether `a` and `b` share more than the tolerance in both directions. */
export function overlaps(a: Box, b: Box, tolerance = OVERLAP_TOLERANCE_PX): boolean {
  const o = overlap(a, b)
  return o.width > tolerance && o.height > tolerance
}

/** Whether `box` lies inside `area`, give or take `tolerance` pixels. */
export function inside(box: Box, area: Box, tolerance = SAFE_TOLERANCE_PX): boolean {
  return (
    box.x >= area.x - tolerance &&
    box.y >= area.y - tolerance &&
    box.x + box.width <= area.x + area.width + tolerance &&
    box.y + box.height <= area.y + area.height + tolerance
  )
}

const quote = (t: SampledText): string => JSON.stringify(t.text.replace(/\s+/g, ' ').slice(0, 40))
const where = (s: TextSample): string =>
  `${s.chapter} ${s.local.toFixed(1)} s (film ${s.at.toFixed(1)} s)`

/**
 * Every pair of texts in the frame that overlap, one line each. Two texts carried together by
 * a camera move are judged when the move ends; a text passing over one at rest counts.
 */
export function overlapDefects(sample: TextSample): string[] {
  const out: string[] = []
  const { texts } = sample
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (texts[i]!.moving && texts[j]!.moving) continue
      if (overlaps(texts[i]!.box, texts[j]!.box)) {
        out.push(`${where(sample)}: ${quote(texts[i]!)} overlaps ${quote(texts[j]!)}`)
      }
    }
  }
  return out
}

/** Texts that leave the frame, or its safe area. */
export function framingDefects(sample: TextSample): string[] {
  const frame = { x: 0, y: 0, ...FRAME }
  return sample.texts
    .filter((t) => !t.moving && !inside(t.box, SAFE_AREA))
    .map((t) => {
      const edge = inside(t.box, frame, 0) ? 'the safe area' : 'the frame'
      const b = t.box
      return `${where(sample)}: ${quote(t)} leaves ${edge} (x ${Math.round(b.x)}..${Math.round(b.x + b.width)}, y ${Math.round(b.y)}..${Math.round(b.y + b.height)})`
    })
}

/** Texts drawn so obliquely that perspective squashes them. */
export function skewDefects(sample: TextSample, max = MAX_SKEW): string[] {
  return sample.texts
    .filter((t) => !t.moving && t.skew > max)
    .map((t) => `${where(sample)}: ${quote(t)} is skewed ${Math.round(t.skew * 100)} %`)
}

/** Scene texts that a caption covers (only meaningful for samples taken with the UI on). */
export function captionDefects(sample: TextSample): string[] {
  return sample.texts
    .filter((t) => !t.moving && sample.captions.some((c) => overlaps(c, t.box)))
    .map((t) => `${where(sample)}: the caption covers ${quote(t)}`)
}

/** Every defect of a sample, one line each. */
export function textDefects(sample: TextSample): string[] {
  return [
    ...overlapDefects(sample),
    ...framingDefects(sample),
    ...skewDefects(sample),
    ...captionDefects(sample),
  ]
}

/** A text whose box moves less than this between two close samples is at rest. */
export const REST_PX = 6

/**
 * Marks the texts of `now` that are moving: drawn elsewhere (or gone) in `later`, a moment
 * after. Texts are matched by their words and, among equal words, by their order.
 */
export function markMoving(now: SampledText[], later: readonly SampledText[]): SampledText[] {
  const pool = new Map<string, SampledText[]>()
  for (const t of later) pool.set(t.text, [...(pool.get(t.text) ?? []), t])
  return now.map((t) => {
    const next = pool.get(t.text)?.shift()
    const moved =
      !next ||
      Math.abs(next.box.x - t.box.x) > REST_PX ||
      Math.abs(next.box.y - t.box.y) > REST_PX ||
      Math.abs(next.box.width - t.box.width) > REST_PX ||
      Math.abs(next.box.height - t.box.height) > REST_PX
    return { ...t, moving: moved }
  })
}

/**
 * Film seconds worth checking in a chapter: every `step` seconds, and a moment after every beat
 * (`settle` seconds, once its entrances have finished), so no beat's picture goes unseen.
 */
export function sampleTimes(
  span: { start: number; end: number },
  beats: readonly number[],
  step = 2,
  settle = 1,
): number[] {
  const times = new Set<number>()
  const add = (t: number): void => {
    if (t >= span.start && t < span.end) times.add(Math.round(t * 100) / 100)
  }
  for (let t = span.start + 1; t < span.end; t += step) add(t)
  for (const b of beats) add(span.start + b + settle)
  return [...times].sort((a, b) => a - b)
}

/**
 * Seeks to each time in turn inside the page (one round trip for the lot: a seek is fast, a
 * round trip to the page is not) and reads the scene's texts and the captions' boxes, in
 * pixels of a 1080p frame.
 */
export async function sampleTexts(
  page: Page,
  times: readonly number[],
): Promise<{ at: number; texts: SampledText[]; captions: Box[] }[]> {
  return page.evaluate(async (times) => {
    const c = (
      window as Window & { cinematic?: { seek(t: number): Promise<void>; texts(): SampledText[] } }
    ).cinematic
    if (!c) throw new Error('window.cinematic is not defined')
    const frame = document.querySelector('[data-testid=frame]')
    if (!frame) throw new Error('the player has no [data-testid=frame]')
    const out = []
    for (const at of times) {
      await c.seek(at)
      // Captions follow the clock through React: let it commit before measuring them.
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const f = frame.getBoundingClientRect()
      const k = 1080 / f.height
      const captions = [...document.querySelectorAll('[data-testid=captions] > *')].map((e) => {
        const b = e.getBoundingClientRect()
        return { x: (b.x - f.x) * k, y: (b.y - f.y) * k, width: b.width * k, height: b.height * k }
      })
      out.push({ at, texts: c.texts(), captions })
    }
    return out
  }, times as number[])
}

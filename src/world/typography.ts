import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff?url'
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff?url'
import monoMedium from '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-500-normal.woff?url'

/**
 * The film's one type family, shipped with the app (troika, behind drei's Text, reads .woff and
 * .ttf but not .woff2).
 */
export const fonts = {
  regular: interRegular,
  bold: interBold,
  /** Code and addresses: fixed width so JSON and IPs line up. */
  mono: monoMedium,
} as const

/**
 * Text sizes in world units, for the camera distances the chapters use (about 14–20 units from
 * what they frame, fov 40). At that distance one world unit is roughly 70–95 px at 1080p, so
 * these keep titles ≥ 72 px and labels ≥ 36 px on a 1080p frame.
 */
export const textSize = {
  title: 1.5,
  heading: 0.95,
  label: 0.55,
  small: 0.45,
  code: 0.42,
} as const

/**
 * Characters the shipped font files hold (the @fontsource "latin" subset). Anything else would
 * make troika fetch a fallback font from the network, which the film never does, so a label with
 * such a character is refused with a message instead.
 */
const FONT_RANGES: readonly [number, number][] = [
  // Not U+00AD (soft hyphen): Inter, though its subset claims it, has no glyph for it.
  [0x0000, 0x00ac],
  [0x00ae, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
]

function inFont(codePoint: number): boolean {
  return FONT_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)
}

/** Throws if `text` holds a character the film's fonts cannot draw, naming it and the text. */
export function assertDrawable(text: string): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (inFont(cp)) continue
    const code = cp.toString(16).toUpperCase().padStart(4, '0')
    throw new Error(
      `Label "${text}": the character '${ch}' (U+${code}) is not in the film's fonts (Latin subset); use another character, e.g. '->' for an arrow.`,
    )
  }
}

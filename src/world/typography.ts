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

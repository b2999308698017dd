import { getTextRenderInfo } from 'troika-three-text'
import { fonts } from './typography'

/**
 * Every glyph the film's text can use, laid into troika's glyph atlas in one fixed order before
 * any text is mounted, so that a frame draws the same pixels in every run, whatever was drawn
 * before it.
 *
 * Why: troika keeps one SDF atlas texture for all text and gives each glyph the next free slot
 * when the first text that uses it comes back from layout. Layout runs in a worker and each font
 * loads on its own, so which text came back first (the bold title or the regular subtitle) varied
 * from run to run, and with it where each glyph sat in the atlas; a glyph sampled at another
 * place, beside other neighbours, moves a few edge pixels by one level. Two renders of the same
 * range gave different frames. With the atlas filled here, text layout only finds glyphs that
 * already have their place.
 */

/**
 * Printable ASCII and Latin-1, and the typographic marks the shipped fonts hold. Not the soft
 * hyphen (U+00AD): Inter has no glyph for it, and asking for one sends troika to the network.
 */
const GLYPHS: readonly string[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xac),
  ...range(0xae, 0xff),
  ...'–—‘’‚“”„•…−€™',
]

/**
 * Sequences a font may draw as one ligature glyph (troika applies `liga`), so that such glyphs
 * have their place too.
 */
const LIGATURES: readonly string[] = ['ff', 'fi', 'fl', 'ffi', 'ffl']

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
}

/** The fonts in the order their glyphs enter the atlas. */
const ORDER = [fonts.regular, fonts.bold, fonts.mono] as const

/**
 * SDFs are computed in JavaScript workers rather than with WebGL: the same numbers on any GL
 * backend, no timers (the export's TimeWarp owns them), and on software GL several times faster.
 * Label asks for the same, so a glyph outside GLYPHS is made the same way.
 */
export const GPU_SDF = false

let filled: Promise<void> | null = null

/**
 * Fills the atlas with the film's glyphs, one font after the other (each waits for the one
 * before, so the order cannot vary). Call before mounting any text; later calls share the work.
 */
export function fillGlyphAtlas(): Promise<void> {
  filled ??= (async () => {
    // One glyph per line, so that no two characters make a ligature by accident.
    const text = [...GLYPHS, ...LIGATURES].join('\n')
    for (const font of ORDER) {
      await new Promise<void>((resolve) =>
        getTextRenderInfo({ font, text, gpuAccelerateSDF: GPU_SDF }, () => resolve()),
      )
    }
  })()
  return filled
}

import { describe, expect, it } from 'vitest'
import { contrastRatio, palette, relativeLuminance, textPairs } from '../../src/world/palette'

describe('palette', () => {
  it('computes WCAG contrast like the reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6)
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/)
  })

  it.each(textPairs.map(([fg, bg]) => [fg, bg] as const))(
    '%s text on %s meets AA (4.5:1)',
    (fg, bg) => {
      expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('keeps the storyboard colour code: blue databases, green servers, orange caches, purple queues', () => {
    const hue = (hex: string): number => {
      const n = parseInt(hex.slice(1), 16)
      const [r, g, b] = [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
      const max = Math.max(r, g, b)
      const d = max - Math.min(r, g, b)
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
      return (h * 60 + 360) % 360
    }
    expect(hue(palette.database)).toBeGreaterThan(200)
    expect(hue(palette.database)).toBeLessThan(240)
    expect(hue(palette.server)).toBeGreaterThan(100)
    expect(hue(palette.server)).toBeLessThan(160)
    expect(hue(palette.cache)).toBeGreaterThan(25)
    expect(hue(palette.cache)).toBeLessThan(50)
    expect(hue(palette.queue)).toBeGreaterThan(260)
    expect(hue(palette.queue)).toBeLessThan(300)
  })
})

describe('fonts', () => {
  it('refuses a label character the shipped fonts lack, and accepts the punctuation they have', async () => {
    const { assertDrawable } = await import('../../src/world/typography')
    expect(() => assertDrawable('a → b')).toThrow(/U\+2192.*not in the film's fonts/)
    expect(() => assertDrawable('Café · “quotes” – dashes… 15.125.23.214 ->')).not.toThrow()
  })
})

/**
 * The film's colours. The storyboard's code carries meaning: blue databases, green servers,
 * orange caches, purple queues; users white; failure red. The background is dark and low in
 * saturation so that these read at a glance. Text colours are checked against what they sit on
 * for WCAG AA contrast (4.5:1) by a unit test.
 */
export const palette = {
  /** Scene background and fog: a deep blue-grey, dark enough for the coded colours to glow. */
  background: '#0b1020',
  /** The ground grid's lines: barely there, only to give depth. */
  grid: '#1c2540',
  ground: '#0e1428',
  /** The globe: a navy sea a step lighter than the background, land a muted slate above it. */
  ocean: '#122146',
  land: '#51607f',
  /** The globe's rim of air: a soft sky blue, only ever seen as a faint glow. */
  atmosphere: '#60a5fa',

  database: '#3b82f6',
  server: '#22c55e',
  cache: '#f59e0b',
  queue: '#a855f7',
  client: '#e5e7eb',
  dns: '#38bdf8',
  /** Load balancers: teal, apart from the coded tiers they sit in front of. */
  balancer: '#2dd4bf',
  failure: '#ef4444',
  /** A failed machine: dark, as if switched off, with a red cast. */
  failureDark: '#7f1d1d',
  /** Failure as text: lighter than the failure red so it reads on dark surfaces. */
  failureText: '#fca5a5',
  success: '#22c55e',
  /** Request packets travel warm, responses cool, so direction reads without arrows. */
  request: '#fde047',
  response: '#67e8f9',

  /** Text on the dark background. */
  text: '#f8fafc',
  textMuted: '#cbd5e1',
  /** Callout panels: a lifted surface, and the text on it. */
  panel: '#1e293b',
  panelText: '#f1f5f9',
  panelBorder: '#475569',
  /** Code in callouts. */
  code: '#a5f3fc',
  accent: '#fbbf24',
} as const

export type PaletteColor = keyof typeof palette

/** Pairs of (text, background) the film uses; each must reach 4.5:1. */
export const textPairs: readonly [PaletteColor, PaletteColor][] = [
  ['text', 'background'],
  ['textMuted', 'background'],
  ['panelText', 'panel'],
  ['code', 'panel'],
  ['accent', 'panel'],
  ['accent', 'background'],
  ['request', 'background'],
  ['response', 'background'],
  ['server', 'background'],
  ['dns', 'background'],
  ['balancer', 'background'],
  ['failureText', 'panel'],
  ['failureText', 'background'],
]

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!m) throw new Error(`relativeLuminance: expected #rrggbb, got '${hex}'`)
  const n = parseInt(m[1]!, 16)
  const channel = (c: number): number => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}

import type { Vec3 } from '../../../world/paths'
import { CARD_WIDTH, COLUMN_PITCH, inShot, WIDE_DEPTH } from '../layout'
import { Panel, panelHeight, type PanelItem } from './Panel'

export interface Card {
  /** The card's name; a name too wide for a card breaks onto a second line at a '\n'. */
  title: string
  /** When the card appears; its lines appear with it. */
  at: number
  lines: readonly string[]
  /** Lines of plain text rather than bullets. */
  plain?: boolean
}

export type CardGridProps = {
  cards: readonly Card[]
  until?: number
  /** The shot the grid is in, and the top of its first row relative to the shot's centre. */
  centre: Vec3
  top: number
  accent: string
  rowGap?: number
}

/** The height of a card: its lines and its title, which may take two lines when long. */
export function cardHeight(card: Card): number {
  return panelHeight(itemsOf(card), card.title)
}

function itemsOf(c: Card): PanelItem[] {
  return c.plain
    ? [{ at: c.at, plain: true, lines: c.lines }]
    : c.lines.map((line) => ({ at: c.at, lines: [line] }))
}

/**
 * Cards three to a row at the wide depth (services, caches, workers, models): each a panel with
 * a title and its lines. Rows take the height of their tallest card.
 */
export function CardGrid({ cards, until, centre, top, accent, rowGap = 0.35 }: CardGridProps) {
  const rows: number[] = []
  cards.forEach((c, i) => {
    const r = Math.floor(i / 3)
    rows[r] = Math.max(rows[r] ?? 0, cardHeight(c))
  })
  const rowTop = (r: number): number =>
    top - rows.slice(0, r).reduce((sum, h) => sum + h + rowGap, 0)
  return (
    <>
      {cards.map((c, i) => (
        <Panel
          key={c.title}
          at={c.at}
          until={until}
          position={inShot(centre, [
            ((i % 3) - 1) * COLUMN_PITCH - CARD_WIDTH / 2,
            rowTop(Math.floor(i / 3)),
            WIDE_DEPTH,
          ])}
          width={CARD_WIDTH}
          title={c.title}
          accent={accent}
          items={itemsOf(c)}
        />
      ))}
    </>
  )
}

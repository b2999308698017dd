import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { keyText } from '../../../world/stagedKeys'
import { LINE_PITCH, PANEL_PADDING, text } from '../layout'

/** One entry of a panel: a bullet (first line marked, the rest indented) or a sub-heading. */
export interface PanelItem {
  /** Chapter-local second it appears (a beat). */
  at: number
  lines: readonly string[]
  /** A sub-heading ('Tables', 'Lifecycle') in the accent colour, without a bullet. */
  heading?: boolean
  /** A line of plain text, without a bullet (a card's one-line summary). */
  plain?: boolean
  color?: string
}

export type PanelProps = {
  /** When the panel (and its title) appears, and leaves. */
  at: number
  until?: number
  /** Top-left corner. */
  position: [number, number, number]
  width: number
  title: string
  /**
   * Its key in the studio: by default its title (on one line, no closing colon) and 'panel',
   * apart from the model it describes ('API gateway panel'). Its entries are '<name>: item 2'.
   */
  name?: string
  accent?: string
  items: readonly PanelItem[]
}

/** Room for a one-line title: its size and a gap below it; each further title line adds a line. */
const TITLE_ROOM = text.title * 1.9
const TITLE_LINE = text.title * 1.2

/** Room the title takes: titles break at '\n' (a long name and its note in brackets). */
function titleRoom(title: string): number {
  return TITLE_ROOM + (title.split('\n').length - 1) * TITLE_LINE
}
/** Bullets hang this far right of the panel's text edge; continuation lines line up with them. */
const BULLET_INDENT = 0.45

/** Height of a panel with these items, for stacking panels and placing what comes below. */
export function panelHeight(items: readonly PanelItem[], title = ''): number {
  const lines = items.reduce((n, item) => n + item.lines.length, 0)
  return PANEL_PADDING * 2 + titleRoom(title) + lines * LINE_PITCH
}

/**
 * A panel of the document's words: a title (the box's name in the source) and its bullets, each
 * appearing at its own beat, on a raised surface with an accent edge. Lines are broken by the
 * caller, so the height is known before any text is laid out.
 */
export function Panel({
  at,
  until,
  position,
  width,
  title,
  name = keyText(`${title.replace(/\n/g, ' ').replace(/:$/, '')} panel`),
  accent = palette.accent,
  items,
}: PanelProps) {
  const height = panelHeight(items, title)
  const left = PANEL_PADDING + 0.15
  let row = 0
  return (
    <Reveal name={name} at={at} until={until} effect="fade" position={position}>
      <mesh position={[width / 2, -height / 2, -0.05]}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial color={palette.panel} />
      </mesh>
      <mesh position={[0.05, -height / 2, -0.04]}>
        <planeGeometry args={[0.1, height]} />
        <meshBasicMaterial color={accent} />
      </mesh>
      <Label
        text={title}
        size={text.title}
        color={accent}
        anchorX="left"
        anchorY="top"
        textAlign="left"
        lineHeight={TITLE_LINE / text.title}
        position={[left, -PANEL_PADDING, 0]}
      />
      {items.map((item, i) => {
        const top = -PANEL_PADDING - titleRoom(title) - row * LINE_PITCH
        row += item.lines.length
        return (
          <Reveal
            key={i}
            name={`${name}: item ${i + 1}`}
            at={item.at}
            effect="fade"
            position={[left, top, 0]}
          >
            {!item.heading && !item.plain && (
              <Label text="•" size={text.body} color={accent} anchorX="left" anchorY="top" />
            )}
            {item.lines.map((line, j) => (
              <Label
                key={j}
                text={line}
                size={text.body}
                weight={item.heading ? 'bold' : 'regular'}
                color={item.color ?? (item.heading ? accent : palette.panelText)}
                anchorX="left"
                anchorY="top"
                position={[item.heading || item.plain ? 0 : BULLET_INDENT, -j * LINE_PITCH, 0]}
              />
            ))}
          </Reveal>
        )
      })}
    </Reveal>
  )
}

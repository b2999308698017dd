import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { keyText } from '../../../world/stagedKeys'
import { LINE_PITCH, text } from '../layout'

export interface KeyValueRow {
  key: string
  /** The value, broken into lines by the caller. */
  lines: readonly string[]
  color?: string
}

export type KeyValueRowsProps = {
  /**
   * What the table is ('Security features'): its rows are staged as '<name>: <row key>', so two
   * tables of one chapter need two names.
   */
  name: string
  rows: readonly KeyValueRow[]
  at: number
  until?: number
  stagger?: number
  /** Top-left corner; keys are right-aligned to `keyWidth`, values start after it. */
  position: [number, number, number]
  keyWidth: number
  keyColor?: string
  /** Extra space between rows, over the lines they take. */
  gap?: number
}

const COLUMN_GAP = 0.45

/** Rows of a two-column table (a layer and its tools, a feature and how it is done), in turn. */
export function KeyValueRows({
  name,
  rows,
  at,
  until,
  stagger = 0.35,
  position,
  keyWidth,
  keyColor = palette.accent,
  gap = 0.12,
}: KeyValueRowsProps) {
  let y = 0
  return (
    <group position={position}>
      {rows.map((row, i) => {
        const top = y
        y -= row.lines.length * LINE_PITCH + gap
        return (
          <Reveal
            key={row.key}
            name={keyText(`${name}: ${row.key}`)}
            at={at + i * stagger}
            until={until}
            effect="fade"
            position={[0, top, 0]}
          >
            <Label
              text={row.key}
              size={text.body}
              color={keyColor}
              anchorX="right"
              anchorY="top"
              position={[keyWidth, 0, 0]}
            />
            {row.lines.map((line, j) => (
              <Label
                key={j}
                text={line}
                size={text.body}
                weight="regular"
                color={row.color ?? palette.text}
                anchorX="left"
                anchorY="top"
                position={[keyWidth + COLUMN_GAP, -j * LINE_PITCH, 0]}
              />
            ))}
          </Reveal>
        )
      })}
    </group>
  )
}

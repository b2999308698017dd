import { Label } from '../../../models/Label'
import { Grow } from '../../../world/Grow'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { keyText } from '../../../world/stagedKeys'
import { text } from '../layout'

export interface BarRow {
  label: string
  /** The quantity the bar's length shows, in the chart's unit. */
  value: number
  /** How the value reads beside the bar, as the document writes it. */
  shown: string
  color?: string
}

export type RankedBarsProps = {
  /**
   * What the chart is ('Monthly cost'): its rows are staged as '<name>: <label>', so two charts
   * of one chapter need two names.
   */
  name: string
  rows: readonly BarRow[]
  /** When the first row appears; each next one `stagger` seconds later. */
  at: number
  until?: number
  stagger?: number
  /** Top-left corner of the chart; labels end at `labelWidth`, bars start there. */
  position: [number, number, number]
  labelWidth: number
  /** Length of the longest possible bar (the largest value, or `max`). */
  barWidth: number
  max?: number
  /** 'log' for values that span orders of magnitude; bars then start at `min`. */
  scale?: 'linear' | 'log'
  min?: number
  pitch?: number
}

const BAR_HEIGHT = 0.42
/** A value too small to see still gets a sliver, so the row never looks empty. */
const MIN_BAR = 0.06
const VALUE_GAP = 0.3
const LABEL_GAP = 0.35
const GROW_SECONDS = 1.1

/**
 * A chart of horizontal bars, one row a quantity, growing in turn: the figures of the source as a
 * picture rather than a list. Labels sit left of the bars, values at their ends.
 */
export function RankedBars({
  name,
  rows,
  at,
  until,
  stagger = 0.5,
  position,
  labelWidth,
  barWidth,
  max = Math.max(...rows.map((r) => r.value)),
  scale = 'linear',
  min = 1,
  pitch = 0.78,
}: RankedBarsProps) {
  const length = (v: number): number => {
    const f =
      scale === 'log'
        ? Math.log(Math.max(v, min) / min) / Math.log(max / min)
        : Math.max(0, v) / max
    return Math.max(MIN_BAR, f * barWidth)
  }
  return (
    <group position={position}>
      {rows.map((row, i) => {
        const w = length(row.value)
        const start = at + i * stagger
        const color = row.color ?? palette.accent
        return (
          <Reveal
            key={row.label}
            name={keyText(`${name}: ${row.label}`)}
            at={start}
            until={until}
            effect="fade"
            position={[0, -i * pitch, 0]}
          >
            <Label
              text={row.label}
              size={text.body}
              anchorX="right"
              position={[labelWidth - LABEL_GAP, 0, 0]}
            />
            <Grow
              from={[0.001, 1, 1]}
              to={[1, 1, 1]}
              at={start + 0.2}
              duration={GROW_SECONDS}
              position={[labelWidth, 0, 0]}
            >
              <mesh position={[w / 2, 0, 0]}>
                <planeGeometry args={[w, BAR_HEIGHT]} />
                <meshBasicMaterial color={color} />
              </mesh>
            </Grow>
            <Label
              text={row.shown}
              size={text.body}
              color={color}
              anchorX="left"
              position={[labelWidth + w + VALUE_GAP, 0, 0]}
            />
          </Reveal>
        )
      })}
    </group>
  )
}

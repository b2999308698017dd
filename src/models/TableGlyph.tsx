import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type TableGlyphProps = Omit<ThreeElements['group'], 'ref'> & {
  name: string
  columns: readonly string[]
  rows: readonly (readonly string[])[]
  color?: string
  cellWidth?: number
}

/** Row height in world units: a label's height plus breathing room. */
const ROW = 0.62
const GAP = 0.06

/**
 * A relational table: a name, a header row in the database colour, and rows of values, standing
 * upright and facing the camera. Its top-left corner is at the group's origin.
 *
 * ```tsx
 * <TableGlyph name="users" columns={['id', 'name']} rows={[['1', 'Ada']]} />
 * ```
 */
export function TableGlyph({
  name,
  columns,
  rows,
  color = palette.database,
  cellWidth = 1.9,
  ...props
}: TableGlyphProps) {
  const width = columns.length * cellWidth
  const cell = (text: string, col: number, row: number, header: boolean) => (
    <group
      key={`${row}-${col}`}
      position={[col * cellWidth + cellWidth / 2, -(row + 1.5) * ROW, 0]}
    >
      <mesh>
        <planeGeometry args={[cellWidth - GAP, ROW - GAP]} />
        <meshBasicMaterial color={header ? color : palette.panel} />
      </mesh>
      <Label
        text={text}
        size={textSize.code}
        weight={header ? 'bold' : 'mono'}
        color={header ? palette.background : palette.panelText}
        position={[0, 0, 0.01]}
      />
    </group>
  )
  return (
    <group {...props}>
      <Label
        text={name}
        size={textSize.small}
        color={color}
        anchorX="left"
        position={[0, -ROW * 0.45, 0]}
      />
      {columns.map((c, i) => cell(c, i, 0, true))}
      {rows.map((r, ri) => r.map((v, ci) => cell(v, ci, ri + 1, false)))}
      <mesh position={[width / 2, -((rows.length + 1) * ROW) / 2 - ROW, -0.02]}>
        <planeGeometry args={[width + 0.12, (rows.length + 1) * ROW + 0.12]} />
        <meshBasicMaterial color={palette.panelBorder} />
      </mesh>
    </group>
  )
}

/** Height of a table with `rows` data rows, for stacking. */
export function tableHeight(rows: number): number {
  return (rows + 2) * ROW
}

/** Depth of the top of a table's header row below its origin (its name stands above that). */
export function tableHeaderTop(): number {
  return ROW
}

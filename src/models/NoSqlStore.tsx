import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type NoSqlStoreProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Key-value rows on its face. */
  rows?: number
  /** Uniform size multiplier (1: about a database cylinder's height). */
  size?: number
}

/** Cabinet size at size 1: as tall as a DatabaseCylinder, wider, so the two sit well together. */
const WIDTH = 2.3
const HEIGHT = 1.9
const DEPTH = 1.2
/** Margin from the cabinet's edge to its rows. */
const INSET = 0.18
/** A row's key chip: a short, light tile; its value: a long, deeper bar. */
const KEY_WIDTH = 0.42
const ROW_GAP = 0.1

/** Height of the store at `size`, for placing labels above it. */
export function noSqlStoreHeight(size = 1): number {
  return HEIGHT * size
}

/**
 * Where row `row` (0 is the top) sits on the store's front face, relative to the store's origin:
 * the point just in front of its value bar, for things that land in the store (a session).
 */
export function noSqlRowPosition(row: number, rows = 4, size = 1): [number, number, number] {
  const pitch = (HEIGHT - 2 * INSET) / rows
  const y = HEIGHT - INSET - pitch * (row + 0.5)
  return [(KEY_WIDTH / 2) * size, y * size, (DEPTH / 2 + 0.12) * size]
}

/**
 * A NoSQL key-value store: a blue cabinet whose face is a column of key -> value rows (a light key
 * chip beside a long value bar), square-edged so it never reads as the relational
 * DatabaseCylinder. Used for session data and other schemaless data.
 *
 * ```tsx
 * <NoSqlStore position={[0, 0, -5]} rows={4} />
 * ```
 */
export function NoSqlStore({
  color = palette.database,
  rows = 4,
  size = 1,
  children,
  ...props
}: NoSqlStoreProps) {
  const pitch = (HEIGHT - 2 * INSET) / rows
  const rowHeight = pitch - ROW_GAP
  const inner = WIDTH - 2 * INSET
  const valueWidth = inner - KEY_WIDTH - ROW_GAP
  return (
    <group {...props}>
      <group scale={size}>
        <RoundedBox args={[WIDTH, HEIGHT, DEPTH]} radius={0.1} position={[0, HEIGHT / 2, 0]}>
          <meshStandardMaterial
            color={color}
            emissive={color}
            emissiveIntensity={0.3}
            roughness={0.45}
          />
        </RoundedBox>
        {Array.from({ length: rows }, (_, i) => {
          const y = HEIGHT - INSET - pitch * (i + 0.5)
          return (
            <group key={i} position={[0, y, DEPTH / 2 + 0.01]}>
              <mesh position={[-inner / 2 + KEY_WIDTH / 2, 0, 0]}>
                <planeGeometry args={[KEY_WIDTH, rowHeight]} />
                <meshBasicMaterial color="#dbeafe" />
              </mesh>
              <mesh position={[inner / 2 - valueWidth / 2, 0, 0]}>
                <planeGeometry args={[valueWidth, rowHeight]} />
                <meshBasicMaterial color="#1e3a8a" />
              </mesh>
            </group>
          )
        })}
      </group>
      {children}
    </group>
  )
}

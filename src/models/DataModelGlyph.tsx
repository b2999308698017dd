import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type DataModelKind = 'key-value' | 'document' | 'column' | 'graph'

export type DataModelGlyphProps = Omit<ThreeElements['group'], 'ref'> & {
  kind: DataModelKind
  color?: string
}

const LABELS: Record<DataModelKind, string> = {
  'key-value': 'Key-value',
  document: 'Document',
  column: 'Column',
  graph: 'Graph',
}

/** Graph nodes of the 'graph' glyph, in its own units (roughly a 2×2 square). */
const GRAPH_NODES: readonly [number, number][] = [
  [-0.8, 0.7],
  [0.7, 0.9],
  [0, 0],
  [-0.7, -0.8],
  [0.9, -0.6],
]
const GRAPH_EDGES: readonly [number, number][] = [
  [0, 2],
  [1, 2],
  [2, 3],
  [2, 4],
  [1, 4],
]

/** A thin straight link between two points of the glyph (a graph edge, a key→value arrow). */
function bar(
  from: readonly [number, number],
  to: readonly [number, number],
  color: string,
  key?: string,
) {
  const dx = to[0] - from[0]
  const dy = to[1] - from[1]
  return (
    <mesh
      key={key}
      position={[(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, 0]}
      rotation={[0, 0, Math.atan2(dy, dx)]}
    >
      <boxGeometry args={[Math.hypot(dx, dy), 0.07, 0.07]} />
      <meshBasicMaterial color={color} />
    </mesh>
  )
}

/**
 * A small picture of one NoSQL data model, with its name below: key-value pairs, a document,
 * columns of cells, or a graph of nodes and edges. Centred on the group's origin, about 2.4
 * units wide.
 *
 * ```tsx
 * <DataModelGlyph kind="graph" position={[3, 2, 0]} />
 * ```
 */
export function DataModelGlyph({ kind, color = palette.database, ...props }: DataModelGlyphProps) {
  let body: ReactNode
  switch (kind) {
    case 'key-value':
      body = [0.7, 0, -0.7].map((y) => (
        <group key={y} position={[0, y, 0]}>
          <RoundedBox args={[0.8, 0.5, 0.1]} radius={0.05} position={[-0.6, 0, 0]}>
            <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.4} />
          </RoundedBox>
          {bar([-0.2, 0], [0.25, 0], palette.textMuted)}
          <RoundedBox args={[0.9, 0.5, 0.1]} radius={0.05} position={[0.75, 0, 0]}>
            <meshStandardMaterial color={palette.panel} />
          </RoundedBox>
        </group>
      ))
      break
    case 'document':
      body = (
        <>
          <RoundedBox args={[1.7, 2.1, 0.1]} radius={0.06}>
            <meshStandardMaterial color={palette.panel} />
          </RoundedBox>
          {[0.6, 0.25, -0.1, -0.45].map((y, i) => (
            <mesh key={y} position={[-0.1 + (i % 2) * 0.2, y, 0.06]}>
              <planeGeometry args={[1.1 - (i % 2) * 0.3, 0.13]} />
              <meshBasicMaterial color={i === 0 ? color : palette.textMuted} />
            </mesh>
          ))}
        </>
      )
      break
    case 'column':
      body = [-0.7, 0, 0.7].map((x, i) => (
        <group key={x} position={[x, 0, 0]}>
          {Array.from({ length: 4 - (i % 2) }, (_, k) => (
            <mesh key={k} position={[0, 0.75 - k * 0.5, 0]}>
              <boxGeometry args={[0.5, 0.42, 0.1]} />
              <meshStandardMaterial
                color={k === 0 ? color : palette.panel}
                emissive={k === 0 ? color : '#000000'}
                emissiveIntensity={0.4}
              />
            </mesh>
          ))}
        </group>
      ))
      break
    case 'graph':
      body = (
        <>
          {GRAPH_EDGES.map(([a, b]) =>
            bar(GRAPH_NODES[a]!, GRAPH_NODES[b]!, palette.textMuted, `${a}-${b}`),
          )}
          {GRAPH_NODES.map(([x, y], i) => (
            <mesh key={i} position={[x, y, 0]}>
              <sphereGeometry args={[0.22, 20, 14]} />
              <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.5} />
            </mesh>
          ))}
        </>
      )
      break
  }
  return (
    <group {...props}>
      {body}
      <Label text={LABELS[kind]} size={textSize.small} position={[0, -1.55, 0]} />
    </group>
  )
}

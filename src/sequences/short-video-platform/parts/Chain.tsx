import { RoundedBox } from '@react-three/drei'
import { useMemo } from 'react'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { keyText } from '../../../world/stagedKeys'
import { text } from '../layout'

export interface ChainNode {
  label: string
  color: string
}

export type ChainProps = {
  /**
   * What the chain is ('Log pipeline'): its boxes are staged as '<name>: <label>' and its arrows
   * as '<name>: arrow 2', so two chains of one chapter need two names.
   */
  name: string
  nodes: readonly ChainNode[]
  /** When the first node appears; each next node and its arrow `stagger` seconds later. */
  at: number
  until?: number
  stagger?: number
  /** Centre of the first node; the others follow along +x, `pitch` apart. */
  position: [number, number, number]
  pitch: number
  /** Width of a node's box. */
  nodeWidth: number
}

const NODE_HEIGHT = 1
const NODE_DEPTH = 0.5
/** Arrows bow up a little so they read as flow, not as a ruler. */
const ARROW_LIFT = 0.5

/**
 * A path data travels, drawn as named boxes left to right with an arrow drawing itself on between
 * each pair as the next box arrives (a log pipeline, an ETL path, cache tiers).
 */
export function Chain({
  name,
  nodes,
  at,
  until,
  stagger = 0.8,
  position,
  pitch,
  nodeWidth,
}: ChainProps) {
  const arrows = useMemo(
    () =>
      nodes
        .slice(1)
        .map((_, i) =>
          arcCurve(
            [i * pitch + nodeWidth / 2, NODE_HEIGHT / 2, 0],
            [(i + 1) * pitch - nodeWidth / 2, NODE_HEIGHT / 2, 0],
            0,
            ARROW_LIFT,
          ),
        ),
    [nodes, pitch, nodeWidth],
  )
  return (
    <group position={position}>
      {nodes.map((node, i) => (
        <Reveal
          key={node.label}
          name={keyText(`${name}: ${node.label}`)}
          at={at + i * stagger}
          until={until}
          effect="pop"
          position={[i * pitch, 0, 0]}
        >
          <RoundedBox
            args={[nodeWidth, NODE_HEIGHT, NODE_DEPTH]}
            radius={0.08}
            position={[0, NODE_HEIGHT / 2, 0]}
          >
            <meshStandardMaterial
              color={node.color}
              emissive={node.color}
              emissiveIntensity={0.25}
              roughness={0.6}
            />
          </RoundedBox>
          <Label
            text={node.label}
            size={text.body}
            color={palette.background}
            position={[0, NODE_HEIGHT / 2, NODE_DEPTH / 2 + 0.02]}
          />
        </Reveal>
      ))}
      {arrows.map((curve, i) => (
        <Reveal
          key={i}
          name={`${name}: arrow ${i + 1}`}
          at={at + (i + 1) * stagger - 0.3}
          until={until}
          effect="fade"
        >
          <FlowArrow curve={curve} color={palette.textMuted} inset={0.1} radius={0.05} active />
        </Reveal>
      ))}
    </group>
  )
}

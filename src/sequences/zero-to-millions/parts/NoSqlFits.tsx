import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { DatabaseSwarm } from '../../../models/DatabaseSwarm'
import { Label } from '../../../models/Label'
import { Speedometer } from '../../../models/Speedometer'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'

export type NoSqlFitsProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Chapter-local second the panel and its title appear. */
  at: number
  /** Chapter-local seconds each case pops in, in order: as the narration names it. */
  caseAt: readonly [number, number, number, number]
  until: number
}

type FitCase = 'latency' | 'unstructured' | 'serialized' | 'massive'

const CASES: readonly { kind: FitCase; text: string }[] = [
  { kind: 'latency', text: 'very low latency' },
  { kind: 'unstructured', text: 'unstructured data' },
  { kind: 'serialized', text: 'only serialized data (JSON, XML)' },
  { kind: 'massive', text: 'a massive amount of data' },
]

/** The panel: as wide as the board allows less a margin, the icons in a column on its left. */
const WIDTH = 11.4
const PADDING = 0.4
const TITLE_HEIGHT = 1.0
/** One case per row: an icon about a unit tall, its words beside it at label size. */
const ROW = 1.1
const HEIGHT = PADDING * 2 + TITLE_HEIGHT + CASES.length * ROW
const ICON_X = -WIDTH / 2 + PADDING + 0.65
const TEXT_X = ICON_X + 1.05

/** A heap of odd shapes, none like another: data with no common structure. */
const JUMBLE: readonly { shape: 'box' | 'ball' | 'cone'; at: [number, number]; turn: number }[] = [
  { shape: 'box', at: [-0.3, 0.2], turn: 0.5 },
  { shape: 'ball', at: [0.3, 0.28], turn: 0 },
  { shape: 'cone', at: [0.05, -0.22], turn: -0.4 },
  { shape: 'box', at: [0.38, -0.26], turn: 0.9 },
]
/** Databases of the 'massive' icon: two rows of four, more than one machine holds. */
const MANY = Array.from(
  { length: 8 },
  (_, i) => [((i % 4) - 1.5) * 0.3, i < 4 ? 0 : -0.42, 0] as [number, number, number],
)

/**
 * When NoSQL may fit better, as the narration lists it: four cases, each with a small icon that
 * pops in as it is named (a speedometer for latency, a jumble of shapes for unstructured data,
 * braces for serialized data, many databases for a massive amount). The panel's top edge is at
 * the group's origin.
 */
export function NoSqlFits({ at, caseAt, until, ...props }: NoSqlFitsProps) {
  const color = palette.queue
  const icon = (kind: FitCase): ReactNode => {
    switch (kind) {
      case 'latency':
        return <Speedometer color={color} value={0.92} scale={0.75} position={[0, -0.22, 0]} />
      case 'unstructured':
        return JUMBLE.map(({ shape, at: [x, y], turn }, i) => (
          <mesh key={i} position={[x, y, 0]} rotation={[0.4, turn, turn]}>
            {shape === 'box' && <boxGeometry args={[0.3, 0.3, 0.3]} />}
            {shape === 'ball' && <sphereGeometry args={[0.17, 16, 12]} />}
            {shape === 'cone' && <coneGeometry args={[0.17, 0.36, 12]} />}
            <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.4} />
          </mesh>
        ))
      case 'serialized':
        return (
          <>
            <RoundedBox args={[0.8, 0.95, 0.08]} radius={0.05}>
              <meshStandardMaterial color={palette.panelBorder} />
            </RoundedBox>
            <Label
              text="{ }"
              size={textSize.small}
              weight="mono"
              color={color}
              position={[0, 0, 0.06]}
            />
          </>
        )
      case 'massive':
        return (
          <DatabaseSwarm
            positions={MANY}
            radius={0.12}
            height={0.3}
            color={color}
            position={[0, 0, 0]}
          />
        )
    }
  }
  return (
    <group {...props}>
      <Reveal name="NoSQL fit callout" at={at} until={until} effect="rise">
        <RoundedBox args={[WIDTH, HEIGHT, 0.12]} radius={0.1} position={[0, -HEIGHT / 2, -0.08]}>
          <meshStandardMaterial color={palette.panel} roughness={0.8} />
        </RoundedBox>
        <mesh position={[-WIDTH / 2 + 0.05, -HEIGHT / 2, 0]}>
          <planeGeometry args={[0.1, HEIGHT - 0.2]} />
          <meshBasicMaterial color={color} />
        </mesh>
        <Label
          text="NoSQL may fit when you need"
          size={textSize.label}
          color={color}
          anchorX="left"
          anchorY="top"
          position={[-WIDTH / 2 + PADDING, -PADDING, 0.01]}
        />
      </Reveal>
      {CASES.map(({ kind, text }, i) => {
        const y = -PADDING - TITLE_HEIGHT - (i + 0.5) * ROW
        return (
          <group key={kind} position={[0, y, 0.05]}>
            <Reveal
              name={`NoSQL fit icon: ${kind}`}
              at={caseAt[i]!}
              until={until}
              effect="pop"
              position={[ICON_X, 0, 0]}
            >
              {icon(kind)}
            </Reveal>
            <Reveal name={`NoSQL fit: ${kind}`} at={caseAt[i]! + 0.2} until={until} effect="fade">
              <Label
                text={text}
                size={textSize.label}
                weight="regular"
                color={palette.panelText}
                anchorX="left"
                position={[TEXT_X, 0, 0]}
              />
            </Reveal>
          </group>
        )
      })}
    </group>
  )
}

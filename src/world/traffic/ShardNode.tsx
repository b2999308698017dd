import { useRef } from 'react'
import type { Group, Mesh, MeshBasicMaterial } from 'three'
import { DatabaseCylinder } from '../../models/DatabaseCylinder'
import { Label } from '../../models/Label'
import type { ShardingState } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import { ramp } from '../../timeline/easing'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import { Reveal } from '../Reveal'

/** Where the shard stands from a moment on: x on the row, and its size. */
export type ShardStop = { at: number; x: number; scale: number }

export type ShardNodeProps = {
  index: number
  /** The simulation's state at a chapter-local time (memoised by the chapter). */
  stateAt: (local: number) => ShardingState
  /** The first stop is where it appears; each later stop is eased to from its `at`. */
  stops: readonly ShardStop[]
  /** How many of the shard's first users have arrived by then (for the growing list). */
  landed: (local: number) => number
  /** From when its user count and its load bar are shown. */
  countFrom: number
  loadFrom: number
}

/** Seconds a move along the row takes: slow enough to follow. */
const MOVE_SECONDS = 1.8
/** A full-size cylinder's height (DatabaseCylinder's default). */
const CYLINDER_HEIGHT = 1.9
/** The load bar stands right of the cylinder; full height means all the traffic. */
const BAR_X = 1.35
const BAR_WIDTH = 0.3
const BAR_HEIGHT = 2.4
/** How many of the shard's user ids are listed before "...". */
const LISTED = 3
/** The glowing ring of a hot shard: a little wider than the cylinder (radius 0.9). */
const GLOW_RADIUS = 1.2
/**
 * Its name, count and list, sized for the chapter's wide shots (about 20 units away): 36 px or
 * more at 1080p. The name is outlined, so it stays legible when a hot shard's flames rise
 * behind it.
 */
const NAME_SIZE = 0.66
/** The count: 36 px from the 22-unit shot over the whole row (at 0.5 it read 33 px). */
const COUNT_SIZE = 0.55
const LIST_SIZE = 0.5
/**
 * Heights over the cylinder's top: the name, the list of its users above it, and the count
 * above that. The list stands over the cylinder, not in front of it: from the chapter's low
 * shots a line in front of the cylinder is drawn across its lower half.
 */
const NAME_Y = 0.75
const LIST_Y = 1.4
const COUNT_Y = 2.05

/**
 * One shard of the sharded database, drawn from the simulation: its name, the users it holds
 * (listed as they arrive), how many, and the share of requests it serves right now, red while
 * it holds the celebrity. It moves along the row when the row rearranges.
 */
export function ShardNode({ index, stateAt, stops, landed, countFrom, loadFrom }: ShardNodeProps) {
  const root = useRef<Group>(null)
  const body = useRef<Group>(null)
  const labels = useRef<Group>(null)
  const fill = useRef<Group>(null)
  const fillMesh = useRef<Mesh>(null)
  const glow = useRef<Mesh>(null)
  const first = stops[0]!
  const shard = (local: number) => stateAt(local).perShard[index]
  useChapterFrame((local) => {
    let x = first.x
    let scale = first.scale
    for (const stop of stops.slice(1)) {
      const p = ramp(local, stop.at, MOVE_SECONDS)
      x += (stop.x - x) * p
      scale += (stop.scale - scale) * p
    }
    root.current!.position.x = x
    body.current!.scale.setScalar(scale)
    labels.current!.position.y = CYLINDER_HEIGHT * scale
    const s = shard(local)
    const f = fill.current!
    const share = s ? s.load / Math.max(1e-9, sum(stateAt(local).perShard.map((p) => p.load))) : 0
    f.scale.y = Math.max(1e-3, share)
    glow.current!.visible = !!s?.hot
    ;(fillMesh.current!.material as MeshBasicMaterial).color.set(
      s?.hot ? palette.failure : palette.database,
    )
  }, FRAME_PHASE.stage)
  return (
    <group ref={root} position={[first.x, 0, 0]}>
      <Reveal name={`Shard ${index}`} at={first.at} effect="rise">
        <group ref={body} scale={first.scale}>
          <DatabaseCylinder />
          {/* A red ring glowing on the floor around it while it holds the celebrity. */}
          <mesh ref={glow} visible={false} position={[0, 0.05, 0]} rotation={[-Math.PI / 2, 0, 0]}>
            <ringGeometry args={[GLOW_RADIUS - 0.12, GLOW_RADIUS, 48]} />
            <meshBasicMaterial color={palette.failure} />
          </mesh>
        </group>
        <group ref={labels} position={[0, CYLINDER_HEIGHT * first.scale, 0]}>
          <Label
            text={`Shard ${index}`}
            size={NAME_SIZE}
            billboard
            outline
            position={[0, NAME_Y, 0]}
          />
          {/* The users it holds, listed over its name as they land. */}
          <LiveLabel
            compute={(local) => {
              const s = shard(local)
              const n = Math.min(landed(local), LISTED)
              if (!s || n === 0) return ''
              return `users ${s.sample.slice(0, n).join(', ')}${n === LISTED ? '...' : ''}`
            }}
            size={LIST_SIZE}
            billboard
            outline
            position={[0, LIST_Y, 0]}
          />
          <Reveal name={`Shard ${index} user count`} at={countFrom} effect="fade">
            <LiveLabel
              compute={(local) => {
                const s = shard(local)
                return s ? `${s.users} users` : ''
              }}
              size={COUNT_SIZE}
              color={palette.textMuted}
              billboard
              position={[0, COUNT_Y, 0]}
            />
          </Reveal>
        </group>
      </Reveal>
      <Reveal name={`Shard ${index} load bar`} at={loadFrom} effect="fade">
        <group position={[BAR_X, 0, 0]}>
          <mesh position={[0, BAR_HEIGHT / 2, -0.02]}>
            <planeGeometry args={[BAR_WIDTH + 0.1, BAR_HEIGHT + 0.1]} />
            <meshBasicMaterial color={palette.panel} />
          </mesh>
          {/* The fill's origin is its bottom edge, so scaling it in y grows it upward. */}
          <group ref={fill} scale={[1, 1e-3, 1]}>
            <mesh ref={fillMesh} position={[0, BAR_HEIGHT / 2, 0]}>
              <planeGeometry args={[BAR_WIDTH, BAR_HEIGHT]} />
              <meshBasicMaterial color={palette.database} />
            </mesh>
          </group>
        </group>
      </Reveal>
    </group>
  )
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

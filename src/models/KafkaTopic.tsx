import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import { Object3D, type InstancedMesh } from 'three'
import { palette } from '../world/palette'
import { instancesMoved } from '../world/rewritten'

export type KafkaTopicProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Partitions drawn, one lane each, stacked upwards. */
  partitions?: number
  /** Message slots along a lane. */
  slots?: number
  /** Length of a lane along x, in world units. */
  length?: number
  /** Copies of the log: 3 draws the leader in front and two followers fainter behind it. */
  replicas?: number
  /** Messages already written to each lane, from its oldest end (for still pictures). */
  filled?: readonly number[]
}

/** A lane: a thin slab, its pitch leaving a gap that keeps the lanes apart at a glance. */
const LANE_HEIGHT = 0.42
const LANE_PITCH = 0.62
const LANE_DEPTH = 0.5
/** How far behind the leader each follower copy sits, and how faint it is. */
const REPLICA_STEP = 0.75
const REPLICA_OPACITY = 0.3
/** A message fills most of its slot, leaving a gap to the next one. */
const MESSAGE_FILL = 0.78

const scratch = new Object3D()
const NONE: readonly number[] = []

/**
 * Centre of message `offset` of lane `partition`, relative to the topic's origin: offset 0 is the
 * oldest end (left, -x); a log only grows at its right end. Lane 0 is the lowest.
 */
export function kafkaTopicSlot(
  partition: number,
  offset: number,
  slots = 10,
  length = 6,
): [number, number, number] {
  const pitch = length / slots
  return [-length / 2 + pitch * (offset + 0.5), LANE_HEIGHT / 2 + partition * LANE_PITCH, 0]
}

/** Height of a topic with this many partitions, for placing a name above it. */
export function kafkaTopicHeight(partitions: number): number {
  return (partitions - 1) * LANE_PITCH + LANE_HEIGHT
}

/**
 * A Kafka topic: a stack of partitions, each an append-only log drawn as a lane of message slots
 * in the queue purple, with the topic's follower replicas as fainter copies behind the leader.
 * Origin: the middle of the lowest lane's bottom edge.
 *
 * ```tsx
 * <KafkaTopic partitions={4} replicas={3} filled={[6, 4, 7, 5]} />
 * ```
 */
export function KafkaTopic({
  color = palette.queue,
  partitions = 4,
  slots = 10,
  length = 6,
  replicas = 1,
  filled = NONE,
  children,
  ...props
}: KafkaTopicProps) {
  const messages = useRef<InstancedMesh>(null)
  const pitch = length / slots
  const capacity = partitions * slots
  useLayoutEffect(() => {
    const m = messages.current
    if (!m) return
    let n = 0
    for (let p = 0; p < partitions; p++) {
      const count = Math.max(0, Math.min(slots, Math.floor(filled[p] ?? 0)))
      for (let i = 0; i < count; i++) {
        scratch.position.set(...kafkaTopicSlot(p, i, slots, length))
        scratch.position.z = LANE_DEPTH / 2
        scratch.updateMatrix()
        m.setMatrixAt(n++, scratch.matrix)
      }
    }
    m.count = n
    instancesMoved(m)
  }, [filled, partitions, slots, length])
  const lanes = Array.from({ length: partitions }, (_, p) => p)
  const copies = Array.from({ length: Math.max(1, replicas) }, (_, r) => r)
  return (
    <group {...props}>
      {copies.map((r) =>
        lanes.map((p) => (
          <RoundedBox
            key={`${r}-${p}`}
            args={[length, LANE_HEIGHT, LANE_DEPTH]}
            radius={0.05}
            position={[r * 0.25, LANE_HEIGHT / 2 + p * LANE_PITCH, -r * REPLICA_STEP]}
          >
            <meshStandardMaterial
              color={r === 0 ? '#2e1065' : color}
              emissive={color}
              emissiveIntensity={r === 0 ? 0.25 : 0.15}
              transparent={r > 0}
              opacity={r === 0 ? 1 : REPLICA_OPACITY}
              depthWrite={r === 0}
            />
          </RoundedBox>
        )),
      )}
      {/* The lit front edge of each leader lane: where the partition's messages line up. */}
      {lanes.map((p) => (
        <mesh key={p} position={[0, p * LANE_PITCH + 0.04, LANE_DEPTH / 2 + 0.005]}>
          <planeGeometry args={[length, 0.06]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ))}
      <instancedMesh ref={messages} args={[undefined, undefined, Math.max(1, capacity)]}>
        <boxGeometry args={[pitch * MESSAGE_FILL, LANE_HEIGHT * 0.7, 0.12]} />
        <meshStandardMaterial color="#e9d5ff" emissive={color} emissiveIntensity={0.5} />
      </instancedMesh>
      {children}
    </group>
  )
}

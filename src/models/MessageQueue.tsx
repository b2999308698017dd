import type { ThreeElements } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import { DoubleSide, Object3D, type InstancedMesh } from 'three'
import { palette } from '../world/palette'
import { instancesMoved } from '../world/rewritten'

export type MessageQueueProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Message slots along the tube. */
  slots?: number
  /** Length of the tube along x, in world units. */
  length?: number
  /** Messages drawn waiting in the slots, from the exit end (for still pictures). */
  filled?: number
}

/** Tube radius, and the height of its axis above the ground (on two short legs). */
export const MESSAGE_QUEUE_RADIUS = 0.6
export const MESSAGE_QUEUE_ELEVATION = 1.3
/** A message fills most of its slot, leaving a gap to the dividers. */
const MESSAGE_FILL = 0.7

const scratch = new Object3D()

/**
 * Centre of slot `i` relative to the queue's origin; slot 0 is at the exit (the right end, +x),
 * where the oldest message waits; messages enter at the left end.
 */
export function messageQueueSlot(i: number, slots = 8, length = 7): [number, number, number] {
  const pitch = length / slots
  return [length / 2 - pitch * (i + 0.5), MESSAGE_QUEUE_ELEVATION, 0]
}

/** Where messages enter (left end) and leave (right end), relative to the queue's origin. */
export function messageQueueEnds(length = 7): {
  entry: [number, number, number]
  exit: [number, number, number]
} {
  return {
    entry: [-length / 2, MESSAGE_QUEUE_ELEVATION, 0],
    exit: [length / 2, MESSAGE_QUEUE_ELEVATION, 0],
  }
}

/**
 * A message queue: a see-through purple tube divided into message slots, messages flowing from
 * its left end (publish) to its right end (consume), raised on two legs. `filled` draws that many
 * messages waiting from the exit end; a chapter can instead draw live messages at
 * `messageQueueSlot(i)`.
 *
 * ```tsx
 * <MessageQueue position={[0, 0, 0]} slots={8} filled={3} />
 * ```
 */
export function MessageQueue({
  color = palette.queue,
  slots = 8,
  length = 7,
  filled = 0,
  children,
  ...props
}: MessageQueueProps) {
  const dividers = useRef<InstancedMesh>(null)
  const messages = useRef<InstancedMesh>(null)
  const pitch = length / slots
  const shown = Math.max(0, Math.min(slots, Math.floor(filled)))
  useLayoutEffect(() => {
    const d = dividers.current
    if (d) {
      for (let i = 0; i <= slots; i++) {
        scratch.position.set(-length / 2 + i * pitch, MESSAGE_QUEUE_ELEVATION, 0)
        scratch.rotation.set(0, Math.PI / 2, 0)
        scratch.updateMatrix()
        d.setMatrixAt(i, scratch.matrix)
      }
      instancesMoved(d)
    }
    const m = messages.current
    if (m) {
      for (let i = 0; i < shown; i++) {
        scratch.position.set(...messageQueueSlot(i, slots, length))
        scratch.rotation.set(0, 0, 0)
        scratch.updateMatrix()
        m.setMatrixAt(i, scratch.matrix)
      }
      m.count = shown
      instancesMoved(m)
    }
  }, [slots, length, pitch, shown])
  const r = MESSAGE_QUEUE_RADIUS
  const side = r * MESSAGE_FILL * 1.2
  return (
    <group {...props}>
      {/* The tube, open and see-through so the messages inside show. */}
      <mesh position={[0, MESSAGE_QUEUE_ELEVATION, 0]} rotation={[0, 0, Math.PI / 2]}>
        <cylinderGeometry args={[r, r, length, 40, 1, true]} />
        <meshStandardMaterial
          color={color}
          emissive={color}
          emissiveIntensity={0.35}
          transparent
          opacity={0.28}
          side={DoubleSide}
          depthWrite={false}
        />
      </mesh>
      <instancedMesh ref={dividers} args={[undefined, undefined, slots + 1]}>
        <torusGeometry args={[r, 0.05, 8, 40]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.9} />
      </instancedMesh>
      <instancedMesh ref={messages} args={[undefined, undefined, slots]} visible={shown > 0}>
        <boxGeometry args={[pitch * MESSAGE_FILL, side, side]} />
        <meshStandardMaterial color="#e9d5ff" emissive={color} emissiveIntensity={0.5} />
      </instancedMesh>
      {/* Legs under each end. */}
      {[-1, 1].map((s) => (
        <mesh key={s} position={[(s * (length - pitch)) / 2, (MESSAGE_QUEUE_ELEVATION - r) / 2, 0]}>
          <boxGeometry args={[0.2, MESSAGE_QUEUE_ELEVATION - r, 0.5]} />
          <meshStandardMaterial color="#374151" roughness={0.7} />
        </mesh>
      ))}
      {children}
    </group>
  )
}

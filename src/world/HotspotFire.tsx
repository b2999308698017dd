import { useRef } from 'react'
import type { Group } from 'three'
import { Flame } from '../models/Flame'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'

export type HotspotFireProps = {
  position: [number, number, number]
  scale?: number
}

/**
 * The flames: where each stands (x, z), how tall, and its flicker's rate (per second) and phase.
 * They flank a shard (radius 0.9) on both sides and rise behind it, so most of each shows beside
 * the cylinder; their tips stay under its name.
 */
const FLAMES = [
  { x: -1.2, z: 0, height: 1.5, rate: 7.1, phase: 0 },
  { x: -0.8, z: -0.8, height: 2.2, rate: 5.3, phase: 1.7 },
  { x: 0.85, z: -0.8, height: 1.9, rate: 6.2, phase: 3.1 },
] as const
/** How much a flame's height changes as it flickers. */
const FLICKER = 0.18

/**
 * Flames licking up a hot shard from beside and behind it (its labels stay clear): three flames,
 * each flickering at its own rate. The flicker is a function of chapter time only, so a frame
 * looks the same however it is reached.
 */
export function HotspotFire({ position, scale = 1 }: HotspotFireProps) {
  const flames = useRef<(Group | null)[]>([])
  useChapterFrame((local) => {
    FLAMES.forEach((f, i) => {
      const g = flames.current[i]
      if (!g) return
      const s = 1 + FLICKER * Math.sin(local * f.rate + f.phase)
      g.scale.set(2 - s, s, 2 - s)
    })
  }, FRAME_PHASE.stage)
  return (
    <group position={position} scale={scale}>
      {FLAMES.map((f, i) => (
        <group
          key={i}
          ref={(g) => {
            flames.current[i] = g
          }}
          position={[f.x, 0, f.z]}
        >
          <Flame height={f.height} />
        </group>
      ))}
    </group>
  )
}

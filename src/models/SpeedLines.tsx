import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type SpeedLinesProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/**
 * Streaks trailing something fast, along +x behind it (it moves towards -x): the comic-book
 * mark for speed. Three lines of different lengths, a little apart, starting just clear of a
 * packet's halo.
 *
 * ```tsx
 * <Travel curve={back} at={beats.hit} duration={0.6} dwell={0}><SpeedLines /></Travel>
 * ```
 */
export function SpeedLines({ color = palette.success, ...props }: SpeedLinesProps) {
  return (
    <group {...props}>
      {STREAKS.map(([y, length], i) => (
        <mesh key={i} position={[GAP + length / 2, y, 0]}>
          <boxGeometry args={[length, THICKNESS, THICKNESS]} />
          <meshBasicMaterial color={color} transparent opacity={0.85} depthWrite={false} />
        </mesh>
      ))}
    </group>
  )
}

/** Where the streaks start behind the centre: past a 0.28 packet's halo (radius 0.53). */
const GAP = 0.6
const THICKNESS = 0.07
/** Each streak's height and length: the middle one longest, so the three read as motion. */
const STREAKS: readonly (readonly [number, number])[] = [
  [0.22, 0.9],
  [0, 1.4],
  [-0.22, 1.0],
]

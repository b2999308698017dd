import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type SyncIconProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/** Radius of the two arcs, and how much of a half turn each covers (a gap before each head). */
const RADIUS = 0.5
const ARC = Math.PI * 0.72

/**
 * Two arrows chasing each other round a circle: "keep in sync" (consistency between copies).
 *
 * ```tsx
 * <SyncIcon position={[0, 3, 0]} />
 * ```
 */
export function SyncIcon({ color = palette.accent, ...props }: SyncIconProps) {
  return (
    <group {...props}>
      {[0, Math.PI].map((start) => {
        // The arrow head sits where the arc ends, pointing along its direction of travel.
        const end = start + ARC
        return (
          <group key={start}>
            <mesh rotation={[0, 0, start]}>
              <ringGeometry args={[RADIUS - 0.07, RADIUS + 0.07, 32, 1, 0, ARC]} />
              <meshBasicMaterial color={color} />
            </mesh>
            <mesh
              position={[Math.cos(end) * RADIUS, Math.sin(end) * RADIUS, 0]}
              rotation={[0, 0, end + Math.PI / 2]}
            >
              <circleGeometry args={[0.2, 3]} />
              <meshBasicMaterial color={color} />
            </mesh>
          </group>
        )
      })}
    </group>
  )
}

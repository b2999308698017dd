import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type WarningSignProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Height of the triangle in world units. */
  size?: number
}

/** A triangle of unit circumradius is 1.5 tall; this makes `size` its height. */
const UNIT_HEIGHT = 1.5

/**
 * A warning sign: an amber triangle with a dark edge and an exclamation mark, standing upright
 * and facing the camera. Marks a challenge or a caveat. Its centre is the triangle's centroid.
 *
 * ```tsx
 * <WarningSign position={[0, 3, 0]} />
 * ```
 */
export function WarningSign({ color = palette.accent, size = 1, ...props }: WarningSignProps) {
  const r = size / UNIT_HEIGHT
  return (
    <group {...props}>
      {/* Three segments make a triangle; the first vertex points up. */}
      <mesh rotation={[0, 0, Math.PI / 2]} position={[0, 0, -0.01]}>
        <circleGeometry args={[r * 1.18, 3]} />
        <meshBasicMaterial color={palette.background} />
      </mesh>
      <mesh rotation={[0, 0, Math.PI / 2]}>
        <circleGeometry args={[r, 3]} />
        <meshBasicMaterial color={color} />
      </mesh>
      {/* The exclamation mark: a bar and a dot, slightly above the centroid. */}
      <mesh position={[0, r * 0.12, 0.01]}>
        <planeGeometry args={[r * 0.17, r * 0.62]} />
        <meshBasicMaterial color={palette.background} />
      </mesh>
      <mesh position={[0, -r * 0.36, 0.01]}>
        <circleGeometry args={[r * 0.1, 16]} />
        <meshBasicMaterial color={palette.background} />
      </mesh>
    </group>
  )
}

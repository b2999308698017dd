import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type CheckMarkProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Height of the tick in world units. */
  size?: number
}

/**
 * A bold tick on a disc: "yes", "healthy", "recommended".
 *
 * ```tsx
 * <CheckMark position={[0, 3, 0]} />
 * ```
 */
export function CheckMark({ color = palette.success, size = 1, ...props }: CheckMarkProps) {
  return (
    <group {...props} scale={size}>
      <mesh>
        <circleGeometry args={[0.5, 32]} />
        <meshBasicMaterial color={color} />
      </mesh>
      {/* Short stroke down-right, long stroke up-right: the tick's two arms. */}
      <mesh position={[-0.13, -0.05, 0.01]} rotation={[0, 0, -Math.PI / 4]}>
        <planeGeometry args={[0.3, 0.1]} />
        <meshBasicMaterial color={palette.background} />
      </mesh>
      <mesh position={[0.1, 0.05, 0.01]} rotation={[0, 0, Math.PI / 4 + 0.1]}>
        <planeGeometry args={[0.5, 0.1]} />
        <meshBasicMaterial color={palette.background} />
      </mesh>
    </group>
  )
}

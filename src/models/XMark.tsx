import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type XMarkProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  size?: number
}

/**
 * A bold red cross: failed, down, not allowed.
 *
 * ```tsx
 * <XMark position={[0, 3, 1]} />
 * ```
 */
export function XMark({ color = palette.failure, size = 1, ...props }: XMarkProps) {
  return (
    <group {...props} scale={size}>
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <mesh key={angle} rotation={[0, 0, angle]}>
          <boxGeometry args={[1.3, 0.22, 0.08]} />
          <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.9} />
        </mesh>
      ))}
    </group>
  )
}

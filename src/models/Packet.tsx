import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type PacketProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  size?: number
}

/**
 * A request or response in flight: a bright bead with a soft halo, so the eye can follow it.
 *
 * ```tsx
 * <Packet color={palette.request} />
 * ```
 */
export function Packet({ color = palette.request, size = 0.28, children, ...props }: PacketProps) {
  return (
    <group {...props}>
      <mesh>
        <sphereGeometry args={[size, 20, 14]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={1.6} />
      </mesh>
      <mesh>
        <sphereGeometry args={[size * 1.9, 20, 14]} />
        <meshBasicMaterial color={color} transparent opacity={0.18} depthWrite={false} />
      </mesh>
      {children}
    </group>
  )
}

import { Edges } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type EnclosureProps = Omit<ThreeElements['group'], 'ref'> & {
  size: [number, number, number]
  color?: string
}

/**
 * A see-through box with bright edges: the boundary of one machine (or one tier) drawn around
 * what runs inside it. Stands on the ground.
 *
 * ```tsx
 * <Enclosure size={[7, 3, 3]} color={palette.server} />
 * ```
 */
export function Enclosure({ size, color = palette.server, children, ...props }: EnclosureProps) {
  return (
    <group {...props}>
      <mesh position={[0, size[1] / 2, 0]}>
        <boxGeometry args={size} />
        <meshBasicMaterial color={color} transparent opacity={0.06} depthWrite={false} />
        <Edges color={color} />
      </mesh>
      {children}
    </group>
  )
}

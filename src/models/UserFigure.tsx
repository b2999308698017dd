import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type UserFigureProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/**
 * A person, as a simple pictogram (head and shoulders): who the system is for.
 *
 * ```tsx
 * <UserFigure position={[-9, 0, 0]} />
 * ```
 */
export function UserFigure({ color = palette.client, children, ...props }: UserFigureProps) {
  return (
    <group {...props}>
      <mesh position={[0, 0.62, 0]}>
        <capsuleGeometry args={[0.42, 0.5, 8, 24]} />
        <meshStandardMaterial color={color} roughness={0.7} />
      </mesh>
      <mesh position={[0, 1.55, 0]}>
        <sphereGeometry args={[0.34, 24, 16]} />
        <meshStandardMaterial color={color} roughness={0.7} />
      </mesh>
      {children}
    </group>
  )
}

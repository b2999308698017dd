import type { ThreeElements } from '@react-three/fiber'
import { useMemo } from 'react'
import { Shape } from 'three'
import { palette } from '../world/palette'

export type ShieldProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/**
 * A shield, the icon for reliability: flat top, curved sides meeting in a point.
 *
 * ```tsx
 * <Shield position={[0, 2, 0]} />
 * ```
 */
export function Shield({ color = palette.database, ...props }: ShieldProps) {
  const shape = useMemo(() => {
    const s = new Shape()
    s.moveTo(-0.6, 0.7)
    s.lineTo(0.6, 0.7)
    s.quadraticCurveTo(0.62, -0.2, 0, -0.8)
    s.quadraticCurveTo(-0.62, -0.2, -0.6, 0.7)
    return s
  }, [])
  return (
    <group {...props}>
      <mesh>
        <shapeGeometry args={[shape, 24]} />
        <meshBasicMaterial color={color} />
      </mesh>
      <mesh position={[0, 0.05, 0.01]} scale={0.62}>
        <shapeGeometry args={[shape, 24]} />
        <meshBasicMaterial color={palette.panel} />
      </mesh>
    </group>
  )
}

import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type DatabaseCylinderProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  radius?: number
  height?: number
  status?: 'ok' | 'failed'
}

/** Disks in the stack: the classic database symbol. */
const DISKS = 3

/**
 * A database: the classic stack of disks, in the storyboard's blue.
 *
 * ```tsx
 * <DatabaseCylinder position={[0, 0, -4]} />
 * ```
 */
export function DatabaseCylinder({
  color = palette.database,
  radius = 0.9,
  height = 1.9,
  status = 'ok',
  children,
  ...props
}: DatabaseCylinderProps) {
  const body = status === 'failed' ? palette.failure : color
  const disk = height / DISKS
  return (
    <group {...props}>
      {Array.from({ length: DISKS }, (_, i) => (
        <group key={i} position={[0, disk * (i + 0.5), 0]}>
          <mesh>
            <cylinderGeometry args={[radius, radius, disk * 0.86, 40]} />
            <meshStandardMaterial
              color={body}
              emissive={body}
              emissiveIntensity={0.35}
              roughness={0.35}
            />
          </mesh>
          {/* A bright rim on each disk's top edge reads as the familiar stacked-platter icon. */}
          <mesh position={[0, disk * 0.43, 0]} rotation={[-Math.PI / 2, 0, 0]}>
            <ringGeometry args={[radius * 0.82, radius, 40]} />
            <meshBasicMaterial color="#bfdbfe" />
          </mesh>
        </group>
      ))}
      {children}
    </group>
  )
}

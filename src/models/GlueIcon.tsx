import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type GlueIconProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The bottle's body. */
  color?: string
  /** Cap and label band. */
  accent?: string
  /** Height of the bottle in world units, drop included. */
  size?: number
}

/** Tilt of the bottle: upside down and pouring, so it reads as glue rather than a plain bottle. */
const TILT = -2.3

/**
 * A glue bottle pouring a drop: the icon for "stuck together" (a sticky session pinning a user to
 * one server).
 *
 * ```tsx
 * <GlueIcon position={[0, 3, 0]} size={1.2} />
 * ```
 */
export function GlueIcon({
  color = palette.client,
  accent = palette.accent,
  size = 1,
  children,
  ...props
}: GlueIconProps) {
  // Proportions at size 1 (one unit tall): body, shoulder, nozzle, cap, then the drop below.
  return (
    <group {...props}>
      <group scale={size}>
        <group rotation={[0, 0, TILT]} position={[-0.05, 0.62, 0]}>
          <mesh>
            <cylinderGeometry args={[0.17, 0.19, 0.42, 24]} />
            <meshStandardMaterial color={color} roughness={0.5} />
          </mesh>
          <mesh position={[0, 0.02, 0]}>
            <cylinderGeometry args={[0.195, 0.195, 0.16, 24]} />
            <meshStandardMaterial color={accent} emissive={accent} emissiveIntensity={0.4} />
          </mesh>
          <mesh position={[0, 0.27, 0]}>
            <coneGeometry args={[0.17, 0.12, 24]} />
            <meshStandardMaterial color={color} roughness={0.5} />
          </mesh>
          <mesh position={[0, 0.4, 0]}>
            <coneGeometry args={[0.06, 0.18, 16]} />
            <meshStandardMaterial color={accent} emissive={accent} emissiveIntensity={0.4} />
          </mesh>
        </group>
        {/* The drop, falling from the nozzle. */}
        <mesh position={[0.33, 0.13, 0]} scale={[0.8, 1.15, 0.8]}>
          <sphereGeometry args={[0.085, 16, 12]} />
          <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.3} />
        </mesh>
      </group>
      {children}
    </group>
  )
}

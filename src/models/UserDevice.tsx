import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type UserDeviceProps = Omit<ThreeElements['group'], 'ref'> & {
  kind: 'laptop' | 'phone'
  /** The screen's glow: what the device is showing. */
  screen?: string
  color?: string
}

/**
 * A client device: a laptop (the web browser) or a phone (the mobile app), neutral white like
 * every client in the film.
 *
 * ```tsx
 * <UserDevice kind="phone" position={[-8, 0, 2]} />
 * ```
 */
export function UserDevice({
  kind,
  screen = '#60a5fa',
  color = palette.client,
  children,
  ...props
}: UserDeviceProps) {
  if (kind === 'phone') {
    return (
      <group {...props}>
        <RoundedBox args={[0.62, 1.2, 0.08]} radius={0.06} position={[0, 0.6, 0]}>
          <meshStandardMaterial color={color} roughness={0.5} />
        </RoundedBox>
        <mesh position={[0, 0.63, 0.045]}>
          <planeGeometry args={[0.5, 0.98]} />
          <meshStandardMaterial color={screen} emissive={screen} emissiveIntensity={0.7} />
        </mesh>
        {children}
      </group>
    )
  }
  return (
    <group {...props}>
      <RoundedBox args={[1.5, 0.07, 1.0]} radius={0.03} position={[0, 0.035, 0]}>
        <meshStandardMaterial color={color} roughness={0.5} />
      </RoundedBox>
      {/* The lid leans back 15° so the screen faces a camera above the scene. */}
      <group position={[0, 0.07, -0.48]} rotation={[-0.26, 0, 0]}>
        <RoundedBox args={[1.5, 0.98, 0.05]} radius={0.03} position={[0, 0.49, 0]}>
          <meshStandardMaterial color={color} roughness={0.5} />
        </RoundedBox>
        <mesh position={[0, 0.49, 0.03]}>
          <planeGeometry args={[1.36, 0.84]} />
          <meshStandardMaterial color={screen} emissive={screen} emissiveIntensity={0.7} />
        </mesh>
      </group>
      {children}
    </group>
  )
}

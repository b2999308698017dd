import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type SmartTvProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The screen's glow: what the set is showing. */
  screen?: string
  color?: string
  /** Screen width in world units; the height follows at 16:9. */
  width?: number
}

/** The panel's frame around the picture, and the stand's height under it. */
const BEZEL = 0.08
const STAND = 0.35

/**
 * A smart TV: a wide 16:9 panel on a short stand, neutral white like every client, the big
 * screen of the three kinds (phone, laptop, TV). Origin: the foot of the stand.
 *
 * ```tsx
 * <SmartTv position={[4, 0, 0]} />
 * ```
 */
export function SmartTv({
  screen = '#60a5fa',
  color = palette.client,
  width = 2.2,
  children,
  ...props
}: SmartTvProps) {
  const height = (width * 9) / 16
  const centre = STAND + height / 2 + BEZEL
  return (
    <group {...props}>
      <RoundedBox
        args={[width + 2 * BEZEL, height + 2 * BEZEL, 0.1]}
        radius={0.04}
        position={[0, centre, 0]}
      >
        <meshStandardMaterial color="#111827" roughness={0.4} />
      </RoundedBox>
      <mesh position={[0, centre, 0.055]}>
        <planeGeometry args={[width, height]} />
        <meshStandardMaterial color={screen} emissive={screen} emissiveIntensity={0.7} />
      </mesh>
      {/* Neck and foot, in the client colour so the set reads as one of the clients. */}
      <mesh position={[0, STAND / 2, 0]}>
        <boxGeometry args={[0.14, STAND, 0.08]} />
        <meshStandardMaterial color={color} roughness={0.5} />
      </mesh>
      <RoundedBox args={[width * 0.4, 0.05, 0.45]} radius={0.02} position={[0, 0.025, 0]}>
        <meshStandardMaterial color={color} roughness={0.5} />
      </RoundedBox>
      {children}
    </group>
  )
}

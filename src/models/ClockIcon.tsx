import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type ClockIconProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Hour hand angle in turns (0 = 12 o'clock), so a chapter can make it tick. */
  hour?: number
}

/**
 * A clock face, the icon for time limits (expiration, TTL).
 *
 * ```tsx
 * <ClockIcon hour={0.25} />
 * ```
 */
export function ClockIcon({ color = palette.accent, hour = 0.1, ...props }: ClockIconProps) {
  const hand = (turns: number, length: number, width: number) => {
    const a = Math.PI / 2 - turns * Math.PI * 2
    return (
      <mesh
        position={[(Math.cos(a) * length) / 2, (Math.sin(a) * length) / 2, 0.02]}
        rotation={[0, 0, a]}
      >
        <planeGeometry args={[length, width]} />
        <meshBasicMaterial color={palette.text} />
      </mesh>
    )
  }
  return (
    <group {...props}>
      <mesh>
        <ringGeometry args={[0.6, 0.74, 40]} />
        <meshBasicMaterial color={color} />
      </mesh>
      <mesh position={[0, 0, -0.01]}>
        <circleGeometry args={[0.6, 40]} />
        <meshBasicMaterial color={palette.panel} />
      </mesh>
      {hand(hour, 0.35, 0.08)}
      {hand(hour * 12, 0.5, 0.05)}
    </group>
  )
}

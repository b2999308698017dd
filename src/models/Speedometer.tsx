import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type SpeedometerProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Where the needle points, 0 (left) to 1 (right). */
  value?: number
}

/** Tick marks around the dial. */
const TICKS = 7

/**
 * A speedometer: a half dial with ticks and a needle, the icon for performance.
 *
 * ```tsx
 * <Speedometer value={0.8} />
 * ```
 */
export function Speedometer({ color = palette.accent, value = 0.8, ...props }: SpeedometerProps) {
  const needle = Math.PI * (1 - value)
  return (
    <group {...props}>
      <mesh>
        <ringGeometry args={[0.62, 0.78, 40, 1, 0, Math.PI]} />
        <meshBasicMaterial color={color} />
      </mesh>
      {Array.from({ length: TICKS }, (_, i) => {
        const a = (Math.PI * i) / (TICKS - 1)
        return (
          <mesh key={i} position={[Math.cos(a) * 0.5, Math.sin(a) * 0.5, 0]} rotation={[0, 0, a]}>
            <planeGeometry args={[0.14, 0.04]} />
            <meshBasicMaterial color={palette.text} />
          </mesh>
        )
      })}
      <mesh
        position={[Math.cos(needle) * 0.25, Math.sin(needle) * 0.25, 0.01]}
        rotation={[0, 0, needle]}
      >
        <planeGeometry args={[0.55, 0.07]} />
        <meshBasicMaterial color={palette.failure} />
      </mesh>
      <mesh position={[0, 0, 0.02]}>
        <circleGeometry args={[0.08, 16]} />
        <meshBasicMaterial color={palette.text} />
      </mesh>
    </group>
  )
}

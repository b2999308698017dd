import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type SeparationMarkProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Height of the dashed line, in world units. */
  height?: number
  /** Dashes in the line. */
  dashes?: number
}

/** Share of each dash's pitch that is drawn; the rest is gap. */
const DASH = 0.6
const WIDTH = 0.16

/**
 * A separation mark: an upright dashed line, like a cut line, with a small chevron on each side
 * pointing away from it. It stands between two parts of a system that no longer depend on each
 * other (decoupled). Its origin is the line's foot.
 *
 * ```tsx
 * <SeparationMark position={[-6, 0, 0]} height={4} />
 * ```
 */
export function SeparationMark({
  color = palette.accent,
  height = 4,
  dashes = 7,
  children,
  ...props
}: SeparationMarkProps) {
  const pitch = height / dashes
  const chevron = (side: -1 | 1) => (
    <group position={[side * 0.6, height / 2, 0]}>
      {[1, -1].map((arm) => (
        <mesh key={arm} position={[0, arm * 0.17, 0]} rotation={[0, 0, side * arm * -0.8]}>
          <planeGeometry args={[0.5, 0.12]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ))}
    </group>
  )
  return (
    <group {...props}>
      {Array.from({ length: dashes }, (_, i) => (
        <mesh key={i} position={[0, pitch * (i + 0.5), 0]}>
          <planeGeometry args={[WIDTH, pitch * DASH]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ))}
      {chevron(-1)}
      {chevron(1)}
      {children}
    </group>
  )
}

import type { ThreeElements } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type MeterBarProps = Omit<ThreeElements['group'], 'ref' | 'children'> & {
  label: string
  /** Height of a full bar, in world units. */
  height: number
  color?: string
  /** The fill, 0–1 of the height. */
  fill?: number
  /**
   * Wraps the fill (whose origin is the bar's bottom), so a chapter can animate it, e.g.
   * `(f) => <Grow from={[1, 0.2, 1]} to={[1, 1, 1]} at={…}>{f}</Grow>`.
   */
  wrapFill?: (fill: ReactNode) => ReactNode
}

/** Width of a bar: narrow, so two stand beside a server. */
const WIDTH = 0.7

/**
 * A vertical gauge standing on the ground: an outline, a coloured fill from the bottom, and its
 * name underneath (CPU, RAM…).
 *
 * ```tsx
 * <MeterBar label="CPU" height={5} fill={0.4} />
 * ```
 */
export function MeterBar({
  label,
  height,
  color = palette.server,
  fill = 1,
  wrapFill = (f) => f,
  ...props
}: MeterBarProps) {
  const fillMesh = (
    <group scale={[1, fill, 1]}>
      <mesh position={[0, height / 2, 0]}>
        <planeGeometry args={[WIDTH, height]} />
        <meshBasicMaterial color={color} />
      </mesh>
    </group>
  )
  return (
    <group {...props}>
      <mesh position={[0, height / 2, -0.05]}>
        <planeGeometry args={[WIDTH + 0.12, height + 0.12]} />
        <meshBasicMaterial color={palette.panelBorder} />
      </mesh>
      <mesh position={[0, height / 2, -0.04]}>
        <planeGeometry args={[WIDTH, height]} />
        <meshBasicMaterial color={palette.panel} />
      </mesh>
      {/* The fill's origin is its bottom edge, so scaling it in y grows it upward. */}
      {wrapFill(fillMesh)}
      <Label text={label} size={textSize.small} position={[0, -0.45, 0]} />
    </group>
  )
}

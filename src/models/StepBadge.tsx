import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type StepBadgeProps = Omit<ThreeElements['group'], 'ref'> & {
  step: number
  color?: string
}

/**
 * A numbered disc that marks a step of a flow (1, 2, 3…), facing the camera.
 *
 * ```tsx
 * <StepBadge step={2} position={[0, 3, 0]} />
 * ```
 */
export function StepBadge({ step, color = palette.accent, ...props }: StepBadgeProps) {
  return (
    <group {...props}>
      <mesh>
        <circleGeometry args={[0.42, 32]} />
        <meshBasicMaterial color={color} />
      </mesh>
      <Label
        text={String(step)}
        size={textSize.label}
        color={palette.background}
        position={[0, 0.02, 0.01]}
      />
    </group>
  )
}

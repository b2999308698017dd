import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { Label } from '../../models/Label'
import { palette } from '../../world/palette'
import { textSize } from '../../world/typography'

export type JourneyStepProps = Omit<ThreeElements['group'], 'ref'> & {
  index: number
  name: string
  color: string
  height: number
}

/** Footprint of a step: wide enough for its number to read from the overview. */
const STEP_WIDTH = 2.4
const STEP_DEPTH = 2

/** One step of the intro's staircase: a glowing block with its chapter number and name. */
export function JourneyStep({ index, name, color, height, ...props }: JourneyStepProps) {
  return (
    <group {...props}>
      <RoundedBox
        args={[STEP_WIDTH, height, STEP_DEPTH]}
        radius={0.08}
        position={[0, height / 2, 0]}
      >
        <meshStandardMaterial
          color={color}
          emissive={color}
          emissiveIntensity={0.35}
          roughness={0.5}
        />
      </RoundedBox>
      <Label
        text={String(index + 1)}
        size={textSize.heading}
        color={palette.background}
        position={[0, Math.max(height / 2, 0.5), STEP_DEPTH / 2 + 0.02]}
      />
      <Label
        text={name}
        size={textSize.small}
        maxWidth={3}
        lineHeight={1.05}
        position={[0, height + 0.75, 0]}
      />
    </group>
  )
}

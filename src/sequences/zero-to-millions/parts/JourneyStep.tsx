import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { useRef } from 'react'
import type { Group } from 'three'
import { Label } from '../../../models/Label'
import { FRAME_PHASE, useChapterFrame } from '../../../timeline/ChapterTime'
import { lerp, ramp } from '../../../timeline/easing'
import { journey } from '../layout'
import { palette } from '../../../world/palette'
import { textSize } from '../../../world/typography'

export type JourneyStepProps = Omit<ThreeElements['group'], 'ref'> & {
  index: number
  name: string
  color: string
  height: number
  /**
   * Chapter-local second the name starts to grow into its place in the overview: bigger, and
   * on every other step lifted to a second row, so neighbouring names never touch.
   */
  overviewAt: number
  overviewSeconds: number
  /** 0: the name stays just above its step in the overview; 1: it rises to the second row. */
  overviewRow: 0 | 1
}

/** Footprint of a step: wide enough for its number to read from the overview. */
const STEP_WIDTH = 2.4
const STEP_DEPTH = 2
/**
 * A name wraps past about a step's width: two-word names ('Single server', 'Data centres') take
 * two lines, so each name leaves a gap to its neighbours wide enough for the walking camera's
 * frame edge to fall between them, with no name cut by it.
 */
const NAME_MAX_WIDTH = 2.5

/** One step of the intro's staircase: a glowing block with its chapter number and name. */
export function JourneyStep({
  index,
  name,
  color,
  height,
  overviewAt,
  overviewSeconds,
  overviewRow,
  ...props
}: JourneyStepProps) {
  const nameGroup = useRef<Group>(null)
  useChapterFrame((local) => {
    const g = nameGroup.current
    if (!g) return
    const p = ramp(local, overviewAt, overviewSeconds)
    g.scale.setScalar(lerp(1, journey.overviewNameScale, p))
    g.position.y = height + journey.nameGap + p * overviewRow * journey.overviewRowLift
  }, FRAME_PHASE.stage)
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
      {/* The name stands on its bottom edge, so growing it never pushes it into the step. */}
      <group ref={nameGroup} position={[0, height + journey.nameGap, 0]}>
        <Label
          text={name}
          size={textSize.small}
          maxWidth={NAME_MAX_WIDTH}
          lineHeight={1.05}
          anchorY="bottom"
        />
      </group>
    </group>
  )
}

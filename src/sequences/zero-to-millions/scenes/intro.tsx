import { useRef } from 'react'
import type { Group } from 'three'
import { Label } from '../../../models/Label'
import { intro } from '../script/intro'
import { FRAME_PHASE, useChapterFrame } from '../../../timeline/ChapterTime'
import { lerp, ramp } from '../../../timeline/easing'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { journey, journeyStepX } from '../layout'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import type { ChapterSceneProps } from '../../../world/film'
import { JourneyStep } from '../parts/JourneyStep'

const { beats } = intro

/** The twelve steps of the journey, one per chapter, coloured by what each adds. */
const STEPS: readonly { name: string; color: string }[] = [
  { name: 'Single server', color: palette.server },
  { name: 'Web + database', color: palette.database },
  { name: 'Scale out', color: palette.server },
  { name: 'Load balancer', color: palette.dns },
  { name: 'Replication', color: palette.database },
  { name: 'Cache', color: palette.cache },
  { name: 'CDN', color: palette.cache },
  { name: 'Stateless web', color: palette.server },
  { name: 'Data centres', color: palette.client },
  { name: 'Message queue', color: palette.queue },
  { name: 'Monitoring', color: palette.accent },
  { name: 'Sharding', color: palette.database },
]

const STEP_BEATS = [
  beats['step-1'],
  beats['step-2'],
  beats['step-3'],
  beats['step-4'],
  beats['step-5'],
  beats['step-6'],
  beats['step-7'],
  beats['step-8'],
  beats['step-9'],
  beats['step-10'],
  beats['step-11'],
  beats['step-12'],
]

/**
 * The names grow into the overview while the camera pulls back to it (52.5–55.5 s), a little
 * ahead of it, so they are never small in the frame on the way.
 */
const OVERVIEW_MORPH_AT = beats.overview - 1
const OVERVIEW_MORPH_SECONDS = 2
/** The overview's title, a little over the title size: it is seen from about 33 units away. */
const OVERVIEW_TITLE_SIZE = textSize.title * 1.15

/**
 * '1 user' under the first step and 'millions' under the last: standing on the floor in front
 * of their steps while the camera walks the steps close up (facing the camera: lying on the
 * floor, perspective squashed them), coming forward and growing for the distant overview.
 */
function EndLabel({
  text,
  color,
  walkX,
  overviewX,
  anchorX,
}: {
  text: string
  color: string
  walkX: number
  overviewX: number
  anchorX: 'left' | 'right'
}) {
  const group = useRef<Group>(null)
  useChapterFrame((local) => {
    const g = group.current
    if (!g) return
    const p = ramp(local, OVERVIEW_MORPH_AT, OVERVIEW_MORPH_SECONDS)
    g.position.set(
      lerp(walkX, overviewX, p),
      lerp(-0.01, 0.05, p),
      journey.z + lerp(journey.endLabelWalkFront, journey.endLabelFront, p),
    )
    g.scale.setScalar(lerp(1, journey.endLabelOverviewScale, p))
  }, FRAME_PHASE.stage)
  return (
    <group ref={group}>
      <Label
        text={text}
        size={textSize.label}
        color={color}
        anchorX={anchorX}
        anchorY="bottom"
        textAlign={anchorX}
      />
    </group>
  )
}

/** Introduction: the title card, then the journey as a staircase of the chapters to come. */
export function IntroScene({ active }: ChapterSceneProps) {
  const lastX = journeyStepX(journey.stepCount - 1)
  const firstX = journeyStepX(0)
  return (
    <>
      <ChapterCamera active={active} position={[0, 2.6, 15]} target={[0, 2.6, 0]} />
      <Reveal
        name="Scaling from Zero to Millions of Users label"
        at={beats['title-in']}
        until={beats['title-out']}
        duration={1.2}
        effect="rise"
        lift={0.5}
      >
        <Label
          text="Scaling from Zero to Millions of Users"
          size={textSize.title}
          maxWidth={16}
          lineHeight={1.1}
          position={journey.titlePosition as [number, number, number]}
        />
      </Reveal>
      <Reveal
        name="A system design journey, step by step label"
        at={beats['subtitle-in']}
        until={beats['title-out']}
        duration={1.2}
        effect="fade"
      >
        <Label
          text="A system design journey, step by step"
          size={textSize.label}
          weight="regular"
          color={palette.textMuted}
          position={[0, 0.9, 0]}
        />
      </Reveal>
      {STEPS.map((step, i) => (
        <Reveal
          name={`Journey step ${step.name}`}
          key={step.name}
          at={STEP_BEATS[i]!}
          effect="rise"
          duration={1}
        >
          <JourneyStep
            index={i}
            name={step.name}
            color={step.color}
            height={journey.firstStepHeight + i * journey.stepRise}
            position={[journeyStepX(i), 0, journey.z]}
            overviewAt={OVERVIEW_MORPH_AT}
            overviewSeconds={OVERVIEW_MORPH_SECONDS}
            overviewRow={i % 2 === 0 ? 0 : 1}
          />
        </Reveal>
      ))}
      {/*
        Under the first and the last step (they are 2.4 wide) in the walk. In the overview they
        stand nearer the camera than the steps, so perspective spreads them outwards: there they
        are pulled in to stay inside the frame.
      */}
      <Reveal name="One user end" at={beats['step-1']} effect="fade">
        <EndLabel
          text="1 user"
          color={palette.textMuted}
          walkX={firstX - 1.2}
          overviewX={journey.endLabelOverviewX[0]}
          anchorX="left"
        />
      </Reveal>
      <Reveal name="Millions end" at={beats['step-12']} effect="fade">
        <EndLabel
          text="millions"
          color={palette.accent}
          walkX={lastX + 1.2}
          overviewX={journey.endLabelOverviewX[1]}
          anchorX="right"
        />
      </Reveal>
      <Reveal
        name="From one server to a distributed system label"
        at={beats.overview}
        effect="rise"
        duration={1.2}
      >
        <Label
          text="From one server to a distributed system"
          size={OVERVIEW_TITLE_SIZE}
          position={journey.overviewTitle as [number, number, number]}
        />
      </Reveal>
    </>
  )
}

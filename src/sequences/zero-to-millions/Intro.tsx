import { Label } from '../../models/Label'
import { intro } from '../../script/zero-to-millions/intro'
import { ChapterCamera } from '../../world/ChapterCamera'
import { journey, journeyStepX } from '../../world/layout'
import { palette } from '../../world/palette'
import { Reveal } from '../../world/Reveal'
import { textSize } from '../../world/typography'
import type { ChapterSceneProps } from '../types'
import { JourneyStep } from './JourneyStep'

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

/** Introduction: the title card, then the journey as a staircase of the chapters to come. */
export function Intro({ active }: ChapterSceneProps) {
  const lastX = journeyStepX(journey.stepCount - 1)
  const firstX = journeyStepX(0)
  return (
    <>
      <ChapterCamera active={active} position={[0, 2.6, 15]} target={[0, 2.6, 0]} />
      <Reveal
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
      <Reveal at={beats['subtitle-in']} until={beats['title-out']} duration={1.2} effect="fade">
        <Label
          text="A system design journey, step by step"
          size={textSize.label}
          weight="regular"
          color={palette.textMuted}
          position={[0, 0.9, 0]}
        />
      </Reveal>
      {STEPS.map((step, i) => (
        <Reveal key={step.name} at={STEP_BEATS[i]!} effect="rise" duration={1}>
          <JourneyStep
            index={i}
            name={step.name}
            color={step.color}
            height={journey.firstStepHeight + i * journey.stepRise}
            position={[journeyStepX(i), 0, journey.z]}
          />
        </Reveal>
      ))}
      <Reveal at={beats['step-1']} effect="fade">
        <Label
          text="1 user"
          size={textSize.label}
          color={palette.textMuted}
          position={[firstX, -0.01, journey.z + 1.6]}
          rotation={[-Math.PI / 2, 0, 0]}
        />
      </Reveal>
      <Reveal at={beats['step-12']} effect="fade">
        <Label
          text="millions"
          size={textSize.label}
          color={palette.accent}
          position={[lastX, -0.01, journey.z + 1.6]}
          rotation={[-Math.PI / 2, 0, 0]}
        />
      </Reveal>
      <Reveal at={beats.overview} effect="rise" duration={1.2}>
        <Label
          text="From one server to a distributed system"
          size={textSize.title}
          position={[0, 9.5, journey.z]}
        />
      </Reveal>
    </>
  )
}

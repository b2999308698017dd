import { Label } from '../../../models/Label'
import { conclusion as script } from '../script/conclusion'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { conclusionLayout as place } from '../layout'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import type { ChapterSceneProps } from '../../../world/film'
import { BestPractices } from '../parts/BestPractices'
import { FinalArchitecture } from '../parts/FinalArchitecture'

const { beats } = script

/** The closing words are seen from twice a chapter's usual distance: a title, doubled. */
const ENDING_SIZE = textSize.title * 1.5
/** The second line sits just under the first, so both stay above the ground at the back. */
const ENDING_LINE_STEP = 1.05

/**
 * The conclusion: the lessons as a checklist, ticked as they are said; then the camera cranes up
 * and the whole architecture assembles on the ground, with the closing words above it.
 */
export function ConclusionScene({ active }: ChapterSceneProps) {
  return (
    <>
      <ChapterCamera active={active} position={[0, 5.8, 19]} target={[0, 5.8, 0]} />
      <ChapterHeading
        title="From one server to millions"
        at={beats['heading-in']}
        until={beats.checklist}
        position={[0, 6.2, 0]}
      />
      {/*
        The list stays while the camera starts to crane up, so it is seen to leave; it fades
        before it shrinks below a readable size.
      */}
      <BestPractices until={beats.edge + 0.6} />
      <FinalArchitecture />
      <Reveal name="Closing words" at={beats.ending} effect="rise" position={[...place.ending]}>
        {/* Turned to the camera high above: upright words would be squashed by the angle. */}
        <Label text="Scaling is an iterative journey." size={ENDING_SIZE} billboard />
        <Label
          text="Keep learning and improving!"
          size={ENDING_SIZE * 0.75}
          color={palette.accent}
          billboard
          position={[0, -ENDING_SIZE * ENDING_LINE_STEP, 0]}
        />
      </Reveal>
    </>
  )
}

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

/**
 * The closing words are seen from about 52 units, well over twice a chapter's usual distance:
 * 1.7 titles there draw 72 px high at 1080p, a title's size.
 */
const ENDING_SIZE = textSize.title * 1.7
/**
 * The second line hangs under the first by this many sizes of world height. Seen from high
 * above, height is foreshortened to about 60 %: 1.3 leaves a clear 9 px between the first line's
 * descenders and the second line, both still above the ground at the back.
 */
const ENDING_LINE_STEP = 1.3

/**
 * The conclusion: the lessons as a checklist, ticked as they are said; then the camera cranes up
 * and the whole architecture assembles on the ground, with the closing words above it.
 */
export function ConclusionScene({ active }: ChapterSceneProps) {
  return (
    <>
      {/*
        Far enough back that the checklist's eight lines stand between the top of the frame and
        the captions (above 790 px at 1080p), not under them.
      */}
      <ChapterCamera active={active} position={[0, 4.1, 23]} target={[0, 4.1, 0]} />
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

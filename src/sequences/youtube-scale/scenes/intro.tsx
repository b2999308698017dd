import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { ServerRack, serverRackHeight } from '../../../models/ServerRack'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, intro as at, text } from '../layout'
import { GoalStamp } from '../parts/GoalStamp'
import { intro as script } from '../script/intro'

const { beats } = script
/** The target stands as a crowd of servers against the one it starts from. */
const TARGET_RACKS = 5

/** The film's claim: from 5K requests a second to a target of 100K+, stamped as a target. */
export function IntroScene({ active }: ChapterSceneProps) {
  const rackTop = serverRackHeight()
  const afterLeft = at.after[0] - ((TARGET_RACKS - 1) * at.rackPitch) / 2
  const arrow = arcCurve(
    [at.before[0] + 1.5, at.before[1] + rackTop / 2, 0],
    [afterLeft - 1.3, at.after[1] + rackTop / 2, 0],
    0,
    0.8,
  )
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <Reveal name="Film title" at={beats['title-in']} effect="rise" position={at.title}>
        <Label text="YouTube Scale" size={text.title * 1.3} weight="bold" />
        <Label
          text="a video platform, rebuilt for millions of viewers"
          size={text.name}
          color={palette.textMuted}
          position={[0, -at.subtitleBelow, 0]}
        />
      </Reveal>

      <Reveal name="Before: one server" at={beats.before} effect="pop" position={at.before}>
        <ServerRack />
        {['Before', '5K requests/s', '10K users at once'].map((line, i) => (
          <Label
            key={line}
            text={line}
            size={i === 0 ? text.name : text.body}
            weight={i === 0 ? 'bold' : 'regular'}
            color={i === 0 ? palette.text : palette.textMuted}
            position={[0, at.figuresAt - i * at.figurePitch, 0]}
          />
        ))}
      </Reveal>

      <Reveal name="Before-to-target arrow" at={beats.after} effect="fade">
        <FlowArrow curve={arrow} color={palette.accent} active />
      </Reveal>
      <Reveal name="Target: many servers" at={beats.after} effect="pop" position={at.after}>
        {Array.from({ length: TARGET_RACKS }, (_, i) => (
          <ServerRack key={i} position={[(i - (TARGET_RACKS - 1) / 2) * at.rackPitch, 0, 0]} />
        ))}
        {['Target', '100K+ requests/s', '1M+ users at once'].map((line, i) => (
          <Label
            key={line}
            text={line}
            size={i === 0 ? text.name : text.body}
            weight={i === 0 ? 'bold' : 'regular'}
            color={i === 0 ? palette.accent : palette.text}
            position={[0, at.figuresAt - i * at.figurePitch, 0]}
          />
        ))}
      </Reveal>

      <Reveal name="Goal stamp" at={beats.honest} effect="rise" position={at.stamp}>
        <GoalStamp
          figure="Every figure in the document"
          note="design targets, not measurements"
          width={10}
        />
      </Reveal>
    </>
  )
}

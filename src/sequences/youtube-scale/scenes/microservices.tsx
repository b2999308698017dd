import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { board, heading, microservices as at, text } from '../layout'
import { microservices as script } from '../script/microservices'

const { beats } = script
/** The document's seven services and what each owns. */
const SERVICES = [
  { name: 'User', owns: 'login, profiles' },
  { name: 'Video', owns: 'metadata' },
  { name: 'Recommend', owns: 'ML-powered' },
  { name: 'Comment', owns: 'nested comments' },
  { name: 'Like', owns: 'likes, dislikes' },
  { name: 'Subscription', owns: 'channels' },
  { name: 'Analytics', owns: 'tracking' },
] as const
const LIKE = 4
const COMMENT = 3
/** Names alternate above and below the row, so neighbours never touch. */
const NAME_ABOVE = 2.9
const NAME_BELOW = -0.7
const LINE = 0.8

/**
 * Component 3: seven services in a row, each its own rack. The like service alone grows when a
 * video goes viral; the comment service fails and the others keep running.
 */
export function MicroservicesScene({ active }: ChapterSceneProps) {
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.services}
        position={[heading[0], heading[1], heading[2]]}
      />
      {SERVICES.map((s, i) => {
        const above = i % 2 === 0
        const y = above ? NAME_ABOVE : NAME_BELOW
        const x = at.x[i]!
        return (
          <Reveal
            name={s.name}
            key={s.name}
            at={beats.services + 0.35 * i}
            effect="pop"
            position={[x, at.y, 0]}
          >
            {i === COMMENT ? (
              <>
                <Reveal
                  name={`${s.name}: up`}
                  at={beats.services}
                  until={beats.isolate}
                  effect="fade"
                >
                  <ServerRack />
                </Reveal>
                <Reveal name={`${s.name}: down`} at={beats.isolate} effect="fade">
                  <ServerRack status="failed" />
                </Reveal>
              </>
            ) : (
              <ServerRack />
            )}
            <Label
              text={s.name}
              size={text.name}
              weight="bold"
              position={[0, y + (above ? LINE : 0), 0]}
            />
            <Label
              text={s.owns}
              size={text.body}
              color={palette.textMuted}
              position={[0, y - (above ? 0 : LINE), 0]}
            />
          </Reveal>
        )
      })}
      {[1, 2].map((k) => (
        <Reveal
          name={`Like service copy ${k}`}
          key={k}
          at={beats.scale + 0.6 * k}
          effect="pop"
          position={[at.x[LIKE]!, at.y + at.copyBase + at.copyLift * (k - 1), 0]}
        >
          <ServerRack units={2} status="busy" />
        </Reveal>
      ))}
      <Reveal name="Scaling note" at={beats.scale} effect="rise" position={at.notes}>
        <Label
          text="A viral video: only the like service grows"
          size={text.name}
          color={palette.server}
          anchorX="left"
        />
      </Reveal>
      <Reveal
        name="Isolation note"
        at={beats.isolate}
        effect="rise"
        position={[at.notes[0], at.notes[1] - at.notePitch, 0]}
      >
        <Label
          text="Comments down: playback keeps running"
          size={text.name}
          color={palette.failureText}
          anchorX="left"
        />
      </Reveal>
    </>
  )
}

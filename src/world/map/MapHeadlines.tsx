import { Label } from '../../models/Label'
import { palette } from '../palette'
import { tuple, type Vec3 } from '../paths'
import { Reveal } from '../Reveal'
import { useMapTime } from './MapChapters'
import { MAP_NEW_AT } from './MapPiece'

/** The headline comes up just before its chapter's pieces rise. */
const HEADLINE_LEAD = 0.3

export type MapHeadlinesProps = {
  /** The line that stays over every bridge ('The architecture so far'). */
  kicker: string
  kickerSize: number
  kickerPosition: Vec3
  /** What each chapter adds, as the bridge after it announces it. */
  added: readonly { id: string; text: string }[]
  headlineSize: number
  headlinePosition: Vec3
}

/** The titles of a film's map: a standing kicker, and at each bridge what its chapter added. */
export function MapHeadlines({
  kicker,
  kickerSize,
  kickerPosition,
  added,
  headlineSize,
  headlinePosition,
}: MapHeadlinesProps) {
  const { during, step } = useMapTime()
  return (
    <>
      <Reveal name="Map kicker" at={0} effect="fade" position={tuple(kickerPosition)}>
        <Label text={kicker} size={kickerSize} color={palette.textMuted} billboard />
      </Reveal>
      {added.map(({ id, text }) => (
        <Reveal
          name={`Headline: ${id}`}
          key={id}
          at={during(id, MAP_NEW_AT - HEADLINE_LEAD)}
          until={during(id, step / 2)}
          effect="fade"
          position={tuple(headlinePosition)}
        >
          <Label text={text} size={headlineSize} color={palette.accent} billboard />
        </Reveal>
      ))}
    </>
  )
}

import { CacheBlock } from '../../../models/CacheBlock'
import { Gauge } from '../../../models/Gauge'
import { Label } from '../../../models/Label'
import { UserFigure } from '../../../models/UserFigure'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { board, caching as at, heading, text } from '../layout'
import { GoalStamp } from '../parts/GoalStamp'
import { caching as script } from '../script/caching'

const { beats } = script
/** The document's four layers, from the viewer inwards, with what they hold and for how long. */
const LAYERS = [
  { name: 'Browser', holds: ['video chunks,', 'static assets'], ttl: '7 days', beat: 'browser' },
  { name: 'CDN', holds: ['video streams,', 'images'], ttl: '30 days', beat: 'cdn' },
  { name: 'Redis', holds: ['metadata,', 'sessions, feeds'], ttl: '5 min-1 h', beat: 'redis' },
  { name: 'In-memory', holds: ['hot counters,', 'rate limits'], ttl: '30 s-5 min', beat: 'memory' },
] as const
/** The name over a block, its TTL under it, and what it holds under that. */
const NAME_ABOVE = 1.6
const TTL_BELOW = -0.8
const LINE = 0.8

/**
 * Component 6: four cache layers from the browser inwards, each keeping its data as long as the
 * data stays true: days for video bytes, seconds for counters.
 */
export function CachingScene({ active }: ChapterSceneProps) {
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.browser}
        position={[heading[0], heading[1], heading[2]]}
      />
      <Reveal name="Viewer" at={beats.browser} effect="pop" position={at.viewer}>
        <UserFigure scale={0.8} />
      </Reveal>
      {LAYERS.map((layer, i) => (
        <Reveal
          name={`Cache layer: ${layer.name}`}
          key={layer.name}
          at={beats[layer.beat]}
          effect="pop"
          position={[at.x[i]!, at.y, 0]}
        >
          <CacheBlock size={1.2 - 0.12 * i} />
          <Label
            text={layer.name}
            size={text.name}
            weight="bold"
            color={palette.cache}
            position={[0, NAME_ABOVE, 0]}
          />
          <Label
            text={layer.ttl}
            size={text.name}
            color={palette.accent}
            position={[0, TTL_BELOW, 0]}
          />
          {layer.holds.map((line, k) => (
            <Label
              key={line}
              text={line}
              size={text.body}
              color={palette.textMuted}
              position={[0, TTL_BELOW - LINE * (k + 1.2), 0]}
            />
          ))}
        </Reveal>
      ))}
      <Reveal name="TTL rule" at={beats.memory + 1.5} effect="rise" position={at.rule}>
        <Label
          text="nearer the viewer: data that never changes, kept for days"
          size={text.body}
          color={palette.textMuted}
        />
        <Label
          text="nearer the database: data that changes, kept for seconds"
          size={text.body}
          color={palette.textMuted}
          position={[0, -0.9, 0]}
        />
      </Reveal>
      <Reveal name="Hit-rate gauge" at={beats['hit-rate']} effect="pop" position={at.hitRate}>
        <Gauge value={0.95} radius={0.9} color={palette.cache} />
      </Reveal>
      <Reveal name="Goal stamp" at={beats['hit-rate']} effect="rise" position={at.stamp}>
        <GoalStamp
          figure="95%+ hit rate, <50 ms response"
          note="claimed: depends on the traffic"
          width={13}
        />
      </Reveal>
    </>
  )
}

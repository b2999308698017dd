import { useRef } from 'react'
import { CacheBlock } from '../../../models/CacheBlock'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { WebSocketHub, type WebSocketHubHandle } from '../../../models/WebSocketHub'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, heading, realtime as at, text } from '../layout'
import { GoalStamp } from '../parts/GoalStamp'
import { realtime as script } from '../script/realtime'

const { beats } = script
const VIEWERS = 7
/** A push takes this long to reach the viewers; a like, to reach the hub. */
const PUSH = 1.2
const ARRIVE = 1.4
/** Likes arrive at the left server at these seconds after the fan-out beat, then repeat. */
const LIKE_EVERY = 3.5

/**
 * Component 5: viewers hold WebSockets open to two servers; a like reaching one is pushed to all
 * its viewers at once, and through Redis to the other server's viewers too.
 */
export function RealtimeScene({ active }: ChapterSceneProps) {
  const left = useRef<WebSocketHubHandle>(null)
  const right = useRef<WebSocketHubHandle>(null)
  const [l, r] = at.hubs as [[number, number, number], [number, number, number]]
  const likeIn = arcCurve(
    [at.like[0] + 2, at.like[1] - 0.6, 0],
    [l[0] - 0.9, l[1] + 0.9, 0],
    0,
    0.5,
  )
  // Level with the servers, under their names: from the left ring's side to Redis, and on.
  const toRedis = arcCurve([l[0] + 1, l[1], 0], [at.redis[0] - 0.9, at.redis[1], 0], 0, 0.3)
  const fromRedis = arcCurve([at.redis[0] + 0.9, at.redis[1], 0], [r[0] - 1, r[1], 0], 0, 0.3)
  // Each like: arrives, then the left hub pushes; from the redis beat on, the right hub too.
  const likes = Array.from({ length: 6 }, (_, k) => beats.fanout + k * LIKE_EVERY)
  useChapterFrame((local) => {
    const last = likes.filter((t) => t + ARRIVE <= local).at(-1)
    left.current?.pulse(last === undefined ? -1 : (local - last - ARRIVE) / PUSH)
    const relayed = likes.filter((t) => t >= beats.redis && t + ARRIVE + 2 * PUSH <= local).at(-1)
    right.current?.pulse(relayed === undefined ? -1 : (local - relayed - ARRIVE - 2 * PUSH) / PUSH)
  })
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.hub}
        position={[heading[0], heading[1], heading[2]]}
      />
      <Reveal name="WebSocket server 1" at={beats.hub} effect="pop" position={l}>
        <WebSocketHub ref={left} connections={VIEWERS} reach={at.reach} />
        <Label text="WebSocket server 1" size={text.name} weight="bold" position={[0, 1.6, 0]} />
      </Reveal>
      <Reveal name="WebSocket server 2" at={beats.redis} effect="pop" position={r}>
        <WebSocketHub ref={right} connections={VIEWERS} reach={at.reach} />
        <Label text="WebSocket server 2" size={text.name} weight="bold" position={[0, 1.6, 0]} />
      </Reveal>
      <Reveal
        name="Pushed live note"
        at={beats.hub + 1}
        until={beats.fanout}
        effect="rise"
        position={[0, 12.4, 0]}
      >
        <Label text="Pushed live: views, likes, comments, chat, notifications" size={text.name} />
      </Reveal>
      <Reveal name="Like label" at={beats.fanout} effect="fade" position={at.like}>
        <Label text="a like" size={text.name} color={palette.request} anchorX="left" />
      </Reveal>
      {likes.map((t, i) => (
        <PacketTrip
          name={`Like ${i + 1}`}
          key={t}
          curve={likeIn}
          at={t}
          duration={ARRIVE}
          dwell={0}
        />
      ))}
      <Reveal name="Redis adapter" at={beats.redis} effect="pop" position={at.redis}>
        <CacheBlock />
        <Label text="Redis adapter" size={text.name} color={palette.cache} position={[0, 1.2, 0]} />
      </Reveal>
      <Reveal name="Redis arrows" at={beats.redis + 0.5} effect="fade">
        <FlowArrow curve={toRedis} color={palette.cache} inset={0.1} radius={0.05} />
        <FlowArrow curve={fromRedis} color={palette.cache} inset={0.1} radius={0.05} />
      </Reveal>
      {likes
        .filter((t) => t >= beats.redis)
        .map((t) => (
          <group key={t}>
            <PacketTrip
              name={`Like ${likes.indexOf(t) + 1} to Redis`}
              curve={toRedis}
              at={t + ARRIVE}
              duration={PUSH}
              dwell={0}
              color={palette.cache}
            />
            <PacketTrip
              name={`Like ${likes.indexOf(t) + 1} from Redis`}
              curve={fromRedis}
              at={t + ARRIVE + PUSH}
              duration={PUSH}
              dwell={0}
              color={palette.cache}
            />
          </group>
        ))}
      <Reveal name="Goal stamp" at={beats.capacity} effect="rise" position={at.stamp}>
        <GoalStamp
          figure="10K-50K connections per instance"
          note="usual guidance, not a measurement"
          width={at.stampWidth}
        />
      </Reveal>
    </>
  )
}

import { useMemo, useRef } from 'react'
import { BarChart, type BarChartHandle } from '../../../models/BarChart'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { FlowArrow } from '../../../models/FlowArrow'
import { KafkaTopic } from '../../../models/KafkaTopic'
import { Label } from '../../../models/Label'
import { MessageQueue } from '../../../models/MessageQueue'
import { ServerRack } from '../../../models/ServerRack'
import { WarningSign } from '../../../models/WarningSign'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import type { ChapterSceneProps } from '../../../world/film'
import { useChapterSim } from '../../../world/SimContext'
import { likes } from '../sims/events'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, events as at, heading, text } from '../layout'
import { events as script } from '../script/events'

const { beats } = script
/** The document's five topics. */
const TOPICS = [
  'video.views',
  'video.likes',
  'video.comments',
  'channel.subscriptions',
  'live.chat',
] as const
/** Counters drawn: the five most-liked videos of the window, as the simulation ranks them. */
const SHOWN = 5
/** The first flush lands this long after the "flush" beat begins, once the narration has said it. */
const FLUSH_AFTER_BEAT = 1.5
const whole = (n: number) => Math.round(n).toLocaleString('en-US')

/**
 * Component 4 and "Why Event-Driven?": five topics, batched consumers and a dead letter queue;
 * then a million likes a second, first written one by one, then summed in memory and flushed
 * every 30 s by the simulated consumer (src/sim/kafka.ts): about 33 writes a second.
 */
export function EventsScene({ active }: ChapterSceneProps) {
  const kafka = useChapterSim(likes)
  const { flushInterval } = kafka.params
  // Sim time: its first window closes (the first flush) just after the flush beat.
  const offset = beats.flush + FLUSH_AFTER_BEAT - flushInterval
  const simAt = (local: number) => Math.max(0, local - offset)
  const bars = useRef<BarChartHandle>(null)
  const heights = useMemo(() => new Float32Array(SHOWN), [])
  useChapterFrame((local) => {
    const t = simAt(local)
    const k = Math.floor(t / flushInterval)
    const window = kafka.flush(k)
    const share = (t - k * flushInterval) / flushInterval
    const top = window.top[0]?.likes ?? 1
    window.top.slice(0, SHOWN).forEach((v, i) => (heights[i] = (v.likes * share) / top))
    bars.current?.set(heights)
  })
  const left = at.topicX - at.topicLength / 2
  const toConsumer = (y: number) =>
    arcCurve(
      [left + at.topicLength + 0.2, y + 0.2, 0],
      [at.consumer[0] - 1, at.consumer[1] + 1, 0],
      0,
      0,
    )
  const toDlq = arcCurve(
    [at.consumer[0], at.consumer[1] - 0.2, 0],
    [at.dlq[0], at.dlq[1] + 2.2, 0],
    0,
    0,
  )
  const flood = arcCurve(
    [at.database[0] - 3.5, at.database[1] + at.floodFrom, 0],
    [at.database[0], at.database[1] + 2.6, 0],
    0,
    0,
  )
  const flushPath = arcCurve(
    [at.counters[0] + at.countersSize[0] + 0.2, at.counters[1] + 1, 0],
    [at.flushDb[0] - 1.2, at.flushDb[1] + 1.5, 0],
    0,
    1,
  )
  const flushes = [1, 2].map((k) => offset + k * flushInterval).filter((t) => t < script.duration)
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.topics}
        position={[heading[0], heading[1], heading[2]]}
      />

      {/* Five topics, a consumer reading batches, and the dead letter queue. */}
      {TOPICS.map((topic, i) => {
        const y = at.topicY[i]!
        return (
          <Reveal
            name={`Topic: ${topic}`}
            key={topic}
            at={beats.topics + 0.4 * i}
            until={beats.without}
            effect="rise"
            position={[at.topicX, y, 0]}
          >
            <KafkaTopic partitions={1} length={at.topicLength} filled={[3 + ((i * 3) % 5)]} />
            <Label
              text={topic}
              size={text.body}
              weight="mono"
              anchorX="right"
              position={[-at.topicLength / 2 - 0.3, 0.25, 0]}
            />
          </Reveal>
        )
      })}
      <Reveal
        name="Consumer"
        at={beats.batch}
        until={beats.without}
        effect="pop"
        position={at.consumer}
      >
        <ServerRack units={2} />
        <Label text="consumer" size={text.name} weight="bold" position={[0, 2.1, 0]} />
        <Label text="100 events a batch" size={text.body} position={[0, 3.2, 0]} />
      </Reveal>
      {at.topicY.map((y, i) => (
        <Reveal
          name={`Arrow to consumer ${i + 1}`}
          key={y}
          at={beats.batch + 0.2 * i}
          until={beats.without}
          effect="fade"
        >
          <FlowArrow curve={toConsumer(y)} color={palette.queue} inset={0.1} radius={0.04} />
        </Reveal>
      ))}
      <Reveal
        name="Dead letter queue"
        at={beats.batch + 2}
        until={beats.without}
        effect="pop"
        position={at.dlq}
      >
        <MessageQueue length={3} slots={3} filled={1} color={palette.failure} />
        <Label
          text="dead letter queue"
          size={text.body}
          color={palette.failureText}
          position={[0, -0.6, 0]}
        />
      </Reveal>
      <PacketTrip
        name="Message to the dead-letter queue"
        curve={toDlq}
        at={beats.batch + 3}
        duration={1.5}
        dwell={0.4}
        color={palette.failure}
      />

      {/* Without Kafka: a million writes a second into one database. */}
      <Reveal name="Database" at={beats.without} effect="pop" position={at.database}>
        <DatabaseCylinder />
        <Label text="database" size={text.name} weight="bold" position={[0, -0.7, 0]} />
      </Reveal>
      <Reveal name="Write flood arrow" at={beats.without} effect="fade">
        <FlowArrow curve={flood} color={palette.failure} radius={0.16} inset={0.1} active />
      </Reveal>
      <Reveal
        name="Warning sign"
        at={beats.without + 2}
        effect="pop"
        position={[at.database[0] + 2.3, at.database[1] + 3.2, 0]}
      >
        <WarningSign size={0.9} />
      </Reveal>
      <Reveal
        name="Without Kafka"
        at={beats.without}
        until={beats.result}
        effect="rise"
        position={at.figures}
      >
        <Label
          text="Without Kafka"
          size={text.name}
          weight="bold"
          color={palette.failureText}
          anchorX="left"
        />
        {['1M likes/s = 1M DB writes/s', 'the database crashes', 'latency 500 ms+'].map(
          (line, i) => (
            <Label
              key={line}
              text={line}
              size={text.body}
              anchorX="left"
              position={[0, -at.figurePitch * (i + 1), 0]}
            />
          ),
        )}
      </Reveal>

      {/* With Kafka: counters in memory, one write per counter per flush. */}
      <Reveal name="Like counters" at={beats.with} effect="rise" position={at.counters}>
        <BarChart
          ref={bars}
          width={at.countersSize[0]}
          height={at.countersSize[1]}
          bars={SHOWN}
          color={palette.queue}
          highlight={palette.queue}
        />
        <Label
          text="in memory: a counter per video"
          size={text.body}
          anchorX="left"
          position={[0, -0.6, 0]}
        />
      </Reveal>
      <Reveal
        name="With Kafka"
        at={beats.with}
        effect="rise"
        position={[at.counters[0], at.figures[1], 0]}
      >
        <Label
          text="With Kafka (simulated)"
          size={text.name}
          weight="bold"
          color={palette.queue}
          anchorX="left"
        />
        <Label
          text="1M events/s into Kafka, summed in memory"
          size={text.body}
          anchorX="left"
          position={[0, -at.figurePitch, 0]}
        />
        <LiveLabel
          compute={(local) =>
            `held since the last flush: ${whole(kafka.stateAt(simAt(local)).buffered)}`
          }
          size={text.body}
          anchorX="left"
          position={[0, -at.figurePitch * 2, 0]}
        />
      </Reveal>
      <Reveal name="Database after batching" at={beats.flush} effect="pop" position={at.flushDb}>
        <DatabaseCylinder />
      </Reveal>
      <Reveal name="Flush arrow" at={beats.flush} effect="fade">
        <FlowArrow curve={flushPath} color={palette.queue} inset={0.1} radius={0.06} />
      </Reveal>
      {flushes.map((t, i) => (
        <PacketTrip
          name={`Flush ${i + 1}`}
          key={t}
          curve={flushPath}
          at={t}
          duration={1.2}
          dwell={0.3}
          color={palette.queue}
          label="flush"
          labelColor={palette.queue}
          labelSize={text.body}
        />
      ))}
      <Reveal
        name="Writes a second"
        at={beats.flush}
        effect="rise"
        position={[at.counters[0], at.figures[1] - at.figurePitch * 3, 0]}
      >
        <LiveLabel
          compute={(local) => {
            const s = kafka.stateAt(simAt(local))
            return `every ${s.flushInterval} s: ${whole(s.dbWritesPerSecond)} DB writes/s`
          }}
          size={text.name}
          color={palette.accent}
          anchorX="left"
        />
      </Reveal>
      <Reveal name="Result" at={beats.result} effect="rise" position={at.figures}>
        <LiveLabel
          compute={(local) =>
            `${(100 * kafka.stateAt(simAt(local)).reduction).toFixed(3)}% fewer writes`
          }
          size={text.name}
          color={palette.accent}
          anchorX="left"
        />
        <Label
          text="(the document says 99%)"
          size={text.body}
          anchorX="left"
          position={[0, -at.figurePitch, 0]}
        />
        <Label
          text="a like waits <10 ms for Kafka"
          size={text.body}
          anchorX="left"
          position={[0, -at.figurePitch * 2, 0]}
        />
      </Reveal>
    </>
  )
}

import { useMemo } from 'react'
import { KafkaTopic, kafkaTopicHeight, kafkaTopicSlot } from '../../../models/KafkaTopic'
import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { halves, inShot, shot, text, WIDE_DEPTH } from '../layout'
import { CardGrid, type Card } from '../parts/CardGrid'
import { Panel } from '../parts/Panel'
import { Stream } from '../parts/Stream'
import { Opening } from '../parts/Opening'
import { events as script } from '../script/events'

const { beats } = script
const topics = shot(0)
const config = shot(1)
const workers = shot(2)

/** The six topics as the document names and describes them. */
const TOPICS = [
  ['video.uploaded', 'new video upload events'],
  ['video.processed', 'video processing complete'],
  ['user.interaction', 'likes, comments, shares'],
  ['feed.update', 'feed refresh events'],
  ['notification.trigger', 'push notification events'],
  ['analytics.event', 'user behavior events'],
] as const
/**
 * Six rows from just under the cluster's title: the last one then stands clear of a two-line
 * caption at the frame's foot (its top is about 3.1 under the shot's centre).
 */
const ROW_PITCH = 1.25
const FIRST_ROW = 3.6
/** A small topic icon per row, its name after it, its meaning after that. */
const ICON_X = -9
const NAME_X = -7.2
const MEANING_X = -0.6
const ICON = { partitions: 2, slots: 6, length: 2.4 } as const

/** The configured topic: six lanes stand for its hundred-plus partitions, three copies deep. */
const BIG = { partitions: 6, slots: 10, length: 8 } as const
/** High enough that the copies' note under the topic clears a two-line caption. */
const BIG_AT: [number, number, number] = [-5.6, -2, 0]
/** The retention note stands under the configuration panel, in the right half. */
const RETENTION_NOTE_Y = -1.6
const FILLED = [7, 5, 8, 6, 4, 7] as const

const WORKERS: readonly Card[] = [
  { title: 'Video processing workers', lines: ['Transcode', 'Thumbnail', 'Moderation'] },
  { title: 'Feed populator workers', lines: ['Push model', 'Pull model', 'Redis sync'] },
  { title: 'Social graph workers', lines: ['Follow', 'Unfollow', 'Update'] },
  { title: 'Notification workers', lines: ['FCM/APNS', 'Email', 'SMS'] },
  { title: 'Analytics workers', lines: ['Aggregate', 'Report', 'ETL'] },
  { title: 'Content moderation\nworkers', lines: ['AI check', 'Human review', 'Appeal'] },
].map((c, i) => ({ ...c, at: beats.workers + 0.5 + i * 0.9 }))

/**
 * The workers' grid is two rows, the second taller for a two-line title: it starts high, under
 * a title just inside the title-safe area, and the camera stands a little further back for
 * this shot (state/ keyframes, body text still ~37 px at 1080p), so its last lines clear a
 * two-line caption. The note on what the queue buys then takes the title's place at the top.
 */
const WORKERS_TITLE_Y = 5.7
const WORKERS_TOP = 4.8

export function EventsScene({ active }: ChapterSceneProps) {
  // Events arrive at the head (right end) of each lane, one lane after another.
  const arrivals = useMemo(
    () =>
      FILLED.map((n, p) => {
        const head = kafkaTopicSlot(p, n, BIG.slots, BIG.length)
        const to = inShot(config, [BIG_AT[0] + head[0], BIG_AT[1] + head[1], 0.4])
        return arcCurve([to[0] + 3.5, to[1] + 2.5, to[2]], to, 0, 0.3)
      }),
    [],
  )
  return (
    <>
      <Opening
        active={active}
        shot={topics}
        title={script.title}
        at={beats['heading-in']}
        until={beats.kafka}
      />

      <Reveal
        name="Kafka cluster title"
        at={beats.kafka}
        until={beats.partitions}
        effect="fade"
        position={inShot(topics, [0, 5, 0])}
      >
        <Label
          text="Kafka cluster (multi-partition, replicated)"
          size={text.title}
          color={palette.queue}
        />
      </Reveal>
      {TOPICS.map(([name, meaning], i) => (
        <Reveal
          key={name}
          name={`Topic: ${name}`}
          at={beats.topics + i * 0.6}
          until={beats.partitions}
          effect="fade"
          position={inShot(topics, [0, FIRST_ROW - i * ROW_PITCH, 0])}
        >
          <KafkaTopic
            position={[ICON_X, -kafkaTopicHeight(ICON.partitions) / 2, 0]}
            {...ICON}
            filled={[3 + (i % 3), 2 + ((i + 1) % 4)]}
          />
          <Label
            text={name}
            size={text.body}
            weight="mono"
            color={palette.queue}
            anchorX="left"
            position={[NAME_X, 0, 0]}
          />
          <Label
            text={`- ${meaning}`}
            size={text.body}
            anchorX="left"
            position={[MEANING_X, 0, 0]}
          />
        </Reveal>
      ))}

      <Panel
        at={beats.partitions}
        until={beats.workers}
        position={inShot(config, halves.panel)}
        width={halves.panelWidth}
        title="Configuration, per topic"
        accent={palette.queue}
        items={[
          { at: beats.partitions, lines: ['Partitions: 100+ per topic'] },
          { at: beats.replication, lines: ['Replication factor: 3'] },
          { at: beats.retention, lines: ['Retention: 7 days'] },
        ]}
      />
      <Reveal
        name="Filled topic"
        at={beats.partitions}
        until={beats.workers}
        position={inShot(config, BIG_AT)}
      >
        <KafkaTopic {...BIG} filled={FILLED} />
        <Label
          text="6 of 100+ partitions"
          size={text.body}
          color={palette.queue}
          position={[0, kafkaTopicHeight(BIG.partitions) + 0.6, 0]}
        />
      </Reveal>
      <Reveal
        name="Replicated topic"
        at={beats.replication}
        until={beats.workers}
        position={inShot(config, BIG_AT)}
      >
        <KafkaTopic {...BIG} replicas={3} position={[0, 0, -0.01]} />
        <Label
          text="leader + 2 follower copies"
          size={text.body}
          color={palette.textMuted}
          position={[0, -0.7, 0]}
        />
      </Reveal>
      <Stream
        name="Traffic: events into the partitions"
        paths={arrivals}
        from={beats.partitions + 1}
        until={beats.workers - 1}
        every={0.25}
        travel={0.9}
        color={palette.request}
      />
      <Reveal
        name="Retention note"
        at={beats.retention}
        until={beats.workers}
        effect="fade"
        position={inShot(config, [0, RETENTION_NOTE_Y, 0])}
      >
        <Label
          text="kept 7 days: a consumer that crashed reads again from where it stopped"
          size={text.body}
          color={palette.textMuted}
          maxWidth={9.5}
          anchorX="left"
          textAlign="left"
        />
      </Reveal>

      <Reveal
        name="Worker layer title"
        at={beats.workers}
        until={beats.without}
        effect="fade"
        position={inShot(workers, [0, WORKERS_TITLE_Y, WIDE_DEPTH])}
      >
        <Label
          text="Worker layer (event-driven background jobs)"
          size={text.title}
          color={palette.server}
        />
      </Reveal>
      <CardGrid cards={WORKERS} centre={workers} top={WORKERS_TOP} accent={palette.server} />
      <Reveal
        name="Without the queue note"
        at={beats.without}
        effect="fade"
        position={inShot(workers, [0, WORKERS_TITLE_Y, WIDE_DEPTH])}
      >
        <Label
          text="Without the queue, an upload waits for its transcode"
          size={text.body}
          color={palette.accent}
        />
      </Reveal>
    </>
  )
}

import { useMemo } from 'react'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { MessageQueue, messageQueueEnds, messageQueueSlot } from '../../../models/MessageQueue'
import { ServerRack } from '../../../models/ServerRack'
import { SeparationMark } from '../../../models/SeparationMark'
import { UserFigure } from '../../../models/UserFigure'
import { messageQueue as script } from '../script/message-queue'
import { JOB_TYPES } from '../../../sim'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { messageQueueLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Staged } from '../../../world/Staged'
import { Reveal } from '../../../world/Reveal'
import { Slide } from '../../../world/Slide'
import { useChapterSim } from '../../../world/SimContext'
import { liveFrom as live, queue as queueSim } from '../sims/message-queue'
import type { ChapterSceneProps } from '../../../world/film'
import { JOB_COLORS } from '../../../world/traffic/jobColors'
import { QueueMessages } from '../../../world/traffic/QueueMessages'
import { PUBLISH_SECONDS, QueueTraffic } from '../../../world/traffic/QueueTraffic'
import { QueueWorker } from '../../../world/traffic/QueueWorker'
import { TrackedJob } from '../../../world/traffic/TrackedJob'

const { beats } = script

/** The photo's trip from the user's hand to the web server. */
const UPLOAD_SECONDS = 1.6
/** The heading has left before the first model arrives (a reveal takes 0.8 s). */
const HEADING_CLEAR = 0.7
/** The opening camera looks down at about this angle (radians). */
const HEADING_TILT = 0.5
/** Names under the group headers, notes and travelling labels: set to read on a phone. */
const NOTE_SIZE = 0.65
/** The backlog count: the number this chapter is about. */
const BACKLOG_SIZE = 0.75
/** The legend of job types under the queue's name, a name's width apart. */
const LEGEND_STEP = 2.4
/** The consume arrow's length from the queue's exit, short of the first worker. */
const CONSUME_ARROW = 1.5
/**
 * The first message's 'consume' stands over the consume arrow while it makes its trip: riding
 * its packet, the word ran into the first worker's 'idle' or into the worker; under the arrow,
 * the queue's leg cut into it.
 */
const CONSUME_NOTE_ABOVE = 0.75
/** It stays long enough to read, after its packet has arrived. */
const CONSUME_NOTE_SECONDS = 2.5
/** The three group names: as large as fits side by side over the groups. */
const HEADER_SIZE = 0.9
/**
 * The scaling rule: its condition, a drawn arrow down, and its action, each this far above and
 * below the middle (the arrow, head included, fills the gap between the lines).
 */
const RULE_LINE = 0.8
const RULE_ARROW = 0.42
/** The closing line, on two lines in the rule's place: narrow enough to stand between the marks. */
const CLOSING_SIZE = 0.75

const add = (a: Vec3, b: readonly [number, number, number]): Vec3 => [
  a[0] + b[0],
  a[1] + b[1],
  a[2] + b[2],
]

/**
 * Chapter 10: the message queue. A scripted first message shows publish and consume; then the
 * simulated queue runs: uploads published as jobs, the backlog in the tube, the workers taking
 * jobs, a user's photo followed through, and workers added as the backlog grows.
 */
export function MessageQueueScene({ active }: ChapterSceneProps) {
  const queue = useChapterSim(queueSim)
  const ruleArrow = useMemo(() => arcCurve([0, RULE_ARROW, 0], [0, -RULE_ARROW, 0], 0, 0), [])
  const ends = messageQueueEnds(place.queueLength)
  const entry = add(place.queue, ends.entry)
  const exit = add(place.queue, ends.exit)
  const paths = useMemo(() => {
    const producerPorts = place.producers.map((p) => [p[0] + 0.9, 1.2, p[2]] as Vec3)
    const workerPorts = place.workers.map((w) => [w[0] - 0.8, 1.0, w[2]] as Vec3)
    const userPort: Vec3 = [place.user[0] + 0.5, 1.3, place.user[2]]
    // High on the front web server's side, so the photo's label stays above the rack as it lands.
    const frontDoor: Vec3 = [place.producers[1]![0] - 0.9, 1.7, place.producers[1]![2]]
    return {
      publish: producerPorts.map((p) => arcCurve(p, entry, 0, 0.8)),
      consume: workerPorts.map((w) => arcCurve(exit, w, 0, 0.8)),
      upload: arcCurve(userPort, frontDoor, 0, 1.2),
      reply: arcCurve(frontDoor, userPort, 0, 1.6),
      publishArrow: arcCurve([entry[0] - 1.9, entry[1], entry[2]], entry, 0, 0.01),
      consumeArrow: arcCurve(exit, [exit[0] + CONSUME_ARROW, exit[1], exit[2]], 0, 0.01),
    }
  }, [entry, exit])
  // The user's photo: the first job the front web server publishes after the upload arrives.
  const photo = useMemo(() => {
    const arrives = beats.photo + 0.3 + UPLOAD_SECONDS
    return queue
      .jobsIn(arrives + PUBLISH_SECONDS, beats.scaling)
      .find((j) => j.id % place.producers.length === 1)
  }, [queue])
  const workersX = (place.workers[0]![0] + place.workers[2]![0]) / 2
  const slot0 = add(place.queue, messageQueueSlot(0, place.queueSlots, place.queueLength))
  return (
    <>
      <ChapterCamera active={active} position={[-1, 13, 19.5]} target={[-1, 1.4, -0.5]} />
      <group position={[-1, 4, 0]} rotation={[-HEADING_TILT, 0, 0]}>
        <ChapterHeading
          title={script.title}
          at={beats['heading-in']}
          until={beats['queue-in'] - HEADING_CLEAR}
          position={[0, 0, 0]}
        />
      </group>

      {/* The queue: a buffer in the middle. */}
      <Reveal
        name="Message queue"
        at={beats['queue-in']}
        effect="rise"
        lift={2}
        position={tuple(place.queue)}
      >
        <MessageQueue slots={place.queueSlots} length={place.queueLength} />
        <Label
          text="Message queue"
          size={HEADER_SIZE}
          color={palette.queue}
          billboard
          position={[0, place.headerY, place.headerZ]}
        />
      </Reveal>
      <Reveal
        name="Publish and consume arrows"
        at={beats['queue-in'] + 1.5}
        effect="fade"
        duration={1.2}
      >
        <FlowArrow curve={paths.publishArrow} color={palette.queue} active inset={0.1} />
        <FlowArrow curve={paths.consumeArrow} color={palette.queue} active inset={0.1} />
      </Reveal>
      <Staged name="Waiting messages">
        <QueueMessages
          queue={queue}
          position={place.queue}
          slots={place.queueSlots}
          length={place.queueLength}
          from={live}
        />
      </Staged>
      <Reveal
        name="Backlog readout"
        at={live}
        effect="fade"
        position={[place.queue[0], 0.45, place.queue[2] + place.backlogZ]}
      >
        <LiveLabel
          compute={(local) => {
            const n = queue.stateAt(local).backlog
            return `backlog: ${n} ${n === 1 ? 'job' : 'jobs'}`
          }}
          size={BACKLOG_SIZE}
          color={palette.text}
          billboard
        />
      </Reveal>

      {/* Producers publish. */}
      <Reveal name="Producers" at={beats.producers} effect="rise" lift={1.5}>
        {place.producers.map((p, i) => (
          <ServerRack key={i} position={tuple(p)} />
        ))}
        <Label
          text="Producers"
          size={HEADER_SIZE}
          color={palette.server}
          billboard
          position={[place.producersHeaderX, place.headerY, place.headerZ]}
        />
        <Label
          text="web servers"
          size={NOTE_SIZE}
          color={palette.textMuted}
          billboard
          position={[place.producersHeaderX, place.headerY - 0.9, place.headerZ]}
        />
      </Reveal>
      <PacketTrip
        name="Published message"
        curve={paths.publish[1]!}
        at={beats.producers + 0.8}
        duration={1.3}
        dwell={0}
        color={palette.queue}
        label="publish"
        labelSize={NOTE_SIZE}
      />
      <Reveal
        name="First job"
        at={beats.producers + 2.1}
        until={beats.consumers + 0.4}
        effect="fade"
        duration={0.3}
      >
        <Slide from={entry} to={slot0} at={beats.producers + 2.1} duration={1.2}>
          <mesh>
            <boxGeometry args={[0.55, 0.6, 0.6]} />
            <meshStandardMaterial
              color="#e9d5ff"
              emissive={palette.queue}
              emissiveIntensity={0.5}
            />
          </mesh>
        </Slide>
      </Reveal>

      {/* Consumers take messages off and process them. */}
      <Reveal name="Consumers label" at={beats.consumers} effect="fade" duration={1}>
        <Label
          text="Consumers"
          size={HEADER_SIZE}
          color={palette.server}
          billboard
          position={[workersX, place.headerY, place.headerZ]}
        />
        <LiveLabel
          compute={(local) => {
            const s = queue.stateAt(local)
            return s.starting
              ? `${s.workers} workers + ${s.starting} starting`
              : `${s.workers} workers`
          }}
          size={NOTE_SIZE}
          color={palette.textMuted}
          billboard
          position={[workersX, place.headerY - 0.9, place.headerZ]}
        />
      </Reveal>
      {place.workers.map((w, i) => (
        <QueueWorker
          key={i}
          name={`Worker ${i + 1}`}
          queue={queue}
          index={i}
          position={w}
          from={beats.consumers}
        />
      ))}
      <PacketTrip
        name="Consumed message"
        curve={paths.consume[0]!}
        at={beats.consumers + 0.4}
        duration={1}
        dwell={0}
        color={palette.queue}
      />
      <Reveal
        name="Consume note"
        at={beats.consumers + 0.4}
        until={beats.consumers + 0.4 + CONSUME_NOTE_SECONDS}
        effect="fade"
        duration={0.3}
        position={[exit[0] + CONSUME_ARROW / 2, exit[1] + CONSUME_NOTE_ABOVE, exit[2]]}
      >
        <Label text="consume" size={NOTE_SIZE} color={palette.text} billboard />
      </Reveal>

      {/* The simulated uploads from here on. */}
      <QueueTraffic
        name="Traffic: uploads through the queue"
        queue={queue}
        from={live}
        publish={paths.publish}
        consume={paths.consume}
      />

      {/* One user's photo, followed through. */}
      <Reveal name="User" at={beats.photo - 0.6} until={beats.scaling} position={tuple(place.user)}>
        <UserFigure />
        <Label text="User" size={NOTE_SIZE} billboard position={[0, 0.35, 1.2]} />
      </Reveal>
      <PacketTrip
        name="Photo upload"
        curve={paths.upload}
        at={beats.photo + 0.3}
        duration={UPLOAD_SECONDS}
        dwell={0}
        color={palette.request}
        label="photo.jpg"
        labelSize={NOTE_SIZE}
      />
      {photo && (
        <>
          <PacketTrip
            name="Photo reply"
            curve={paths.reply}
            at={photo.time}
            duration={1.2}
            dwell={1.5}
            color={palette.response}
            label="uploaded"
            labelColor={palette.response}
            labelSize={NOTE_SIZE}
          />
          <Staged name="Your photo's job">
            <TrackedJob
              queue={queue}
              job={photo}
              publish={paths.publish[1]!}
              queuePosition={place.queue}
              slots={place.queueSlots}
              length={place.queueLength}
              workers={place.workers}
              until={beats.scaling}
            />
          </Staged>
        </>
      )}
      <Reveal
        name="Job types"
        at={beats.jobs}
        effect="pop"
        position={[place.queue[0], place.headerY - 0.95, place.headerZ]}
      >
        {JOB_TYPES.map((type, i) => (
          <Label
            key={type}
            text={type}
            size={NOTE_SIZE}
            color={JOB_COLORS[type]}
            billboard
            position={[(i - 1) * LEGEND_STEP, 0, 0]}
          />
        ))}
      </Reveal>

      {/* The rush: the backlog grows and workers are added. */}
      <Reveal
        name="Scale-out rule"
        at={beats.scaling}
        until={beats.decoupled}
        effect="pop"
        position={[place.queue[0], place.noteY, place.queue[2]]}
      >
        <Label
          text={`more than ${queue.params.scaleOutBacklog} waiting`}
          size={NOTE_SIZE}
          color={palette.accent}
          billboard
          position={[0, RULE_LINE, 0]}
        />
        <FlowArrow curve={ruleArrow} color={palette.accent} radius={0.05} inset={0} />
        <Label
          text="add a worker"
          size={NOTE_SIZE}
          color={palette.accent}
          billboard
          position={[0, -RULE_LINE, 0]}
        />
      </Reveal>

      {/* Decoupled: each side works at its own pace. */}
      {place.separators.map((x, i) => (
        <Reveal
          name={`Separation mark ${i + 1}`}
          key={i}
          at={beats.decoupled + i * 0.4}
          effect="rise"
          lift={1.5}
          position={[x, 0, 0]}
        >
          <SeparationMark height={3.8} />
        </Reveal>
      ))}
      <Reveal
        name="Decoupled note"
        at={beats.decoupled + 1}
        effect="pop"
        position={[place.queue[0], place.noteY, place.queue[2]]}
      >
        {/* On two lines, in the rule's place: one long line would run over the workers. */}
        <Label
          text={'Decoupled:\nneither side waits'}
          size={CLOSING_SIZE}
          color={palette.accent}
          billboard
        />
      </Reveal>
    </>
  )
}

import type { Curve, Vector3 } from 'three'
import { useMemo } from 'react'
import { CacheBlock } from '../../../models/CacheBlock'
import { Callout } from '../../../models/Callout'
import { ClockIcon } from '../../../models/ClockIcon'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import { SpeedLines } from '../../../models/SpeedLines'
import { SyncIcon } from '../../../models/SyncIcon'
import { cache as script } from '../script/cache'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { cacheLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { arcCurve, tuple } from '../../../world/paths'
import { Staged } from '../../../world/Staged'
import { Reveal } from '../../../world/Reveal'
import { PacketTrip } from '../../../world/PacketTrip'
import { Travel } from '../../../world/Travel'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import { cache as cacheSim } from '../sims/cache'
import type { ChapterSceneProps } from '../../../world/film'
import { CacheTraffic } from '../../../world/traffic/CacheTraffic'

const { beats } = script

const HOP = 1.6
/** Names of the three machines: 36 px at 1080p from the opening and the live-traffic shots. */
const NAME_SIZE = 0.6
/** The Cache's name stands this high: clear of a packet's label arriving at its port. */
const CACHE_NAME_Y = 2.4
/** The walk-through's step labels: label size, 36 px from the 21-unit shot. */
const STEP_SIZE = textSize.label
/** The notes: a title and a line, each 36 px at 1080p from the 21-unit shot over them. */
const NOTE_TITLE_SIZE = 0.62
const NOTE_LINE_SIZE = 0.58

/** Our own example of the two calls every cache offers. */
const SNIPPET = [
  "cache.set('user:12', profile, 3600)  # keep 1 hour",
  "cache.get('user:12')  # profile, or nothing",
] as const

const NOTES = [
  {
    beat: 'expiration',
    title: 'Expiration',
    line: 'too long: stale data; too short: more database reads',
  },
  { beat: 'consistency', title: 'Consistency', line: 'update the database and the cache together' },
  {
    beat: 'spof',
    title: 'No single point of failure',
    line: 'several cache servers, spare memory',
  },
] as const

/** The air between a step's words and its arc's middle (over the high arc, under the low). */
const STEP_NOTE_GAP = 0.35
/** Words under a low arc come forward too, so they stay above the floor. */
const STEP_NOTE_FORWARD = 1.2

/** One step of the cache-aside path, in words, by its arrow until the live traffic starts. */
function StepNote({
  text,
  at: from,
  curve,
  color = palette.text,
  above = false,
}: {
  text: string
  at: number
  curve: Curve<Vector3>
  color?: string
  above?: boolean
}) {
  const mid = curve.getPoint(0.5)
  return (
    <Reveal
      name={`Step ${text.split('.')[0]} note`}
      at={from}
      until={beats.live}
      effect="fade"
      position={
        above
          ? [mid.x, mid.y + STEP_NOTE_GAP, mid.z]
          : [mid.x, mid.y - STEP_NOTE_GAP, mid.z + STEP_NOTE_FORWARD]
      }
    >
      <Label
        text={text}
        size={STEP_SIZE}
        color={color}
        anchorY={above ? 'bottom' : 'top'}
        outline
        billboard
      />
    </Reveal>
  )
}

/**
 * A slot's key stands this far in front of the slot's middle: its box is 0.5 deep, and the key,
 * turned to face a camera that looks down, leans back by about a tenth of a unit at its top.
 */
const SLOT_LABEL_Z = 0.42
/** Being nearer the camera than the slot's face, the key is raised this much to sit on it. */
const SLOT_LABEL_LIFT = 0.12

/**
 * Chapter 6: the cache tier. A scripted hit and miss explain the cache-aside path; then the
 * simulated cache takes over: which reads hit, the hit rate, the database reads saved, and the
 * entries in the order they will be evicted.
 */
export function CacheScene({ active }: ChapterSceneProps) {
  const cache = useChapterSim(cacheSim)
  const legs = useMemo(
    () => ({
      ask: arcCurve(place.webPort, place.cachePort, 0, 1.4),
      back: arcCurve(place.cachePort, place.webPort, 0, 0.4),
      toDb: arcCurve(place.cachePort, place.dbPort, 0, 1.4),
      fromDb: arcCurve(place.dbPort, place.cachePort, 0, 0.4),
    }),
    [],
  )
  const policyName = {
    lru: 'least recently used',
    lfu: 'least frequently used',
    fifo: 'first in, first out',
  }[cache.params.policy]
  return (
    <>
      <ChapterCamera active={active} position={[0, 7, 24]} target={[0, 2.5, 0]} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats['cache-in']}
        position={[0, 6.4, 0]}
      />

      <Staged name="Web server" position={place.web}>
        <ServerRack />
        <Label text="Web server" size={NAME_SIZE} billboard position={[0, 2.8, 0]} />
      </Staged>
      <Staged name="Database" position={place.db}>
        <DatabaseCylinder />
        <Label text="Database" size={NAME_SIZE} billboard position={[0, 2.8, 0]} />
      </Staged>
      <Reveal
        name="Cache block"
        at={beats['cache-in']}
        effect="rise"
        lift={2}
        position={tuple(place.cache)}
      >
        <CacheBlock size={1.3} />
        <Label
          text="Cache"
          size={NAME_SIZE}
          color={palette.cache}
          billboard
          position={[0, CACHE_NAME_Y, 0]}
        />
      </Reveal>

      {/* The cache-aside path, one step at a time. */}
      <Reveal name="Ask arrow" at={beats['check-first']} effect="fade" duration={1.2}>
        <FlowArrow curve={legs.ask} color={palette.request} active />
      </Reveal>
      <PacketTrip
        name="Request to the cache"
        curve={legs.ask}
        at={beats['check-first'] + 0.5}
        duration={HOP}
      />
      <Reveal name="Hit arrow" at={beats.hit} effect="fade" duration={1.2}>
        <FlowArrow curve={legs.back} color={palette.success} active />
      </Reveal>
      <PacketTrip
        name="Hit from the cache"
        curve={legs.back}
        at={beats.hit + 0.5}
        duration={HOP * 0.6}
        dwell={1.5}
        color={palette.success}
      />
      {/*
        The hit comes straight back, fast: speed lines trail it while it flies, not after; light,
        so they stand out from the green arrow under them.
      */}
      <Travel
        name="Hit speed lines"
        curve={legs.back}
        at={beats.hit + 0.5}
        duration={HOP * 0.6}
        dwell={0}
      >
        <SpeedLines color={palette.text} />
      </Travel>
      <Reveal name="Miss arrows" at={beats.miss} effect="fade" duration={1.2}>
        <FlowArrow curve={legs.toDb} color={palette.database} active />
        <FlowArrow curve={legs.fromDb} color={palette.database} active />
      </Reveal>
      <PacketTrip
        name="Query to the database"
        curve={legs.toDb}
        at={beats.miss + 0.5}
        duration={HOP}
        color={palette.database}
      />
      <PacketTrip
        name="Rows from the database"
        curve={legs.fromDb}
        at={beats.miss + 0.5 + HOP}
        duration={HOP}
        dwell={2}
        color={palette.database}
      />

      {/*
        Each step's words stand still beside its own arrow, the request's above its high arc and
        the answer's below its low one, never on an arrow or riding over the others.
      */}
      <StepNote text="1. check the cache" at={beats['check-first']} curve={legs.ask} above />
      <StepNote
        text="2. hit: straight back"
        at={beats.hit}
        curve={legs.back}
        color={palette.success}
      />
      <StepNote
        text={'3. miss:\nask the database'}
        at={beats.miss}
        curve={legs.toDb}
        color={palette.database}
        above
      />
      <StepNote
        text="4. store it, then return it"
        at={beats.miss + HOP}
        curve={legs.fromDb}
        color={palette.database}
      />

      {/* Then the simulation's traffic and what it adds up to. */}
      <CacheTraffic
        name="Traffic: web server, cache and database"
        cache={cache}
        from={beats.live}
        legs={legs}
      />
      <Reveal name="Hit-rate readout" at={beats.live + 2} effect="fade" position={[0, 4.4, 0]}>
        <LiveLabel
          compute={(local) => {
            const s = cache.stateAt(local)
            return `hit rate ${Math.round(100 * s.hitRate)}% · ${s.hits} hits · ${s.dbReads} database reads`
          }}
          size={textSize.label}
          billboard
        />
      </Reveal>

      <Reveal
        name="Memcached API callout"
        at={beats.snippet}
        until={beats.expiration}
        effect="rise"
        position={tuple(place.snippet)}
      >
        <Callout
          scale={place.snippetScale}
          title="Memcached-style API"
          lines={SNIPPET}
          width={11.5}
          code
          accent={palette.cache}
        />
      </Reveal>
      {NOTES.map((note, i) => (
        <Reveal
          name={`Clock icon ${note.beat}`}
          key={note.beat}
          at={beats[note.beat]}
          until={beats.eviction}
          effect="pop"
          position={[place.notes[0] - 7, place.notes[1] - i * place.notePitch, place.notes[2]]}
        >
          {i === 0 && <ClockIcon scale={0.7} />}
          {i === 1 && <SyncIcon scale={0.7} />}
          {i === 2 && <Label text="!" size={textSize.heading} color={palette.accent} />}
          <Label
            text={note.title}
            size={NOTE_TITLE_SIZE}
            color={palette.accent}
            anchorX="left"
            position={[0.8, 0.3, 0]}
          />
          <Label text={note.line} size={NOTE_LINE_SIZE} anchorX="left" position={[0.8, -0.45, 0]} />
        </Reveal>
      ))}
      {place.spares.map((p, i) => (
        <Reveal
          name={`Spare cache ${i + 1}`}
          key={i}
          at={beats.spof + 1 + i * 0.6}
          effect="rise"
          position={tuple(p)}
        >
          <CacheBlock size={1} />
        </Reveal>
      ))}

      {/*
        Eviction: the entries in the order they will leave, read from the simulation. Its words
        face the camera: upright below a camera that looks steeply down, they were sheared. The
        summary's wider shot would put it under the captions, so it leaves before.
      */}
      <Reveal
        name="Eviction queue"
        at={beats.eviction}
        until={beats.summary}
        effect="fade"
        position={tuple(place.queue)}
      >
        <Label
          text={`Eviction (${policyName}): next out on the left`}
          size={textSize.label}
          color={palette.cache}
          anchorX="left"
          billboard
          position={[-0.9, 1.6, 0]}
        />
        {Array.from({ length: place.queueSlots }, (_, i) => (
          <group key={i} position={[i * place.slotWidth, 0.5, 0]}>
            <mesh>
              <boxGeometry args={[place.slotWidth - 0.2, 0.9, 0.5]} />
              <meshStandardMaterial color={i === 0 ? palette.failureDark : palette.panel} />
            </mesh>
            <LiveLabel
              compute={(local) => {
                const entry = cache.entriesAt(local, place.queueSlots)[i]
                return entry ? `#${entry.key}` : ''
              }}
              size={textSize.small}
              weight="mono"
              billboard
              position={[0, SLOT_LABEL_LIFT, SLOT_LABEL_Z]}
            />
          </group>
        ))}
      </Reveal>
      <Reveal
        name="Other policies note"
        at={beats.eviction + 9}
        until={beats.summary}
        effect="fade"
        position={[place.queue[0] - 0.9, 0.4, place.queue[2] + 1.4]}
      >
        <Label
          text="other policies: least frequently used, first in first out"
          size={textSize.small}
          color={palette.textMuted}
          anchorX="left"
          billboard
        />
      </Reveal>

      <Reveal
        name="Cache data as much as you can label"
        at={beats.summary}
        effect="rise"
        position={[0, 8.6, -1]}
      >
        <Label text="Cache data as much as you can" size={textSize.title} color={palette.accent} />
      </Reveal>
    </>
  )
}

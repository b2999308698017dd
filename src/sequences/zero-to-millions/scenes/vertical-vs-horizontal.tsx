import { useMemo, type ReactNode } from 'react'
import { CheckMark } from '../../../models/CheckMark'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { MeterBar } from '../../../models/MeterBar'
import { ServerRack, serverRackHeight } from '../../../models/ServerRack'
import { UserFigure } from '../../../models/UserFigure'
import { XMark } from '../../../models/XMark'
import { verticalVsHorizontal as script } from '../script/vertical-vs-horizontal'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { Grow } from '../../../world/Grow'
import { verticalVsHorizontal as place } from '../layout'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import type { ChapterSceneProps } from '../../../world/film'
import { PanelHeading } from '../../../world/PanelHeading'

const { beats } = script

/** The server grows from this size to this over the 'grow' beat: visibly bigger, not a new box. */
const UP_FROM = 0.75
const UP_TO = 1.6
/** Bars start a quarter full and are full (at the ceiling) when the server has grown. */
const BAR_FROM = 0.25
/** How long scaling up takes on screen: long enough to watch, done before the ceiling beat. */
const GROW_SECONDS = 12
/** New servers join the pool this far apart. */
const JOIN_INTERVAL = 1.2
/** The dimming pane hangs in front of the left side; the failure label sits in front of it. */
const DIM_Z = 2.6
const ADVANTAGES = [
  'No hard limit: add servers',
  'No single point of failure',
  'Grows with demand',
] as const
/** Row spacing of the advantages list. */
const ROW = 1.05

/** A side's subtitle hangs this far under its title: a title's height and a little air. */
const SUBTITLE_STEP = 1
/** Subtitles and gauge names: 36 px at 1080p from the wide split-screen shots (about 23 units). */
const SUBTITLE_SIZE = 0.6
const GAUGE_NAME_SIZE = 0.62
/** The gauges' names stand over their tops, clear of the ceiling's slab. */
const GAUGE_NAME_Y = 0.75

/**
 * The windows, from `from` on, in which the shot holds both halves: the right half has the
 * frame to itself from scaling out to the advantages, and again from the question to the end
 * (the bridge to the load balancer stays on the question's shot).
 */
function bothHalves(from: number): [number, number | undefined][] {
  return [
    [from, beats['scale-out']],
    [beats.advantages, beats.question],
  ]
}

/**
 * Chapter 3: on the left one server grows until it hits a ceiling and then fails alone; on the
 * right a pool of servers grows instead. Then the question that leads to the load balancer.
 */
export function VerticalVsHorizontalScene({ active }: ChapterSceneProps) {
  const pool = useMemo(
    () => place.poolZ.flatMap((z) => place.poolX.map((x) => [x, 0, z] as Vec3)),
    [],
  )
  const front = pool.filter((p) => p[2] > 0)
  const routes = useMemo(
    () => front.map((p) => arcCurve(place.userPort, [p[0], 1.4, p[2] + 0.7], 0, 1.2)),
    [front],
  )
  const rackTop = serverRackHeight()
  const bar = (from: number) => (fill: ReactNode) => (
    <Grow from={[1, from, 1]} to={[1, 1, 1]} at={beats.grow} duration={GROW_SECONDS}>
      {fill}
    </Grow>
  )
  return (
    <>
      <ChapterCamera active={active} position={[0, 5, 22]} target={[0, 4, 0]} />

      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats['split-screen']}
        position={[0, 6.2, 0]}
      />

      {/* The split screen. */}
      {/*
        The divider and the ceiling show while both halves are in the shot; they step out while
        the camera frames the right half alone, so no bar or pole is left cut at its edge.
      */}
      {bothHalves(beats['split-screen']).map(([from, until], i) => (
        <Reveal key={i} name={`Divider ${i + 1}`} at={from} until={until} effect="fade">
          <mesh position={[0, 4.5, -0.5]}>
            <planeGeometry args={[0.08, 9]} />
            <meshBasicMaterial color={palette.panelBorder} />
          </mesh>
        </Reveal>
      ))}
      <Reveal name="Vertical scaling heading" at={beats['split-screen']} effect="fade">
        <PanelHeading
          title="Vertical scaling"
          subtitle="scale up: a bigger machine"
          color={palette.server}
          position={[place.leftCenterX, place.titleY, 0]}
          step={SUBTITLE_STEP}
          subtitleSize={SUBTITLE_SIZE}
        />
        <PanelHeading
          title="Horizontal scaling"
          subtitle="scale out: more machines"
          color={palette.server}
          position={[place.rightCenterX, place.titleY, 0]}
          step={SUBTITLE_STEP}
          subtitleSize={SUBTITLE_SIZE}
        />
      </Reveal>

      {/* Scaling up: the server grows, and so do its CPU and memory, until the ceiling. */}
      <Reveal
        name="Scaled-up server"
        at={beats['split-screen'] + 1}
        until={beats.spof}
        position={tuple(place.upServer)}
      >
        <Grow from={UP_FROM} to={UP_TO} at={beats.grow} duration={GROW_SECONDS}>
          <ServerRack />
        </Grow>
      </Reveal>
      <Reveal
        name="Failed scaled-up server"
        at={beats.spof}
        effect="fade"
        position={tuple(place.upServer)}
      >
        <group scale={UP_TO}>
          <ServerRack status="failed" />
        </group>
        <XMark size={1.6} position={[0, rackTop * UP_TO * 0.5, 1.4]} />
      </Reveal>
      {/* The whole system goes dark with its one server. */}
      <Reveal
        name="Scale-up side shade"
        at={beats.spof + 1.5}
        until={beats['scale-out']}
        effect="fade"
        duration={1.5}
        position={[place.leftCenterX, 4.5, DIM_Z]}
      >
        <mesh>
          <planeGeometry args={[13, 9.5]} />
          <meshBasicMaterial
            color={palette.background}
            transparent
            opacity={0.7}
            depthWrite={false}
          />
        </mesh>
      </Reveal>
      <Reveal
        name="Single point of failure label"
        at={beats.spof + 1}
        effect="pop"
        position={[place.upServer[0], rackTop * UP_TO + 0.7, DIM_Z + 0.6]}
      >
        <Label text="Single point of failure" size={textSize.label} color={palette.failureText} />
      </Reveal>
      <Reveal name="Ceiling gauges" at={beats.grow} effect="fade">
        {/* MeterBar's own name sits under its foot, below the floor: name the gauges on top. */}
        <MeterBar
          label=""
          height={place.ceiling}
          color={palette.server}
          position={tuple(place.cpuBar)}
          wrapFill={bar(BAR_FROM)}
        />
        <MeterBar
          label=""
          height={place.ceiling}
          color={palette.dns}
          position={tuple(place.ramBar)}
          wrapFill={bar(BAR_FROM)}
        />
        <Label
          text="CPU"
          size={GAUGE_NAME_SIZE}
          position={[place.cpuBar[0], place.ceiling + GAUGE_NAME_Y, place.cpuBar[2]]}
        />
        <Label
          text="RAM"
          size={GAUGE_NAME_SIZE}
          position={[place.ramBar[0], place.ceiling + GAUGE_NAME_Y, place.ramBar[2]]}
        />
      </Reveal>
      {bothHalves(beats.ceiling).map(([from, until], i) => (
        <Reveal
          key={i}
          name={`Ceiling ${i + 1}`}
          at={from}
          until={until}
          effect="fade"
          position={[place.ceilingCenterX, place.ceiling + 0.08, 0.2]}
        >
          <mesh>
            <boxGeometry args={[place.ceilingWidth, 0.16, 3]} />
            <meshStandardMaterial
              color={palette.failure}
              emissive={palette.failure}
              emissiveIntensity={0.6}
              transparent
              opacity={0.75}
            />
          </mesh>
          <Label
            text="Hard limit"
            size={textSize.label}
            color={palette.failureText}
            position={[place.hardLimitX, 0.6, 1.6]}
          />
        </Reveal>
      ))}

      {/* Scaling out: servers join the pool one by one. */}
      {pool.map((p, i) => (
        <Reveal
          name={`Server ${i + 1}`}
          key={i}
          at={beats['scale-out'] + i * JOIN_INTERVAL}
          effect="rise"
          position={tuple(p)}
        >
          <ServerRack />
        </Reveal>
      ))}
      {ADVANTAGES.map((text, i) => (
        <Reveal
          name={`Check: ${text}`}
          key={text}
          at={beats.advantages + 1 + i * 1.5}
          until={beats.question}
          effect="pop"
          position={[place.advantages[0], place.advantages[1] - i * ROW, place.advantages[2]]}
        >
          <CheckMark size={0.8} />
          <Label text={text} size={textSize.label} anchorX="left" position={[0.7, 0, 0]} />
        </Reveal>
      ))}

      {/* The question: with many servers, where does a user go? */}
      <Reveal
        name="User: which server?"
        at={beats.question}
        effect="rise"
        position={tuple(place.user)}
      >
        <UserFigure />
        <Label
          text="Which server?"
          size={textSize.label}
          color={palette.accent}
          anchorX="left"
          billboard
          position={[0.9, 1.5, 0]}
        />
      </Reveal>
      {routes.map((curve, i) => (
        <Reveal
          name={`Arrow to front server ${i + 1}`}
          key={i}
          at={beats.question + 3 + i * 0.6}
          effect="fade"
          duration={1.2}
        >
          <FlowArrow curve={curve} color={palette.textMuted} inset={0.6} radius={0.04} />
        </Reveal>
      ))}
      <Reveal
        name="Next: a load balancer label"
        at={beats['to-lb']}
        effect="rise"
        position={tuple(place.nextLabel)}
      >
        <Label text="Next: a load balancer" size={textSize.title} color={palette.accent} />
      </Reveal>
    </>
  )
}

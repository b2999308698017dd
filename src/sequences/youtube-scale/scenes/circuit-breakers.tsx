import { useMemo, useRef } from 'react'
import { Color } from 'three'
import { ApiGateway } from '../../../models/ApiGateway'
import {
  CircuitBreaker,
  CIRCUIT_BREAKER_OPENNESS,
  type CircuitBreakerHandle,
} from '../../../models/CircuitBreaker'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import type { BreakerState } from '../../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../../timeline/ChapterTime'
import type { ChapterSceneProps } from '../../../world/film'
import { useChapterSim } from '../../../world/SimContext'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketSwarm } from '../../../world/PacketSwarm'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, circuitBreakers as at, heading, text } from '../layout'
import { circuitBreakers as script } from '../script/circuit-breakers'
import { breaker as breakerSim, OUTAGE_SECONDS } from '../sims/circuit-breakers'

const { beats } = script
/** Seconds on screen for a call: a quick success, a timeout (drawn at its real second), a refusal. */
const SUCCESS_TRIP = 0.9
const TIMEOUT_TRIP = 1
const REFUSED_TRIP = 0.5
const STATE_NAME: Record<BreakerState, string> = {
  CLOSED: 'CLOSED',
  OPEN: 'OPEN',
  HALF_OPEN: 'HALF_OPEN',
}
const OPENNESS: Record<BreakerState, number> = {
  CLOSED: CIRCUIT_BREAKER_OPENNESS.closed,
  OPEN: CIRCUIT_BREAKER_OPENNESS.open,
  HALF_OPEN: CIRCUIT_BREAKER_OPENNESS['half-open'],
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Component 9 and "Why Circuit Breakers?": the simulated breaker (src/sim/circuitBreaker.ts) in
 * the gateway, in front of a like service that goes down: CLOSED counts failures, OPEN refuses at
 * once, HALF_OPEN lets trial calls through, three good trials close it again.
 */
export function CircuitBreakersScene({ active }: ChapterSceneProps) {
  const cb = useChapterSim(breakerSim)
  const breaker = useRef<CircuitBreakerHandle>(null)
  useChapterFrame(
    (local) => breaker.current?.set(OPENNESS[cb.stateAt(local).state]),
    FRAME_PHASE.stage,
  )
  const from: [number, number, number] = [at.gateway[0] + 1.6, at.gateway[1] + 1.2, 0]
  const mid: [number, number, number] = [at.breaker[0] - 1, at.breaker[1] + 1.2, 0]
  const to: [number, number, number] = [at.service[0] - 1, at.service[1] + 1.2, 0]
  const paths = useMemo(
    () => ({ call: arcCurve(from, to, 0, 0.6), refused: arcCurve(from, mid, 0, 0.5) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const colors = useMemo(
    () => ({
      success: new Color(palette.success),
      failure: new Color(palette.failure),
      refused: new Color(palette.failureText),
    }),
    [],
  )
  const down = beats.outage
  const up = beats.outage + OUTAGE_SECONDS
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.closed}
        position={[heading[0], heading[1], heading[2]]}
      />
      <Reveal name="API gateway" at={beats.closed} effect="pop" position={at.gateway}>
        <ApiGateway rotation={[0, Math.PI / 2, 0]} />
        <Label
          text="API gateway"
          size={text.name}
          weight="bold"
          color={palette.balancer}
          position={[0, -0.7, 0]}
        />
      </Reveal>
      <Reveal name="Breaker" at={beats.closed} effect="pop" position={at.breaker}>
        <CircuitBreaker ref={breaker} />
        <Label text="breaker" size={text.name} weight="bold" position={[0, -0.7, 0]} />
      </Reveal>
      <Reveal name="Like service" at={beats.closed} effect="pop" position={at.service}>
        <Reveal name="Like service: up" at={beats.closed} until={down} effect="fade">
          <ServerRack />
        </Reveal>
        <Reveal name="Like service: down" at={down} until={up} effect="fade">
          <ServerRack status="failed" />
        </Reveal>
        <Reveal name="Like service: back" at={up} effect="fade">
          <ServerRack />
        </Reveal>
        <Label text="like service" size={text.name} weight="bold" position={[0, -0.7, 0]} />
      </Reveal>
      <Reveal name="Call arrow" at={beats.closed} effect="fade">
        <FlowArrow curve={paths.call} color={palette.textMuted} inset={0.1} radius={0.04} />
      </Reveal>
      <PacketSwarm
        name="Traffic: service calls"
        capacity={24}
        fill={(local, put) => {
          // The simulation runs from the chapter's start; its calls show once the gateway does.
          if (local < beats.closed) return
          for (const c of cb.callsIn(Math.max(0, local - TIMEOUT_TRIP - 0.2), local)) {
            const age = local - c.time
            if (c.outcome === 'rejected') {
              if (age < REFUSED_TRIP) put(paths.refused, age / REFUSED_TRIP, colors.refused)
            } else if (c.outcome === 'success') {
              if (age < SUCCESS_TRIP) put(paths.call, age / SUCCESS_TRIP, colors.success)
            } else {
              // A timeout: the call reaches the dead service and hangs there for its second.
              put(paths.call, Math.min(1, age / SUCCESS_TRIP), colors.failure)
            }
          }
        }}
      />

      <Reveal name="Breaker state" at={beats.closed} effect="rise" position={at.state}>
        <LiveLabel
          compute={(local) => STATE_NAME[cb.stateAt(local).state]}
          size={text.heading}
          weight="bold"
          color={palette.text}
        />
      </Reveal>
      <Reveal name="Breaker counts" at={beats.closed + 1} effect="rise" position={at.stats}>
        <LiveLabel
          compute={(local) => `failures in the last 10 s: ${cb.stateAt(local).windowFailures}`}
          size={text.body}
          anchorX="left"
        />
        <LiveLabel
          compute={(local) =>
            `refused at once in the last 10 s: ${cb.stateAt(local).windowRejected}`
          }
          size={text.body}
          anchorX="left"
          position={[0, -at.statPitch, 0]}
        />
        <LiveLabel
          compute={(local) => {
            const s = cb.stateAt(local)
            return `callers waited ${seconds(s.waitedMs)}; with no breaker: ${seconds(s.waitedWithoutBreakerMs)}`
          }}
          size={text.body}
          anchorX="left"
          position={[0, -2 * at.statPitch, 0]}
        />
      </Reveal>
      <Reveal
        name="Open note"
        at={beats.open}
        until={beats.degrade}
        effect="rise"
        position={[at.breaker[0], at.breaker[1] - at.noteBelow, 0]}
      >
        <Label
          text="open: refused in 1 ms, no waiting"
          size={text.body}
          color={palette.failureText}
        />
      </Reveal>
      <Reveal
        name="Half-open note"
        at={beats['half-open']}
        until={beats.degrade}
        effect="rise"
        position={[at.breaker[0], at.breaker[1] - at.noteBelow - at.notePitch, 0]}
      >
        <Label text="half open: a few trial calls" size={text.body} color={palette.accent} />
      </Reveal>
      <Reveal
        name="Recovered note"
        at={beats.recovered}
        until={beats.degrade}
        effect="rise"
        position={[at.breaker[0], at.breaker[1] - at.noteBelow - 2 * at.notePitch, 0]}
      >
        <Label
          text="3 good trials: closed again, automatically"
          size={text.body}
          color={palette.success}
        />
      </Reveal>
      <Reveal name="Without a breaker" at={beats.degrade} effect="rise" position={at.without}>
        {['Without: one service down = whole site down', '(cascading failures, long timeouts)'].map(
          (line, i) => (
            <Label
              key={line}
              text={line}
              size={text.body}
              color={palette.failureText}
              anchorX="left"
              position={[0, -at.comparePitch * i, 0]}
            />
          ),
        )}
      </Reveal>
      <Reveal name="With a breaker" at={beats.degrade + 1.5} effect="rise" position={at.with}>
        {/* Three short lines: the last two in one would run past the frame's safe area. */}
        {[
          'With: the page says likes unavailable',
          '(graceful degradation:',
          'the site stays up)',
        ].map((line, i) => (
          <Label
            key={line}
            text={line}
            size={text.body}
            color={palette.success}
            anchorX="left"
            position={[0, -at.comparePitch * i, 0]}
          />
        ))}
      </Reveal>
    </>
  )
}

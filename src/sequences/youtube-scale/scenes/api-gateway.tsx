import { ApiGateway } from '../../../models/ApiGateway'
import { CacheBlock } from '../../../models/CacheBlock'
import { CheckMark } from '../../../models/CheckMark'
import { CircuitBreaker } from '../../../models/CircuitBreaker'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { MeterBar } from '../../../models/MeterBar'
import { ServerRack } from '../../../models/ServerRack'
import { UserFigure } from '../../../models/UserFigure'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { Grow } from '../../../world/Grow'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { apiGateway as at, board, heading, text } from '../layout'
import { GoalStamp } from '../parts/GoalStamp'
import { Named } from '../parts/Named'
import { apiGateway as script } from '../script/api-gateway'

const { beats } = script
/** The document's three limits. */
const LIMITS = [
  { name: 'General', rule: '100 / 15 min' },
  { name: 'Auth', rule: '5 / 15 min' },
  { name: 'Upload', rule: '10 / hour' },
] as const
/** The flood: login attempts from one caller, this far apart; the sixth is over the limit. */
const ATTEMPTS = 8
const AUTH_LIMIT = 5
const ATTEMPT_GAP = 0.7
const TRIP = 1.2
/** Services the gateway routes to; each route has its own breaker. */
const ROUTES = ['User service', 'Video service', 'Comment service', 'Like service'] as const

/**
 * Component 2: the gateway checks the caller's token, counts against three limits kept in Redis
 * (a flood of logins gets 429 after the fifth), validates, and routes each call to its service
 * through a breaker of its own.
 */
export function ApiGatewayScene({ active }: ChapterSceneProps) {
  const gateIn: [number, number, number] = [at.gateway[0] - 1.8, at.gateway[1] + 1.2, 0]
  const gateOut: [number, number, number] = [at.gateway[0] + 1.9, at.gateway[1] + 1.2, 0]
  const fromCaller = arcCurve([at.caller[0] + 0.8, at.caller[1] + 1.2, 0], gateIn, 0, 0.8)
  const through = arcCurve([at.caller[0] + 0.8, at.caller[1] + 1.2, 0], gateOut, 0, 1.2)
  const authX = at.limitsX[1]
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.gate}
        position={[heading[0], heading[1], heading[2]]}
      />
      <Reveal name="API gateway" at={beats.gate} effect="pop" position={at.gateway}>
        <Named name="API gateway" nameAt={3.4} color={palette.balancer}>
          <ApiGateway checks={3} />
        </Named>
      </Reveal>
      <Reveal name="Caller" at={beats.gate} until={beats.routing} effect="pop" position={at.caller}>
        <UserFigure />
        <Label text="caller" size={text.body} position={[0, -0.6, 0]} />
      </Reveal>

      {/* The token, checked before anything else runs. */}
      <PacketTrip
        name="Token packet"
        curve={through}
        at={beats.gate + 1}
        duration={2}
        dwell={1.5}
        label="JWT"
        labelColor={palette.accent}
        labelSize={text.body}
      />
      <Reveal
        name="Token check"
        at={beats.gate + 3}
        until={beats.limits}
        effect="pop"
        position={at.token}
      >
        <CheckMark size={0.8} />
        <Label
          text="token valid: who is calling"
          size={text.body}
          anchorX="left"
          position={[1, 0, 0]}
        />
      </Reveal>

      {/* Three limits, counted in Redis so every copy of the gateway sees one count. */}
      <Reveal name="Rate limits" at={beats.limits} until={beats.routing} effect="rise">
        {LIMITS.map((limit, i) => (
          <group key={limit.name} position={[at.limitsX[i]!, at.limitY - at.limitHeight, 0]}>
            <MeterBar
              label=""
              height={at.limitHeight}
              color={palette.cache}
              fill={i === 1 ? 1 : 0.3 + 0.15 * i}
              wrapFill={
                i === 1
                  ? (f) => (
                      <Grow
                        from={[1, 0.001, 1]}
                        to={[1, 1, 1]}
                        at={beats.flood + 1 + TRIP}
                        duration={(AUTH_LIMIT - 1) * ATTEMPT_GAP}
                      >
                        {f}
                      </Grow>
                    )
                  : undefined
              }
            />
            <Label text={limit.rule} size={text.body} position={[0, at.limitHeight + 0.6, 0]} />
            <Label text={limit.name} size={text.body} weight="bold" position={[0, -0.6, 0]} />
          </group>
        ))}
        <group position={at.redis}>
          <CacheBlock size={0.8} />
          <Label
            text="one shared count, in Redis"
            size={text.body}
            anchorX="left"
            position={[1, 0, 0]}
          />
        </group>
      </Reveal>

      {/* A flood of logins: five pass, the rest are refused at the gate. */}
      <Reveal
        name="Login flood heading"
        at={beats.flood}
        until={beats.routing}
        effect="rise"
        position={at.flood}
      >
        <Label text="One caller tries 8 logins" size={text.name} weight="bold" anchorX="left" />
      </Reveal>
      {Array.from({ length: ATTEMPTS }, (_, i) => {
        const ok = i < AUTH_LIMIT
        return (
          <PacketTrip
            name={`Attempt ${i + 1}`}
            key={i}
            curve={ok ? through : fromCaller}
            at={beats.flood + 1 + i * ATTEMPT_GAP}
            duration={TRIP}
            dwell={ok ? 0.2 : 1}
            color={ok ? palette.request : palette.failure}
          />
        )
      })}
      <Reveal
        name="429 label"
        at={beats.flood + 1 + AUTH_LIMIT * ATTEMPT_GAP + TRIP}
        until={beats.routing}
        effect="pop"
        position={at.refused}
      >
        <Label
          text="6th: 429 Too Many Requests"
          size={text.name}
          color={palette.failureText}
          weight="bold"
        />
      </Reveal>
      <Reveal
        name="Full label"
        at={beats.flood + 1 + AUTH_LIMIT * ATTEMPT_GAP + TRIP}
        until={beats.routing}
        effect="fade"
        position={[authX, at.limitY + 1.3, 0]}
      >
        <Label text="full" size={text.body} color={palette.failureText} />
      </Reveal>

      {/* Validated calls are routed, each through its service's breaker. */}
      {ROUTES.map((name, i) => {
        const y = at.routeY[i]!
        return (
          <group key={name}>
            <Reveal name={`Route arrow: ${name}`} at={beats.routing + 0.3 * i} effect="fade">
              <FlowArrow
                curve={arcCurve(gateOut, [at.breakerX - 1.3, y + 0.5, 0], 0, 0)}
                color={palette.request}
                inset={0.1}
                radius={0.05}
              />
            </Reveal>
            <Reveal
              name={`Breaker: ${name}`}
              at={beats.routing + 0.3 * i}
              effect="pop"
              position={[at.breakerX, y, 0]}
            >
              <CircuitBreaker state="closed" />
            </Reveal>
            <Reveal
              name={name}
              at={beats.routing + 0.3 * i}
              effect="pop"
              position={[at.routeX, y - 0.4, 0]}
            >
              <ServerRack units={2} scale={0.7} />
              <Label text={name} size={text.body} anchorX="left" position={[0.9, 0.9, 0]} />
            </Reveal>
          </group>
        )
      })}
      <Reveal
        name="Routing note"
        at={beats.routing + 1.5}
        effect="rise"
        position={[at.breakerX + 1.5, at.routeY[0]! + at.routeNoteAbove, 0]}
      >
        <Label
          text="validated, then routed via a breaker"
          size={text.body}
          color={palette.textMuted}
        />
      </Reveal>
      <Reveal name="Goal stamp" at={beats.target} effect="rise" position={at.stamp}>
        <GoalStamp figure="100K+ requests/second" width={10} />
      </Reveal>
    </>
  )
}

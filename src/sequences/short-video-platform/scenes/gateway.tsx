import { useMemo } from 'react'
import { ApiGateway } from '../../../models/ApiGateway'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { LoadBalancer } from '../../../models/LoadBalancer'
import { ServerRack } from '../../../models/ServerRack'
import { UserDevice } from '../../../models/UserDevice'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { useChapterSim } from '../../../world/SimContext'
import { halves, inShot, shot, text } from '../layout'
import { Panel } from '../parts/Panel'
import { Stream } from '../parts/Stream'
import { TokenBucketView } from '../parts/TokenBucketView'
import { Opening } from '../parts/Opening'
import { gateway as script } from '../script/gateway'
import { BUCKET_SIZE, bucket as bucketSim, TIER_PER_MINUTE } from '../sims/gateway'

const { beats } = script
const gate = shot(0)
const alb = shot(1)

/** The gate in the middle of the picture, the client left of it, the gauge above-left. */
const GATE_X = -5
const GATE_Y = -3.6
const GATE_SCALE = 1.1
/** Requests are judged just in front of the gate's opening, at chest height. */
const JUDGED: [number, number, number] = [GATE_X, GATE_Y + 1.3, 1.2]

/**
 * The client stands this far left: its name, centred under the phone, then starts inside the
 * frame's title-safe area (5 % in from the edge, about -9.9 at the shot's depth).
 */
const CLIENT_X = -9.1
/** The rate's line starts just inside the title-safe area's left edge, above the gauge. */
const RATE_LINE_X = -9.75

const TARGET_X = [-8.6, -5.4, -2.2]
/**
 * The racks stand this much higher than a centred picture's would: the target group's name
 * under them then clears a two-line caption at the frame's foot. The balancer rises a little
 * less, so the arrows down to the racks keep a readable length.
 */
const RACK_LIFT = 1.5
const BALANCER_LIFT = 1.2
/** The balancer, and its racks, in the load-balancer shot. */
const ALB_Y = 1.2 + BALANCER_LIFT
const RACK_Y = -3.4 + RACK_LIFT
/** The TLS note rises less than the picture: it keeps to the title-safe area at the top. */
const TLS_NOTE_Y = 4.95

export function GatewayScene({ active }: ChapterSceneProps) {
  const bucket = useChapterSim(bucketSim)
  const targets = useMemo(
    () =>
      TARGET_X.map((x) =>
        arcCurve(inShot(alb, [-5.4, ALB_Y, 0]), inShot(alb, [x, RACK_Y + 1, 0]), 0, 0.3),
      ),
    [],
  )
  return (
    <>
      <Opening
        active={active}
        shot={gate}
        title={script.title}
        at={beats['heading-in']}
        until={beats.gate}
      />

      <Panel
        at={beats.gate}
        until={beats.alb}
        position={inShot(gate, halves.panel)}
        width={halves.panelWidth}
        title="API gateway"
        accent={palette.balancer}
        items={[
          { at: beats.bucket, lines: ['Rate limiting', '(token bucket algorithm)'] },
          { at: beats.jwt, lines: ['Authentication (JWT validation)'] },
          { at: beats.transform, lines: ['Request/response transformation'] },
          { at: beats.versioning, lines: ['API versioning & routing'] },
          { at: beats.protocols, lines: ['Protocol translation', '(REST / GraphQL / WebSocket)'] },
        ]}
      />
      <Reveal
        name="API gateway"
        at={beats.gate}
        until={beats.alb}
        position={inShot(gate, [GATE_X, GATE_Y, 0])}
      >
        <ApiGateway scale={GATE_SCALE} checks={5} />
      </Reveal>
      <Reveal
        name="Client"
        at={beats.bucket}
        until={beats.alb}
        position={inShot(gate, [CLIENT_X, GATE_Y + 0.4, 0])}
      >
        <UserDevice kind="phone" scale={1.3} />
        <Label text="Client" size={text.body} position={[0, -0.5, 0]} />
      </Reveal>
      <Reveal name="Token bucket" at={beats.bucket} until={beats.alb} effect="fade">
        <TokenBucketView
          bucket={bucket}
          from={beats.bucket}
          position={inShot(gate, [0, 0, 0])}
          gauge={[-9.2, 0.2, 0]}
          client={[CLIENT_X, GATE_Y + 1.2, 0.4]}
          gate={JUDGED}
          pass={[-0.6, GATE_Y + 1, 1]}
          reject={[-7.6, GATE_Y - 0.2, 1.4]}
        />
        <Label
          text={`Token bucket: ${TIER_PER_MINUTE} requests/min, ${BUCKET_SIZE} at once`}
          size={text.body}
          color={palette.accent}
          anchorX="left"
          position={inShot(gate, [RATE_LINE_X, 5.3, 0])}
        />
      </Reveal>

      {/* The application load balancer spreads what the gate lets through. */}
      <Panel
        at={beats.alb}
        position={inShot(alb, halves.panel)}
        width={halves.panelWidth}
        title="Application load balancer"
        accent={palette.balancer}
        items={[
          { at: beats.tls, lines: ['SSL/TLS termination'] },
          {
            at: beats.distribution,
            lines: ['Traffic distribution: round', 'robin / least connections'],
          },
          { at: beats.health, lines: ['Health checks (target groups)'] },
          { at: beats.sticky, lines: ['Sticky sessions support'] },
        ]}
      />
      <Reveal name="Load balancer" at={beats.alb} position={inShot(alb, [-5.4, ALB_Y, 0])}>
        <LoadBalancer scale={1.3} />
      </Reveal>
      <Reveal
        name="TLS note"
        at={beats.tls}
        effect="fade"
        position={inShot(alb, [-5.4, TLS_NOTE_Y, 0])}
      >
        <Label text="HTTPS ends here" size={text.body} color={palette.balancer} />
      </Reveal>
      {TARGET_X.map((x, i) => (
        <Reveal
          key={x}
          name={`Target ${i + 1}`}
          at={beats.distribution + i * 0.3}
          position={inShot(alb, [x, RACK_Y, 0])}
        >
          <ServerRack scale={0.75} />
        </Reveal>
      ))}
      <Reveal
        name="Target group name"
        at={beats.health}
        effect="fade"
        position={inShot(alb, [-5.4, RACK_Y - 0.7, 0])}
      >
        <Label text="Target group" size={text.body} color={palette.server} />
      </Reveal>
      {targets.map((curve, i) => (
        <Reveal
          key={i}
          name={`Arrow to target ${i + 1}`}
          at={beats.distribution + 0.4 + i * 0.3}
          effect="fade"
        >
          <FlowArrow curve={curve} color={palette.balancer} inset={0.6} radius={0.05} active />
        </Reveal>
      ))}
      <Stream
        name="Traffic: gateway to the targets"
        paths={targets}
        from={beats.distribution + 1}
        until={script.duration}
        every={0.4}
        travel={1}
        color={palette.request}
      />
    </>
  )
}

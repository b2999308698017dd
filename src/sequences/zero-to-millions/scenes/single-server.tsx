import { useMemo } from 'react'
import { Callout } from '../../../models/Callout'
import { CacheBlock } from '../../../models/CacheBlock'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { DnsServer } from '../../../models/DnsServer'
import { Enclosure } from '../../../models/Enclosure'
import { Label } from '../../../models/Label'
import { Packet } from '../../../models/Packet'
import { ServerRack, serverRackHeight } from '../../../models/ServerRack'
import { UserDevice } from '../../../models/UserDevice'
import { UserFigure } from '../../../models/UserFigure'
import { singleServer as script } from '../script/single-server'
import { randomAt } from '../../../timeline/random'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { singleServer as place } from '../layout'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { RequestStep } from '../../../world/RequestStep'
import { Travel } from '../../../world/Travel'
import { textSize } from '../../../world/typography'
import type { ChapterSceneProps } from '../../../world/film'

const { beats } = script

/** The sample API reply the mobile app receives (our own example of a small JSON document). */
const SAMPLE_JSON = [
  '{',
  '  "id": 12,',
  '  "firstName": "Ada",',
  '  "lastName": "Lovelace",',
  '  "city": "London",',
  '  "plan": "pro"',
  '}',
] as const

/** Seconds a packet takes between user and DNS or server: about 5 units a second. */
const HOP_SECONDS = 3
/** Requests arc high and responses low, so a request and its answer never share a path. */
const REQUEST_LIFT = 3.2
const RESPONSE_LIFT = 1.4
/**
 * User and server trips pass in front of DNS (toward the camera), never through its tower: the
 * request arcs up, its response sags below the straight line, so the two stay apart on screen.
 */
const SERVER_REQUEST_SIDE = 2.4
const SERVER_REQUEST_LIFT = 1.9
const SERVER_RESPONSE_SIDE = 1.6
const SERVER_RESPONSE_LIFT = -0.5

/** Crowd that arrives when traffic grows: how many, where, and over how long. */
const CROWD_SIZE = 24
const CROWD_AREA = { x: [-15, -5.5], z: [-3, 6.5] } as const
const CROWD_ARRIVAL_SECONDS = 5
/** Requests the crowd sends between arriving and the chapter's end. */
const TRAFFIC_PACKETS = 48
const TRAFFIC_HOP_SECONDS = 2.2

/**
 * The scene's names (user, server) are read from wide shots about 20–27 units away: a quarter
 * over the label size keeps them at 36 px or more at 1080p.
 */
const SCENE_LABEL_SIZE = textSize.label * 1.25
/** DNS stands at the back of the scene, the farthest from the camera: its name is larger still. */
const DNS_LABEL_SIZE = textSize.label * 1.55
/**
 * DNS's name stands this high over its tower: above where the name and the address, riding
 * their packets, arrive at and leave the tower, so they never pass over it.
 */
const DNS_LABEL_Y = 4.3
/** The name and the address ride their packets all the way back to DNS: larger than a label. */
const PACKET_LABEL_SIZE = textSize.label * 1.25
/**
 * The DNS note hangs above and in front of DNS (clear of its name), with its body over label
 * size so it reads from the wide shot.
 */
const DNS_NOTE_POSITION: [number, number, number] = [5.2, 8.6, -3]
const DNS_NOTE_WIDTH = 13
const DNS_NOTE_BODY_SIZE = textSize.label * 1.1
/** The steps' numbered badges are read from the wide shot: a tenth over their own size. */
const STEP_BADGE_SCALE = 1.1
/**
 * Step 3's badge sits above its arc, past DNS (the middle of the arc lies in front of DNS);
 * step 4's under the middle of its own, below both arcs.
 */
const STEP_3_BADGE: [number, number, number] = [0, 0.8, 0]
const STEP_3_ALONG = 0.72
/** Step 4's badge a little nearer the user, so its note ends clear of the server. */
const STEP_4_ALONG = 0.6
const STEP_4_BADGE: [number, number, number] = [0, -0.75, 0]

/** The user's name floats well over the figure's head, above the address DNS sends back, which waits at the user's chest. */
const USER_LABEL_Y = 3.4

const above = (v: Vec3, dy: number): [number, number, number] => [v[0], v[1] + dy, v[2]]

/**
 * Chapter 1: a single server. The user, DNS and one web server; a request's four steps; the JSON
 * an API call returns; what lives inside the box; and the question of what happens when traffic
 * grows.
 */
export function SingleServerScene({ active }: ChapterSceneProps) {
  const toDns = useMemo(() => arcCurve(place.userPort, place.dnsPort, 0, REQUEST_LIFT), [])
  const fromDns = useMemo(() => arcCurve(place.dnsPort, place.userPort, 0, RESPONSE_LIFT), [])
  // The HTTP trip bows toward the camera, in front of DNS, never through it: this request does
  // not touch DNS at all.
  const toServer = useMemo(
    () => arcCurve(place.userPort, place.serverPort, SERVER_REQUEST_SIDE, SERVER_REQUEST_LIFT),
    [],
  )
  const fromServer = useMemo(
    () => arcCurve(place.serverPort, place.userPort, -SERVER_RESPONSE_SIDE, SERVER_RESPONSE_LIFT),
    [],
  )

  // The crowd and its requests: seeded, so every run and every export shows the same crowd.
  const crowd = useMemo(
    () =>
      Array.from({ length: CROWD_SIZE }, (_, i) => {
        const x =
          CROWD_AREA.x[0] + (CROWD_AREA.x[1] - CROWD_AREA.x[0]) * randomAt('ch01-crowd-x', i)
        const z =
          CROWD_AREA.z[0] + (CROWD_AREA.z[1] - CROWD_AREA.z[0]) * randomAt('ch01-crowd-z', i)
        const arrive = beats['traffic-grows'] + CROWD_ARRIVAL_SECONDS * randomAt('ch01-crowd-t', i)
        return { position: [x, 0, z] as Vec3, arrive }
      }),
    [],
  )
  const traffic = useMemo(
    () =>
      Array.from({ length: TRAFFIC_PACKETS }, (_, i) => {
        const from = crowd[i % CROWD_SIZE]!
        const start =
          Math.max(from.arrive, beats['traffic-grows']) + 14 * randomAt('ch01-traffic', i)
        return { curve: arcCurve(above(from.position, 1.6), place.serverPort, 0), start }
      }),
    [crowd],
  )

  const rackTop = serverRackHeight()
  return (
    <>
      <ChapterCamera active={active} position={[0, 5, 20]} target={[0, 3, 0]} />

      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats['server-in'] - 0.5}
        position={[0, 4, 0]}
      />

      {/* The web server, healthy until the chapter's end, when it overloads. */}
      <Reveal
        name="Web server"
        at={beats['server-in']}
        until={beats.inside}
        position={tuple(place.server)}
      >
        <ServerRack status="ok" />
        <Label
          text="Web server"
          size={SCENE_LABEL_SIZE}
          billboard
          position={[0, rackTop + 0.7, 0]}
        />
      </Reveal>
      <Reveal
        name="Web server, pulled back"
        at={beats['pull-back']}
        until={beats.overload}
        position={tuple(place.server)}
      >
        <ServerRack status="ok" />
        <Label
          text="Web server"
          size={SCENE_LABEL_SIZE}
          billboard
          position={[0, rackTop + 0.7, 0]}
        />
      </Reveal>
      <Reveal
        name="Overloaded server"
        at={beats.overload}
        effect="fade"
        position={tuple(place.server)}
      >
        <ServerRack status="failed" />
        <Label
          text="Overloaded!"
          size={SCENE_LABEL_SIZE}
          color={palette.failureText}
          billboard
          position={[0, rackTop + 0.7, 0]}
        />
      </Reveal>

      <Reveal name="User" at={beats['users-in']} position={tuple(place.user)}>
        <UserFigure />
        <Label text="User" size={SCENE_LABEL_SIZE} billboard position={[0, USER_LABEL_Y, 0]} />
      </Reveal>
      <Reveal name="Laptop" at={beats['users-in'] + 1} position={tuple(place.laptop)}>
        <UserDevice kind="laptop" />
        {/*
          In front of the device, just above the floor and far enough out to clear it in the
          close-up; nudged apart from the app's name. The devices' names leave when the crowd
          arrives (Chapter 2 shows the devices unnamed).
        */}
        <Reveal
          name="Web browser label"
          at={beats['users-in'] + 1}
          until={beats['traffic-grows']}
          effect="fade"
        >
          <Label text="Web browser" billboard position={[-0.4, 0.4, 2]} />
        </Reveal>
      </Reveal>
      <Reveal name="Phone" at={beats['users-in'] + 2.5} position={tuple(place.phone)}>
        <UserDevice kind="phone" />
        <Reveal
          name="Mobile app label"
          at={beats['users-in'] + 2.5}
          until={beats['traffic-grows']}
          effect="fade"
        >
          <Label text="Mobile app" billboard position={[0.4, 0.4, 1.7]} />
        </Reveal>
      </Reveal>

      <Reveal name="DNS server" at={beats['dns-in']} position={tuple(place.dns)}>
        <DnsServer />
        <Label text="DNS" size={DNS_LABEL_SIZE} billboard position={[0, DNS_LABEL_Y, 0]} />
      </Reveal>

      {/* Step 1: the name goes to DNS. */}
      <RequestStep
        step={1}
        curve={toDns}
        at={beats['step-1']}
        until={beats.json}
        color={palette.request}
        drawSeconds={HOP_SECONDS}
        badgeOffset={[0, 1, 0]}
        badgeScale={STEP_BADGE_SCALE}
        packet={{
          duration: HOP_SECONDS,
          label: 'www.mysite.com',
          labelSize: PACKET_LABEL_SIZE,
          labelWeight: 'mono',
        }}
      />

      {/* Step 2: DNS answers with the address. */}
      <RequestStep
        step={2}
        curve={fromDns}
        at={beats['step-2']}
        until={beats.json}
        color={palette.response}
        drawSeconds={HOP_SECONDS}
        badgeOffset={[0, -0.9, 0]}
        badgeScale={STEP_BADGE_SCALE}
        badgeColor={palette.response}
        packet={{
          duration: HOP_SECONDS,
          dwell: 6,
          label: '15.125.23.214',
          labelColor: palette.response,
          labelSize: PACKET_LABEL_SIZE,
          labelWeight: 'mono',
        }}
      />

      <Reveal
        name="DNS note"
        at={beats['dns-note']}
        until={beats['step-3']}
        effect="rise"
        position={DNS_NOTE_POSITION}
      >
        <Callout
          title="DNS lives outside our server"
          lines={[
            'A paid service from a hosting provider:',
            'it maps www.mysite.com to 15.125.23.214',
          ]}
          width={DNS_NOTE_WIDTH}
          accent={palette.dns}
          bodySize={DNS_NOTE_BODY_SIZE}
        />
      </Reveal>

      {/* Step 3: the HTTP request goes straight to the server's address. */}
      <RequestStep
        step={3}
        curve={toServer}
        at={beats['step-3']}
        until={beats.json}
        color={palette.request}
        drawSeconds={HOP_SECONDS}
        badgeAlong={STEP_3_ALONG}
        badgeOffset={STEP_3_BADGE}
        badgeScale={STEP_BADGE_SCALE}
        packet={{ duration: HOP_SECONDS + 1, label: 'HTTP request', labelSize: textSize.label }}
      />

      {/* Step 4: HTML for the browser, JSON for the app. */}
      <RequestStep
        step={4}
        curve={fromServer}
        at={beats['step-4']}
        until={beats.json}
        color={palette.response}
        drawSeconds={HOP_SECONDS}
        badgeAlong={STEP_4_ALONG}
        badgeOffset={STEP_4_BADGE}
        badgeScale={STEP_BADGE_SCALE}
        badgeColor={palette.response}
        packet={{ duration: HOP_SECONDS + 1 }}
        note={{ text: 'HTML page or JSON', size: textSize.label }}
      />

      <Reveal
        name="JSON response"
        at={beats.json}
        until={beats.inside}
        effect="rise"
        position={tuple(place.jsonCallout)}
      >
        <Callout title="GET /users/12" lines={SAMPLE_JSON} width={7.4} code />
      </Reveal>

      {/* Inside the box: three roles sharing one machine, where the server stood. */}
      <Reveal
        name="Machine outline"
        at={beats.inside}
        until={beats['pull-back']}
        effect="fade"
        position={tuple(place.server)}
      >
        <Enclosure size={place.machineSize} />
        <Label
          text="One machine: shared CPU, memory and disk"
          size={textSize.small}
          color={palette.accent}
          billboard
          position={[0, place.machineSize[1] + 1.1, 0]}
        />
      </Reveal>
      <Reveal
        name="Inside: web app"
        at={beats.inside + 0.6}
        until={beats['pull-back']}
        effect="rise"
        position={tuple(place.insideWeb)}
      >
        <ServerRack units={1} scale={0.8} />
        <Label text="Web app" size={textSize.small} billboard position={[0, 1.4, 0]} />
      </Reveal>
      <Reveal
        name="Inside: database"
        at={beats.inside + 1.2}
        until={beats['pull-back']}
        effect="rise"
        position={tuple(place.insideDb)}
      >
        <DatabaseCylinder scale={0.55} />
        <Label text="Database" size={textSize.small} billboard position={[0, 1.6, 0]} />
      </Reveal>
      <Reveal
        name="Inside: cache"
        at={beats.inside + 1.8}
        until={beats['pull-back']}
        effect="rise"
        position={tuple(place.insideCache)}
      >
        <CacheBlock scale={0.8} />
        <Label text="Cache" size={textSize.small} billboard position={[0, 1.2, 0]} />
      </Reveal>

      {/* Traffic grows: a crowd arrives and floods the single server. */}
      {crowd.map((c, i) => (
        <Reveal
          name={`Crowd user ${i + 1}`}
          key={i}
          at={c.arrive}
          effect="rise"
          position={tuple(c.position)}
          duration={0.6}
        >
          <UserFigure scale={0.7} />
        </Reveal>
      ))}
      {traffic.map((p, i) => (
        <Travel
          name={`Traffic packet ${i + 1}`}
          key={i}
          curve={p.curve}
          at={p.start}
          duration={TRAFFIC_HOP_SECONDS}
          dwell={0}
        >
          <Packet color={palette.request} size={0.2} />
        </Travel>
      ))}
      <Reveal name="Question" at={beats.question} effect="rise" position={[0, 7.6, -2]}>
        <Label
          text="What happens when traffic grows?"
          size={textSize.title}
          color={palette.accent}
        />
      </Reveal>
    </>
  )
}

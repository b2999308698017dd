import { useMemo } from 'react'
import { CurvePath, type Curve, type Vector3 } from 'three'
import { CacheBlock } from '../../../models/CacheBlock'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { Enclosure } from '../../../models/Enclosure'
import { FlowArrow } from '../../../models/FlowArrow'
import { GlueIcon } from '../../../models/GlueIcon'
import { Label } from '../../../models/Label'
import { LoadBalancer } from '../../../models/LoadBalancer'
import { NoSqlStore, noSqlRowPosition, noSqlStoreHeight } from '../../../models/NoSqlStore'
import { ServerRack, serverRackHeight } from '../../../models/ServerRack'
import { SessionToken } from '../../../models/SessionToken'
import { UserFigure } from '../../../models/UserFigure'
import { stateless as script } from '../script/stateless'
import type { Sessions } from '../../../sim'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { statelessLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { Slide } from '../../../world/Slide'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import {
  autoscaler as autoscalerSim,
  FAIL_DELAY,
  OWNERS,
  sharedSessions,
  stickySessions,
} from '../sims/stateless'
import type { ChapterSceneProps } from '../../../world/film'
import { AutoscaleStage } from '../parts/AutoscaleStage'
import { PanelHeading } from '../../../world/PanelHeading'
import { SESSION_RACK_UNITS, SessionServer } from '../../../world/traffic/SessionServer'
import { SessionTraffic } from '../../../world/traffic/SessionTraffic'
import { CARD_SCALE, CARD_SPACING, StickyTokens } from '../../../world/traffic/StickyTokens'

const { beats } = script

/** The glue pours onto User A's card from beside Server 1, on the side away from the others. */
const GLUE_BESIDE: Vec3 = [-1.75, 0, 0.1]
/** "log in again" stays while the request flies (0.9 s) and rests on the server (2.5 s). */
const RELOGIN_SHOWN = 3.4
/** It hangs over the server's name, a line above it. */
const RELOGIN_LIFT = 1.6
const STORE_ROWS = 3
/**
 * Large enough that a session card fits a row at full size: its letter then stays 36 px at 1080p
 * in the wide shot.
 */
const STORE_SIZE = 1.77
/** The rows under each panel's title, and the names that matter in the split frame. */
const ROW_SIZE = 0.6
const NAME_SIZE = 0.64
/** The updated architecture's names: the shot is wide, so they are set large. */
const ARCH_NAME_SIZE = 0.8
/**
 * The architecture's names fade in once the camera's long flight to it is nearly over: seen from
 * mid-flight they would be too small to read.
 */
const ARCH_NAMES_AFTER = 1.5
/** A card's height at scale 1 (the SessionToken model's). */
const CARD_HEIGHT = 0.62
/** The chart keeps drawing while the camera travels on. */
const CHART_SECONDS = 15

/**
 * Alone on screen, the stateful panel's titles hang lower, near its servers, for a closer shot;
 * they rise to the height of the stateless panel's (which clear its store) as the split opens.
 */
const TITLE_DROPPED: Vec3 = [0, -2.2, 0]
const TITLE_RISE = 2
/** The heading has left before the first panel arrives (a reveal takes 0.8 s). */
const HEADING_CLEAR = 0.7
/** The opening camera looks down at about this angle (radians). */
const HEADING_TILT = 0.58

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const userSpot = (cx: number, k: number): Vec3 => [cx + place.columns[k]!, 0, place.userZ]
const serverSpot = (cx: number, j: number): Vec3 => [cx + place.columns[j]!, 0, place.serverZ]
const userPort = (cx: number, k: number): Vec3 => [cx + place.columns[k]!, 1.2, place.userZ - 0.5]
const serverPort = (cx: number, j: number): Vec3 => [
  cx + place.columns[j]!,
  1.15,
  place.serverZ + 0.8,
]
/** On the face of a panel server, low, where the sessions it holds are pinned. */
const sessionSpot = (cx: number, j: number): Vec3 => [
  cx + place.columns[j]!,
  0.3,
  place.serverZ + 0.75,
]

/** Every path from each user to each server in a panel; crossing paths arc higher. */
function panelPaths(cx: number): Curve<Vector3>[][] {
  return OWNERS.map((_, k) =>
    OWNERS.map((_, j) =>
      arcCurve(userPort(cx, k), serverPort(cx, j), 0, 0.9 + 0.5 * Math.abs(k - j)),
    ),
  )
}

/**
 * Which user id each figure shows: the figure in column k is the user whose first request the
 * sticky model placed on server k, so "User A" is, by the model, the one stuck to Server 1.
 */
function figuresOf(sessions: Sessions, until: number): number[] {
  const figures: (number | undefined)[] = OWNERS.map(() => undefined)
  const seen = new Set<number>()
  for (const r of sessions.requestsIn(0, until)) {
    if (seen.has(r.userId)) continue
    seen.add(r.userId)
    const j = sessions.params.servers.findIndex((s) => s.id === r.server)
    if (j >= 0 && figures[j] === undefined) figures[j] = r.userId
  }
  // A user who never showed up (a very low sim.load) still gets a figure.
  const users = sessions.arrivals.params.users
  const rest = Array.from({ length: users }, (_, u) => u).filter((u) => !figures.includes(u))
  return figures.map((u) => u ?? rest.shift() ?? 0)
}

/**
 * Chapter 8: a stateless web tier. Sticky and shared sessions side by side, driven by the two
 * session models with the same users and the same server failure; then the autoscaler adding
 * and removing servers as the load moves; then the architecture with its session store.
 */
export function StatelessScene({ active }: ChapterSceneProps) {
  const sticky = useChapterSim(stickySessions)
  const shared = useChapterSim(sharedSessions)
  const autoscaler = useChapterSim(autoscalerSim)
  const figures = useMemo(() => figuresOf(sticky, beats.failure), [sticky])
  const figureOf = useMemo(() => new Map(figures.map((u, k) => [u, k])), [figures])
  const [left, right] = place.panelX
  const paths = useMemo(() => ({ left: panelPaths(left), right: panelPaths(right) }), [left, right])
  const storeSpot: Vec3 = [right, 0, place.storeZ]
  const reads = useMemo(
    () =>
      OWNERS.map((_, j) =>
        arcCurve(
          [right, 1.2, place.storeZ + 0.7],
          [right + place.columns[j]!, 1.5, place.serverZ - 0.5],
          0,
          1,
        ),
      ),
    [right],
  )
  // The first request that had to log in again, to name it on screen.
  const relogin = useMemo(
    () => sticky.requestsIn(beats.failure, beats.autoscale).find((r) => r.relogin),
    [sticky],
  )
  const reloginServer = Math.max(
    0,
    sticky.params.servers.findIndex((s) => s.id === relogin?.server),
  )
  const arch = useMemo(() => {
    const userPortA: Vec3 = [place.archUsers[0] + 0.6, 1.3, place.archUsers[2]]
    const lbPort: Vec3 = [place.archLb[0], 1.0, place.archLb[2]]
    const webPorts = place.archWeb.map((p) => [p[0] - 0.9, 1.0, p[2]] as Vec3)
    const webOut: Vec3 = [place.archWeb[1]![0] + 0.9, 1.2, place.archWeb[1]![2]]
    const toLb = arcCurve(userPortA, lbPort, 0, 1)
    const toWeb = webPorts.map((p) => arcCurve(lbPort, p, 0, 1))
    const routes = [
      toWeb.map((c) => {
        const path = new CurvePath<Vector3>()
        path.add(toLb)
        path.add(c)
        return path
      }),
    ]
    const store: Vec3 = [place.archStore[0] - 1.2, 1.1, place.archStore[2]]
    return {
      toLb,
      toWeb,
      routes,
      toCache: arcCurve(webOut, [place.archCache[0] - 1.1, 0.7, place.archCache[2]], 0, 1),
      toDb: arcCurve(webOut, [place.archDb[0] - 0.9, 1.0, place.archDb[2]], 0, 1),
      toStore: arcCurve(webOut, store, 0, 1),
      reads: place.archWeb.map((p) => arcCurve(store, [p[0] + 0.9, 1.2, p[2]], 0, 1)),
      // Every shown request comes from the one "Users" figure.
      figureOf: new Map(figures.map((u) => [u, 0])),
    }
  }, [figures])
  const storeTop = noSqlStoreHeight(STORE_SIZE)
  const tokenSize = CARD_HEIGHT * CARD_SCALE
  const archNamesAt = beats.architecture + ARCH_NAMES_AFTER
  return (
    <>
      <ChapterCamera active={active} position={[0, 15, 16]} target={[0, 1, -1.5]} />
      {/* Tilted back to face the high camera, so the title does not lean. */}
      <group position={[0, 4.5, 0]} rotation={[-HEADING_TILT, 0, 0]}>
        <ChapterHeading
          title={script.title}
          at={beats['heading-in']}
          until={beats.stateful - HEADING_CLEAR}
          position={[0, 0, 0]}
        />
      </group>

      {/* Stateful: each user's session lives in the memory of the server it first reached. */}
      <Reveal
        name="Stateful heading"
        at={beats.stateful}
        until={beats.autoscale}
        effect="fade"
        duration={1.2}
      >
        <Slide from={TITLE_DROPPED} to={[0, 0, 0]} at={beats.stateless} duration={TITLE_RISE}>
          <PanelHeading
            title="Stateful"
            subtitle="sessions kept in each server"
            color={palette.accent}
            position={[left, place.titleY, place.serverZ]}
            step={place.titleStep}
            subtitleSize={ROW_SIZE}
            billboard
          />
        </Slide>
        {OWNERS.map((owner, k) => (
          <group key={owner} position={tuple(userSpot(left, k))}>
            <UserFigure />
            <Label text={`User ${owner}`} size={NAME_SIZE} billboard position={[0, 0.35, 1.2]} />
          </group>
        ))}
        {OWNERS.map((_, j) => (
          <SessionServer key={j} sessions={sticky} index={j} position={serverSpot(left, j)} />
        ))}
        <StickyTokens
          sessions={sticky}
          users={figures}
          owners={OWNERS}
          tops={OWNERS.map((_, j) => sessionSpot(left, j))}
          from={beats.stateful + 1}
        />
      </Reveal>
      <Reveal
        name="Sticky session arrows"
        at={beats.stateful + 2}
        until={beats.failure + FAIL_DELAY}
        effect="fade"
        duration={1.2}
      >
        {OWNERS.map((_, k) => (
          <FlowArrow
            key={k}
            curve={paths.left[k]![k]!}
            color={k === 0 ? palette.accent : palette.textMuted}
            active={k === 0}
            inset={0.5}
          />
        ))}
      </Reveal>
      <Reveal
        name="Glue icon"
        at={beats.stateful + 3.5}
        until={beats.failure + FAIL_DELAY}
        effect="pop"
        position={tuple(add(sessionSpot(left, 0), GLUE_BESIDE))}
      >
        <GlueIcon size={1.6} />
      </Reveal>
      <Reveal
        name="User A is stuck to Server 1"
        at={beats.stateful + 3.5}
        until={beats.failure + FAIL_DELAY}
        effect="pop"
        position={[left, place.titleY - 2 * place.titleStep, place.serverZ]}
      >
        <Slide from={TITLE_DROPPED} to={[0, 0, 0]} at={beats.stateless} duration={TITLE_RISE}>
          <Label
            text="User A is stuck to Server 1"
            size={ROW_SIZE}
            color={palette.accent}
            billboard
          />
        </Slide>
      </Reveal>
      <SessionTraffic
        name="Traffic: sticky sessions"
        sessions={sticky}
        from={beats.stateful + 1}
        until={beats.autoscale}
        figureOf={figureOf}
        paths={paths.left}
      />
      {relogin && (
        <>
          <PacketTrip
            name="Login again"
            curve={paths.left[figureOf.get(relogin.userId) ?? 0]![reloginServer]!}
            at={relogin.time}
            duration={0.9}
            dwell={2.5}
            color={palette.failureText}
          />
          {/* Named over the server it lands on, above that server's name, for as long as it stays. */}
          <Reveal
            name="Log in again label"
            at={relogin.time}
            until={relogin.time + RELOGIN_SHOWN}
            effect="pop"
            position={[
              left + place.columns[reloginServer]!,
              serverRackHeight(SESSION_RACK_UNITS) + RELOGIN_LIFT,
              place.serverZ,
            ]}
          >
            <Label text="log in again" size={ROW_SIZE} color={palette.failureText} billboard />
          </Reveal>
        </>
      )}

      {/* The divide between the two designs. */}
      <Reveal
        name="Divider"
        at={beats.stateless}
        until={beats.autoscale}
        effect="fade"
        duration={1.2}
      >
        <mesh position={[0, 3.5, place.serverZ]}>
          <planeGeometry args={[0.06, 9]} />
          <meshBasicMaterial color={palette.panelBorder} />
        </mesh>
      </Reveal>

      {/* Stateless: sessions move to a shared store, and any server serves any user. */}
      <Reveal
        name="Stateless heading"
        at={beats.stateless}
        until={beats.autoscale}
        effect="fade"
        duration={1.2}
      >
        <PanelHeading
          title="Stateless"
          subtitle="sessions kept in a shared store"
          color={palette.server}
          position={[right, place.titleY, place.serverZ]}
          step={place.titleStep}
          subtitleSize={ROW_SIZE}
          billboard
        />
        {OWNERS.map((owner, k) => (
          <group key={owner} position={tuple(userSpot(right, k))}>
            <UserFigure />
            <Label text={`User ${owner}`} size={NAME_SIZE} billboard position={[0, 0.35, 1.2]} />
          </group>
        ))}
        {OWNERS.map((_, j) => (
          <SessionServer key={j} sessions={shared} index={j} position={serverSpot(right, j)} />
        ))}
        <group position={tuple(storeSpot)}>
          <NoSqlStore rows={STORE_ROWS} size={STORE_SIZE} />
          <Label
            text="NoSQL session store"
            size={NAME_SIZE}
            color={palette.dns}
            billboard
            position={[0, storeTop + 0.85, 0]}
          />
        </group>
        {OWNERS.map((owner, k) => {
          const row = noSqlRowPosition(k, STORE_ROWS, STORE_SIZE)
          const top = sessionSpot(right, k)
          const into: Vec3 = [
            storeSpot[0] + row[0],
            storeSpot[1] + row[1] - tokenSize / 2,
            storeSpot[2] + row[2],
          ]
          return (
            <Slide
              key={owner}
              from={[top[0] + (k - 1) * CARD_SPACING, top[1], top[2]]}
              to={into}
              at={beats['sessions-out'] + k * 0.4}
              duration={1.8}
            >
              <SessionToken owner={owner} scale={CARD_SCALE} />
            </Slide>
          )
        })}
      </Reveal>
      <Reveal
        name="Shared store arrows"
        at={beats.flexible}
        until={beats.autoscale}
        effect="fade"
        duration={1.5}
      >
        {OWNERS.flatMap((_, k) =>
          OWNERS.slice(1).map((_, i) => (
            <FlowArrow
              key={`${k}-${i + 1}`}
              curve={paths.right[k]![i + 1]!}
              color={palette.textMuted}
              radius={0.035}
              inset={0.5}
            />
          )),
        )}
      </Reveal>
      {/* The paths into server 1 go when it fails: no arrow leads into a dead server. */}
      <Reveal
        name="Shared store arrows to server 1"
        at={beats.flexible}
        until={beats.failure + FAIL_DELAY}
        effect="fade"
        duration={1.5}
      >
        {OWNERS.map((_, k) => (
          <FlowArrow
            key={k}
            curve={paths.right[k]![0]!}
            color={palette.textMuted}
            radius={0.035}
            inset={0.5}
          />
        ))}
      </Reveal>
      <SessionTraffic
        name="Traffic: shared sessions"
        sessions={shared}
        from={beats.flexible}
        until={beats.autoscale}
        figureOf={figureOf}
        paths={paths.right}
        reads={reads}
      />

      {/* What the failure of server 1 cost each design, from the two models. */}
      <Reveal
        name="Stateful failure readout"
        at={beats.failure + FAIL_DELAY}
        until={beats.autoscale}
        effect="pop"
        position={[left, place.titleY - 2 * place.titleStep, place.serverZ]}
      >
        <LiveLabel
          compute={(local) => {
            const s = sticky.stateAt(local)
            return `sessions lost: ${s.sessionsLost} · re-logins: ${s.relogins}`
          }}
          size={ROW_SIZE}
          color={palette.failureText}
          billboard
        />
      </Reveal>
      <Reveal
        name="Stateless failure readout"
        at={beats.failure + FAIL_DELAY}
        until={beats.autoscale}
        effect="pop"
        position={[right, place.titleY - 2 * place.titleStep, place.serverZ]}
      >
        <LiveLabel
          compute={(local) => {
            const s = shared.stateAt(local)
            return `sessions lost: ${s.sessionsLost} · in the store: ${s.storeSessions}`
          }}
          size={ROW_SIZE}
          color={palette.server}
          billboard
        />
      </Reveal>

      {/* Autoscaling: the load and the servers that follow it. */}
      <Reveal
        name="Autoscale stage"
        at={beats.autoscale}
        until={beats.architecture + 2}
        effect="fade"
        duration={1.2}
      >
        <AutoscaleStage
          autoscaler={autoscaler}
          from={beats.autoscale}
          to={beats.autoscale + CHART_SECONDS}
        />
      </Reveal>

      {/* The updated architecture: the web tier keeps no sessions; a NoSQL store does. */}
      <Reveal name="Users" at={beats.architecture} effect="fade" duration={1.2}>
        <group position={tuple(place.archUsers)}>
          <UserFigure />
          <Reveal name="Users label" at={archNamesAt} effect="fade" duration={1.2}>
            <Label text="Users" size={ARCH_NAME_SIZE} billboard position={[0, 0.35, 1.3]} />
          </Reveal>
        </group>
        <group position={tuple(place.archLb)}>
          <LoadBalancer />
          {/* In front, like the users' name: above, the arrows to the web tier would cross it. */}
          <Reveal name="Load balancer label" at={archNamesAt} effect="fade" duration={1.2}>
            <Label
              text="Load balancer"
              size={ARCH_NAME_SIZE}
              billboard
              position={[-0.3, 0.35, 1.9]}
            />
          </Reveal>
        </group>
        <Enclosure size={[3, 2.6, 10]} position={[place.archWeb[1]![0], 0, place.archWeb[1]![2]]} />
        {place.archWeb.map((p, i) => (
          <ServerRack key={i} position={tuple(p)} />
        ))}
        <Reveal name="Stateless web tier label" at={archNamesAt} effect="fade" duration={1.2}>
          <Label
            text="Stateless web tier"
            size={ARCH_NAME_SIZE}
            color={palette.server}
            billboard
            position={[place.archWeb[0]![0], 4.4, place.archWeb[0]![2]]}
          />
        </Reveal>
        <group position={tuple(place.archCache)}>
          <CacheBlock size={1.5} />
          <Reveal name="Cache label" at={archNamesAt} effect="fade" duration={1.2}>
            <Label
              text="Cache"
              size={ARCH_NAME_SIZE}
              color={palette.cache}
              billboard
              anchorX="left"
              position={[place.archNameX, 0.5, 0]}
            />
          </Reveal>
        </group>
        <group position={tuple(place.archDb)}>
          <DatabaseCylinder />
          <Reveal name="Database label" at={archNamesAt} effect="fade" duration={1.2}>
            <Label
              text="Database"
              size={ARCH_NAME_SIZE}
              billboard
              anchorX="left"
              position={[place.archNameX, 1, 0]}
            />
          </Reveal>
        </group>
        <FlowArrow curve={arch.toLb} color={palette.textMuted} />
        {arch.toWeb.map((c, i) => (
          <FlowArrow key={i} curve={c} color={palette.textMuted} />
        ))}
        <FlowArrow curve={arch.toCache} color={palette.textMuted} />
        <FlowArrow curve={arch.toDb} color={palette.textMuted} />
      </Reveal>
      <Reveal
        name="Session store"
        at={beats.architecture + 3}
        effect="rise"
        lift={2}
        position={tuple(place.archStore)}
      >
        <NoSqlStore />
        {/* On two lines, so the data tier's names stay as narrow as "Database". */}
        <Label
          text={'NoSQL:\nsessions'}
          size={ARCH_NAME_SIZE}
          color={palette.dns}
          billboard
          anchorX="left"
          textAlign="left"
          position={[place.archNameX + 0.2, noSqlStoreHeight() / 2, 0]}
        />
      </Reveal>
      <Reveal
        name="Arrow to session store"
        at={beats.architecture + 4}
        effect="fade"
        duration={1.2}
      >
        <FlowArrow curve={arch.toStore} color={palette.database} active />
      </Reveal>
      <SessionTraffic
        name="Traffic: the whole architecture"
        sessions={shared}
        from={beats.architecture + 5}
        figureOf={arch.figureOf}
        paths={arch.routes}
        reads={arch.reads}
      />

      <Reveal
        name="True horizontal scaling label"
        at={beats.summary}
        effect="rise"
        position={[place.archWeb[1]![0], 4.5, place.archCache[2] - 3]}
      >
        <Label
          text="True horizontal scaling"
          size={textSize.title}
          color={palette.accent}
          billboard
        />
      </Reveal>
    </>
  )
}

import { useMemo, type ReactNode } from 'react'
import { CacheBlock } from '../../models/CacheBlock'
import { DatabaseCylinder } from '../../models/DatabaseCylinder'
import { DatabaseSwarm } from '../../models/DatabaseSwarm'
import { DnsServer } from '../../models/DnsServer'
import { Enclosure } from '../../models/Enclosure'
import { FlowArrow } from '../../models/FlowArrow'
import { Label } from '../../models/Label'
import { LoadBalancer } from '../../models/LoadBalancer'
import { MessageQueue } from '../../models/MessageQueue'
import { NoSqlStore } from '../../models/NoSqlStore'
import { Rocket } from '../../models/Rocket'
import { ServerRack } from '../../models/ServerRack'
import { Speedometer } from '../../models/Speedometer'
import { UserFigure } from '../../models/UserFigure'
import { script } from './script'
import { BRIDGE_MAP_STEP, mapSeconds } from '../../timeline/bridge'
import { architectureMapLayout as map, conclusionLayout as place } from './layout'
import { palette } from '../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../world/paths'
import { Reveal } from '../../world/Reveal'
import { textSize } from '../../world/typography'

/** Seconds into a bridge that its chapter's pieces start to rise: once the map is fully up. */
const NEW_AT = 0.9
/** Pieces of one chapter arrive this far apart, so the eye can follow each in. */
const STAGGER = 0.25
/** Names come a moment after their pieces. */
const NAME_DELAY = 0.4
/**
 * The map is seen from about twice a chapter's distance (37–45 units, where one unit is 33–40 px
 * at 1080p): names a little over heading size stay ≥ 36 px even at the far side, and the title
 * of each bridge ≥ 72 px.
 */
const NAME_SIZE = textSize.heading * 1.1
const HEADLINE_SIZE = textSize.title * 1.5
/** A label seen from the far side of the map: a little larger to stay a label's size on screen. */
const KICKER_SIZE = textSize.heading * 1.2
/** Height of arrow ends: the middle of a rack's face. */
const PORT_Y = 1.2

type ChapterId = (typeof script.chapters)[number]['id']

/** The map second at which chapter `id`'s bridge is `s` seconds in. */
function during(id: ChapterId, s: number): number {
  const index = script.chapters.findIndex((c) => c.id === id)
  if (index < 0) throw new Error(`The map names chapter '${id}', which is not in the film.`)
  return mapSeconds(index, s)
}

/** When chapter `id`'s pieces arrive on the map (plus `delay`), and when a later one replaces them. */
const built = (id: ChapterId, delay = 0): number => during(id, NEW_AT + delay)

const v = (p: Vec3, dy = PORT_Y, dx = 0, dz = 0): Vec3 => [p[0] + dx, p[1] + dy, p[2] + dz]

type PieceProps = {
  /** The chapter that builds it. */
  from: ChapterId
  /** The chapter whose addition replaces it, if any. */
  until?: ChapterId
  delay?: number
  position?: Vec3
  effect?: 'rise' | 'fade'
  children: ReactNode
}

/** A piece of the map: absent before its chapter's bridge, standing in every bridge after it. */
function Piece({ from, until, delay = 0, position, effect = 'rise', children }: PieceProps) {
  return (
    <Reveal
      at={built(from, delay)}
      until={until === undefined ? undefined : built(until)}
      effect={effect}
      position={position ? tuple(position) : undefined}
    >
      {children}
    </Reveal>
  )
}

type NameProps = Omit<PieceProps, 'children' | 'effect'> & { text: string; color?: string }

/** A piece's name on the ground just in front of it, turned to the camera (as in the conclusion). */
function Name({ text, color = palette.text, from, until, position, delay = 0 }: NameProps) {
  return (
    <Piece from={from} until={until} position={position} delay={delay + NAME_DELAY} effect="fade">
      <Label
        text={text}
        size={NAME_SIZE}
        color={color}
        billboard
        position={[0, 0.3, place.nameAhead]}
      />
    </Piece>
  )
}

/** What each chapter adds, as the bridge after it announces it. */
const ADDED: readonly { id: ChapterId; text: string }[] = [
  { id: 'single-server', text: '+ Users, DNS and one server' },
  { id: 'web-and-database', text: '+ A separate database tier' },
  { id: 'vertical-vs-horizontal', text: '+ More web servers (scaling out)' },
  { id: 'load-balancer', text: '+ A load balancer' },
  { id: 'replication', text: '+ Master and replicas' },
  { id: 'cache', text: '+ A cache' },
  { id: 'cdn', text: '+ A CDN' },
  { id: 'stateless', text: '+ A shared session store' },
  { id: 'multi-dc', text: '+ A second data centre' },
  { id: 'message-queue', text: '+ A message queue and workers' },
  { id: 'monitoring', text: '+ Monitoring and automation' },
  { id: 'sharding', text: '+ Shards' },
]

/**
 * The architecture so far, growing by one chapter's addition at every bridge. Every piece stands
 * where the conclusion's final diagram puts it, so what a chapter built stays where it was; a
 * piece that a later chapter transforms (one server into many, one database into master and
 * replicas, then shards) stands where its successor will.
 */
export function ArchitectureMap() {
  const arrows = useMemo(() => {
    const webPorts = place.web.map((p) => v(p, PORT_Y, -0.6))
    const tierPort = v(place.web[1], PORT_Y, 0.7)
    return {
      dns: arcCurve(v(place.users, 1.6), v(place.dns, 1.2), 0, 1.5),
      direct: arcCurve(v(place.users, 1.6), webPorts[1]!, 0, 1.5),
      cdn: arcCurve(v(place.users, 1.6), v(place.cdn, 0.8), 0, 1.5),
      toLb: arcCurve(v(place.users, 1.6), v(place.lb, 0.8, -1.2), 0, 0.8),
      toWeb: webPorts.map((p) => arcCurve(v(place.lb, 0.8, 1.2), p, 0, 0.8)),
      db: arcCurve(tierPort, v(map.db, 1.0, -1), 0, 1.2),
      cache: arcCurve(tierPort, v(place.cache, 0.8), 0, 1.2),
      sessions: arcCurve(tierPort, v(place.sessions, 0.9), 0, 1.2),
      shards: arcCurve(tierPort, v(place.shards[1], 1.0, -1, 1.4), 0, 1.2),
      queue: arcCurve(tierPort, v(place.queue, 1.3, -2.2), 0, 1.2),
      workers: place.workers.map((w) =>
        arcCurve(v(place.queue, 1.3, 2.2), v(w, 1.0, -0.6), 0, 0.8),
      ),
    }
  }, [])
  const replicas = useMemo(() => place.shards.map((p) => v(p, 0, place.replicaOffset[0])), [])
  const { webName, dataName } = map
  return (
    <>
      {/* The title of each bridge: what its chapter added. */}
      <Reveal at={0} effect="fade" position={tuple(map.kicker)}>
        <Label
          text="The architecture so far"
          size={KICKER_SIZE}
          color={palette.textMuted}
          billboard
        />
      </Reveal>
      {ADDED.map(({ id, text }) => (
        <Reveal
          key={id}
          at={during(id, NEW_AT - 0.3)}
          until={during(id, BRIDGE_MAP_STEP / 2)}
          effect="fade"
          position={tuple(map.headline)}
        >
          <Label text={text} size={HEADLINE_SIZE} color={palette.accent} billboard />
        </Reveal>
      ))}

      {/* Chapter 1: users find one server through DNS. */}
      <Piece from="single-server" position={place.users}>
        <UserFigure />
      </Piece>
      <Name from="single-server" text="Users" position={place.users} />
      <Piece from="single-server" delay={STAGGER} position={place.dns}>
        <DnsServer />
      </Piece>
      <Name
        from="single-server"
        until="multi-dc"
        text="DNS"
        color={palette.dns}
        position={place.dns}
      />
      <Name from="multi-dc" text="GeoDNS" color={palette.dns} position={place.dns} />
      <Piece from="single-server" delay={2 * STAGGER} position={place.web[1]}>
        <ServerRack />
      </Piece>
      <Piece from="single-server" delay={STAGGER} effect="fade">
        <FlowArrow curve={arrows.dns} color={palette.dns} />
      </Piece>
      <Piece from="single-server" until="load-balancer" delay={2 * STAGGER} effect="fade">
        <FlowArrow curve={arrows.direct} color={palette.request} />
      </Piece>
      <Name
        from="single-server"
        until="web-and-database"
        text="Server"
        color={palette.server}
        position={webName}
      />
      <Name
        from="web-and-database"
        until="vertical-vs-horizontal"
        text="Web server"
        color={palette.server}
        position={webName}
      />
      <Name
        from="vertical-vs-horizontal"
        until="stateless"
        text="Web servers"
        color={palette.server}
        position={webName}
      />
      <Name
        from="stateless"
        text="Web servers (stateless)"
        color={palette.server}
        position={webName}
      />

      {/* Chapter 2: the data moves to a tier of its own. */}
      <Piece from="web-and-database" until="sharding" position={map.db}>
        <DatabaseCylinder />
      </Piece>
      <Piece from="web-and-database" until="sharding" effect="fade">
        <FlowArrow curve={arrows.db} color={palette.database} />
      </Piece>
      <Name
        from="web-and-database"
        until="replication"
        text="Database"
        color={palette.database}
        position={dataName}
      />

      {/* Chapter 3: scaling out, more servers beside the first. */}
      <Piece from="vertical-vs-horizontal" position={place.web[0]}>
        <ServerRack />
      </Piece>
      <Piece from="vertical-vs-horizontal" delay={STAGGER} position={place.web[2]}>
        <ServerRack />
      </Piece>

      {/* Chapter 4: one address in front of them all. */}
      <Piece from="load-balancer" position={place.lb}>
        <LoadBalancer />
      </Piece>
      <Name
        from="load-balancer"
        text="Load balancer"
        color={palette.balancer}
        position={place.lb}
      />
      <Piece from="load-balancer" delay={STAGGER} effect="fade">
        <FlowArrow curve={arrows.toLb} color={palette.request} />
        {arrows.toWeb.map((curve, i) => (
          <FlowArrow key={i} curve={curve} color={palette.request} />
        ))}
      </Piece>

      {/* Chapter 5: the database becomes a master with replicas. */}
      {map.replicas.map((p, i) => (
        <Piece key={i} from="replication" until="sharding" delay={i * STAGGER} position={p}>
          <DatabaseCylinder color={palette.server} />
        </Piece>
      ))}
      <Name
        from="replication"
        until="sharding"
        text="Master + replicas"
        color={palette.database}
        position={dataName}
      />

      {/* Chapter 6 and 7: a cache behind the web tier, a CDN in front of the users. */}
      <Piece from="cache" position={place.cache}>
        <CacheBlock size={1.2} />
      </Piece>
      <Piece from="cache" effect="fade">
        <FlowArrow curve={arrows.cache} color={palette.cache} />
      </Piece>
      <Name from="cache" text="Cache" color={palette.cache} position={place.cache} />
      <Piece from="cdn" position={place.cdn}>
        <CacheBlock size={1.2} />
      </Piece>
      <Piece from="cdn" effect="fade">
        <FlowArrow curve={arrows.cdn} color={palette.cache} />
      </Piece>
      <Name from="cdn" text="CDN" color={palette.cache} position={place.cdn} />

      {/* Chapter 8: sessions leave the web servers for a shared store. */}
      <Piece from="stateless" position={place.sessions}>
        <NoSqlStore />
      </Piece>
      <Piece from="stateless" effect="fade">
        <FlowArrow curve={arrows.sessions} color={palette.database} />
      </Piece>
      <Name
        from="stateless"
        text="Sessions (NoSQL)"
        color={palette.database}
        position={place.sessions}
      />

      {/* Chapter 9: everything from the balancer back is one data centre of two. */}
      <Piece from="multi-dc" effect="fade" position={map.dataCentre.center}>
        <Enclosure size={map.dataCentre.size} color={palette.dns} />
      </Piece>
      <Name
        from="multi-dc"
        text="Data centre 1 of 2"
        color={palette.dns}
        position={map.dataCentreName}
      />

      {/* Chapter 10: slow work goes through a queue to workers. */}
      <Piece from="message-queue" position={place.queue}>
        <MessageQueue length={4} slots={5} filled={3} />
      </Piece>
      <Name
        from="message-queue"
        text="Message queue"
        color={palette.queue}
        position={place.queue}
      />
      <Piece from="message-queue" effect="fade">
        <FlowArrow curve={arrows.queue} color={palette.queue} />
        {arrows.workers.map((curve, i) => (
          <FlowArrow key={i} curve={curve} color={palette.queue} />
        ))}
      </Piece>
      {place.workers.map((p, i) => (
        <Piece key={i} from="message-queue" delay={(i + 1) * STAGGER} position={p}>
          <ServerRack units={2} />
        </Piece>
      ))}
      <Name
        from="message-queue"
        text="Workers"
        color={palette.server}
        position={v(place.workers[0], 0, 1.25)}
      />

      {/* Chapter 11: watching over all of it. */}
      <Piece from="monitoring" position={place.tools}>
        <Speedometer position={[-1.6, 1.2, 0]} scale={1.8} />
        <Rocket position={[1.6, 0, 0]} scale={0.9} />
      </Piece>
      <Name
        from="monitoring"
        text="Monitoring & automation"
        color={palette.accent}
        position={place.tools}
      />

      {/* Chapter 12: the data tier splits into shards, each with its replica. */}
      {place.shards.map((p, i) => (
        <Piece key={i} from="sharding" delay={(i * STAGGER) / 2} position={p}>
          <DatabaseCylinder />
        </Piece>
      ))}
      <Piece from="sharding" delay={2 * STAGGER}>
        <DatabaseSwarm positions={replicas} />
      </Piece>
      <Piece from="sharding" effect="fade">
        <FlowArrow curve={arrows.shards} color={palette.database} />
      </Piece>
      <Name from="sharding" text="Shards + replicas" color={palette.database} position={dataName} />
    </>
  )
}

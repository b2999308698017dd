import { useMemo } from 'react'
import { CacheBlock } from '../../models/CacheBlock'
import { DatabaseCylinder } from '../../models/DatabaseCylinder'
import { DatabaseSwarm } from '../../models/DatabaseSwarm'
import { DnsServer } from '../../models/DnsServer'
import { Enclosure } from '../../models/Enclosure'
import { FlowArrow } from '../../models/FlowArrow'
import { LoadBalancer } from '../../models/LoadBalancer'
import { MessageQueue } from '../../models/MessageQueue'
import { NoSqlStore } from '../../models/NoSqlStore'
import { Rocket } from '../../models/Rocket'
import { ServerRack } from '../../models/ServerRack'
import { Speedometer } from '../../models/Speedometer'
import { UserFigure } from '../../models/UserFigure'
import type { script } from './script'
import { architectureMapLayout as map, conclusionLayout as place } from './layout'
import { palette } from '../../world/palette'
import { arcCurve, type Vec3 } from '../../world/paths'
import { MapFraming } from '../../world/map/MapFraming'
import { MapHeadlines } from '../../world/map/MapHeadlines'
import { MapName } from '../../world/map/MapName'
import { MAP_STAGGER, MapPiece } from '../../world/map/MapPiece'
import { textSize } from '../../world/typography'

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
/** Pieces of one chapter arrive this far apart, so the eye can follow each in. */
const STAGGER = MAP_STAGGER

const v = (p: Vec3, dy = PORT_Y, dx = 0, dz = 0): Vec3 => [p[0] + dx, p[1] + dy, p[2] + dz]

/** Every name on the map: one size, just in front of its piece. */
const name = { size: NAME_SIZE, ahead: place.nameAhead }

type ChapterId = (typeof script.chapters)[number]['id']

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
  const { webName, soloWebName, dataName } = map
  return (
    <>
      {/* Each bridge framed on what is built so far; its title held at the top of the frame. */}
      <MapFraming>
        <MapHeadlines
          kicker="The architecture so far"
          kickerSize={KICKER_SIZE}
          kickerPosition={map.kicker}
          added={ADDED}
          headlineSize={HEADLINE_SIZE}
          headlinePosition={map.headline}
        />
      </MapFraming>

      {/* Chapter 1: users find one server through DNS. */}
      <MapPiece name="Users" from="single-server" position={place.users}>
        <UserFigure />
      </MapPiece>
      <MapName {...name} from="single-server" text="Users" position={place.users} />
      <MapPiece name="DNS server" from="single-server" delay={STAGGER} position={place.dns}>
        <DnsServer />
      </MapPiece>
      <MapName
        {...name}
        from="single-server"
        until="multi-dc"
        text="DNS"
        color={palette.dns}
        position={place.dns}
      />
      <MapName {...name} from="multi-dc" text="GeoDNS" color={palette.dns} position={place.dns} />
      <MapPiece
        name="Web server 2"
        from="single-server"
        delay={2 * STAGGER}
        position={place.web[1]}
      >
        <ServerRack />
      </MapPiece>
      <MapPiece name="Arrow: dns" from="single-server" delay={STAGGER} effect="fade">
        <FlowArrow curve={arrows.dns} color={palette.dns} />
      </MapPiece>
      <MapPiece
        name="Arrow: direct"
        from="single-server"
        until="load-balancer"
        delay={2 * STAGGER}
        effect="fade"
      >
        <FlowArrow curve={arrows.direct} color={palette.request} />
      </MapPiece>
      <MapName
        {...name}
        from="single-server"
        until="web-and-database"
        text="Server"
        color={palette.server}
        position={soloWebName}
      />
      <MapName
        {...name}
        from="web-and-database"
        until="vertical-vs-horizontal"
        text="Web server"
        color={palette.server}
        position={soloWebName}
      />
      <MapName
        {...name}
        from="vertical-vs-horizontal"
        until="stateless"
        text="Web servers"
        color={palette.server}
        position={webName}
      />
      <MapName
        {...name}
        from="stateless"
        text="Web servers (stateless)"
        color={palette.server}
        position={webName}
      />

      {/* Chapter 2: the data moves to a tier of its own. */}
      <MapPiece name="Database" from="web-and-database" until="sharding" position={map.db}>
        <DatabaseCylinder />
      </MapPiece>
      <MapPiece name="Arrow: db" from="web-and-database" until="sharding" effect="fade">
        <FlowArrow curve={arrows.db} color={palette.database} />
      </MapPiece>
      <MapName
        {...name}
        from="web-and-database"
        until="replication"
        text="Database"
        color={palette.database}
        position={dataName}
      />

      {/* Chapter 3: scaling out, more servers beside the first. */}
      <MapPiece name="Web server 1" from="vertical-vs-horizontal" position={place.web[0]}>
        <ServerRack />
      </MapPiece>
      <MapPiece
        name="Web server 3"
        from="vertical-vs-horizontal"
        delay={STAGGER}
        position={place.web[2]}
      >
        <ServerRack />
      </MapPiece>

      {/* Chapter 4: one address in front of them all. */}
      <MapPiece name="Load balancer" from="load-balancer" position={place.lb}>
        <LoadBalancer />
      </MapPiece>
      <MapName
        {...name}
        from="load-balancer"
        text="Load balancer"
        color={palette.balancer}
        position={place.lb}
      />
      <MapPiece name="Arrow: to lb" from="load-balancer" delay={STAGGER} effect="fade">
        <FlowArrow curve={arrows.toLb} color={palette.request} />
        {arrows.toWeb.map((curve, i) => (
          <FlowArrow key={i} curve={curve} color={palette.request} />
        ))}
      </MapPiece>

      {/* Chapter 5: the database becomes a master with replicas. */}
      {map.replicas.map((p, i) => (
        <MapPiece
          name={`Replica ${i + 1}`}
          key={i}
          from="replication"
          until="sharding"
          delay={i * STAGGER}
          position={p}
        >
          <DatabaseCylinder color={palette.server} />
        </MapPiece>
      ))}
      <MapName
        {...name}
        from="replication"
        until="sharding"
        text="Master + replicas"
        color={palette.database}
        position={dataName}
      />

      {/* Chapter 6 and 7: a cache behind the web tier, a CDN in front of the users. */}
      <MapPiece name="Cache" from="cache" position={place.cache}>
        <CacheBlock size={1.2} />
      </MapPiece>
      <MapPiece name="Arrow: cache" from="cache" effect="fade">
        <FlowArrow curve={arrows.cache} color={palette.cache} />
      </MapPiece>
      <MapName {...name} from="cache" text="Cache" color={palette.cache} position={place.cache} />
      <MapPiece name="CDN" from="cdn" position={place.cdn}>
        <CacheBlock size={1.2} />
      </MapPiece>
      <MapPiece name="Arrow: cdn" from="cdn" effect="fade">
        <FlowArrow curve={arrows.cdn} color={palette.cache} />
      </MapPiece>
      <MapName {...name} from="cdn" text="CDN" color={palette.cache} position={place.cdn} />

      {/* Chapter 8: sessions leave the web servers for a shared store. */}
      <MapPiece name="Session store" from="stateless" position={place.sessions}>
        <NoSqlStore />
      </MapPiece>
      <MapPiece name="Arrow: sessions" from="stateless" effect="fade">
        <FlowArrow curve={arrows.sessions} color={palette.database} />
      </MapPiece>
      <MapName
        {...name}
        from="stateless"
        text="Sessions (NoSQL)"
        color={palette.database}
        position={place.sessions}
      />

      {/* Chapter 9: everything from the balancer back is one data centre of two. */}
      <MapPiece name="Data centre" from="multi-dc" effect="fade" position={map.dataCentre.center}>
        <Enclosure size={map.dataCentre.size} color={palette.dns} />
      </MapPiece>
      <MapName
        {...name}
        from="multi-dc"
        text="Data centre 1 of 2"
        color={palette.dns}
        position={map.dataCentreName}
      />

      {/* Chapter 10: slow work goes through a queue to workers. */}
      <MapPiece name="Message queue" from="message-queue" position={place.queue}>
        <MessageQueue length={4} slots={5} filled={3} />
      </MapPiece>
      <MapName
        {...name}
        from="message-queue"
        text="Message queue"
        color={palette.queue}
        position={place.queue}
      />
      <MapPiece name="Arrow: queue" from="message-queue" effect="fade">
        <FlowArrow curve={arrows.queue} color={palette.queue} />
        {arrows.workers.map((curve, i) => (
          <FlowArrow key={i} curve={curve} color={palette.queue} />
        ))}
      </MapPiece>
      {place.workers.map((p, i) => (
        <MapPiece
          name={`Queue worker ${i + 1}`}
          key={i}
          from="message-queue"
          delay={(i + 1) * STAGGER}
          position={p}
        >
          <ServerRack units={2} />
        </MapPiece>
      ))}
      <MapName
        {...name}
        from="message-queue"
        text="Workers"
        color={palette.server}
        position={v(place.workers[0], 0, 1.25)}
      />

      {/* Chapter 11: watching over all of it. */}
      <MapPiece name="Speedometer" from="monitoring" position={place.tools}>
        <Speedometer position={[-1.6, 1.2, 0]} scale={1.8} />
        <Rocket position={[1.6, 0, 0]} scale={0.9} />
      </MapPiece>
      <MapName
        {...name}
        from="monitoring"
        text="Monitoring & automation"
        color={palette.accent}
        position={place.tools}
      />

      {/* Chapter 12: the data tier splits into shards, each with its replica. */}
      {place.shards.map((p, i) => (
        <MapPiece
          name={`Shard ${i + 1}`}
          key={i}
          from="sharding"
          delay={(i * STAGGER) / 2}
          position={p}
        >
          <DatabaseCylinder />
        </MapPiece>
      ))}
      <MapPiece name="Database swarm" from="sharding" delay={2 * STAGGER}>
        <DatabaseSwarm positions={replicas} />
      </MapPiece>
      <MapPiece name="Arrow: shards" from="sharding" effect="fade">
        <FlowArrow curve={arrows.shards} color={palette.database} />
      </MapPiece>
      <MapName
        {...name}
        from="sharding"
        text="Shards + replicas"
        color={palette.database}
        position={dataName}
      />
    </>
  )
}

import { useMemo } from 'react'
import { Enclosure } from '../../../models/Enclosure'
import { CacheBlock } from '../../../models/CacheBlock'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { DatabaseSwarm } from '../../../models/DatabaseSwarm'
import { DnsServer } from '../../../models/DnsServer'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { LoadBalancer } from '../../../models/LoadBalancer'
import { MessageQueue } from '../../../models/MessageQueue'
import { NoSqlStore } from '../../../models/NoSqlStore'
import { Rocket } from '../../../models/Rocket'
import { ServerRack } from '../../../models/ServerRack'
import { Speedometer } from '../../../models/Speedometer'
import { UserFigure } from '../../../models/UserFigure'
import { conclusion as script } from '../script/conclusion'
import { architectureMapLayout, conclusionLayout as place } from '../layout'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import { balancer } from '../sims/conclusion'
import { LoadBalancerTraffic } from '../../../world/traffic/LoadBalancerTraffic'

const { beats } = script

/** The wide shot is about twice as far as a chapter's usual framing: as on the film's map. */
const NAME_SIZE = textSize.heading * 1.1
/** Pieces of one tier arrive this far apart, so the eye can follow them in. */
const STAGGER = 0.5
/** Height of arrow ends: the middle of a rack's face. */
const PORT_Y = 1.2

const v = (p: Vec3, dy = PORT_Y, dx = 0, dz = 0): Vec3 => [p[0] + dx, p[1] + dy, p[2] + dz]
/** The data centre's name stands a little inside the outline's back edge, clear of the line. */
const DC_NAME_INSIDE: [number, number, number] = [0, 0.3, 1.4]

/**
 * A piece's name, on the ground just in front of it and turned to the camera: seen from high
 * above, a name floating over a model would cover it.
 */
function NameTag({ text, color = palette.text }: { text: string; color?: string }) {
  return (
    <Label
      text={text}
      size={NAME_SIZE}
      color={color}
      billboard
      position={[0, 0.3, place.nameAhead]}
    />
  )
}

/**
 * The final architecture: every tier the film built, laid out in the order a request meets
 * them, each arriving on the beat the narration names it. The requests flowing from the users
 * through the balancer to the stateless web servers come from a simulated load balancer.
 */
export function FinalArchitecture() {
  const lb = useChapterSim(balancer)
  // Each shard's replica beside it: four copies, one instanced draw.
  const replicas = useMemo(() => place.shards.map((p) => v(p, 0, place.replicaOffset[0])), [])
  const webPorts = useMemo(() => place.web.map((p) => v(p, PORT_Y, -0.6)), [])
  const tierPort = v(place.web[1], PORT_Y, 0.7)
  const arrows = useMemo(
    () => ({
      dns: arcCurve(v(place.users, 1.6), v(place.dns, 1.2), 0, 1.5),
      cdn: arcCurve(v(place.users, 1.6), v(place.cdn, 0.8), 0, 1.5),
      // The same path the map draws from the users to the balancer.
      toLb: arcCurve(v(place.users, 1.6), v(place.lb, 0.8, -1.2), 0, 0.8),
      toWeb: webPorts.map((p) => arcCurve(v(place.lb, 0.8, 1.2), p, 0, 0.8)),
      cache: arcCurve(tierPort, v(place.cache, 0.8), 0, 1.2),
      sessions: arcCurve(tierPort, v(place.sessions, 0.9), 0, 1.2),
      shards: arcCurve(tierPort, v(place.shards[1], 1.0, -1, 1.4), 0, 1.2),
      queue: arcCurve(tierPort, v(place.queue, 1.3, -2.2), 0, 1.2),
      workers: place.workers.map((w) =>
        arcCurve(v(place.queue, 1.3, 2.2), v(w, 1.0, -0.6), 0, 0.8),
      ),
    }),
    [webPorts, tierPort],
  )
  return (
    <>
      {/* Users -> DNS -> CDN -> load balancer: how requests find us. */}
      <Reveal name="Users" at={beats.edge} effect="rise" position={tuple(place.users)}>
        <UserFigure />
        <NameTag text="Users" />
      </Reveal>
      <Reveal name="DNS server" at={beats.edge + STAGGER} effect="rise" position={tuple(place.dns)}>
        <DnsServer />
        <NameTag text="DNS" color={palette.dns} />
      </Reveal>
      <Reveal name="CDN" at={beats.edge + 2 * STAGGER} effect="rise" position={tuple(place.cdn)}>
        <CacheBlock size={1.2} />
        <NameTag text="CDN" color={palette.cache} />
      </Reveal>
      <Reveal name="Arrows: DNS and CDN" at={beats.edge + STAGGER} effect="fade">
        <FlowArrow curve={arrows.dns} color={palette.dns} />
        <FlowArrow curve={arrows.cdn} color={palette.cache} />
      </Reveal>
      <Reveal
        name="Load balancer"
        at={beats.edge + 3 * STAGGER}
        effect="rise"
        position={tuple(place.lb)}
      >
        <LoadBalancer />
        <NameTag text="Load balancer" color={palette.balancer} />
      </Reveal>
      <Reveal name="Arrow: to load balancer" at={beats.edge + 3 * STAGGER} effect="fade">
        <FlowArrow curve={arrows.toLb} color={palette.request} />
      </Reveal>

      {/* As on the map: everything from the balancer back is one data centre of two. */}
      <Reveal
        name="Data centre"
        at={beats.tools}
        effect="fade"
        position={tuple(architectureMapLayout.dataCentre.center)}
      >
        <Enclosure size={architectureMapLayout.dataCentre.size} color={palette.dns} />
      </Reveal>
      <Reveal
        name="Data centre 1 of 2 label"
        at={beats.tools}
        effect="fade"
        position={tuple(architectureMapLayout.dataCentreName)}
      >
        <Label
          text="Data centre 1 of 2"
          size={NAME_SIZE}
          color={palette.dns}
          billboard
          position={DC_NAME_INSIDE}
        />
      </Reveal>

      {/* The stateless web tier, fed by the balancer. */}
      {place.web.map((p, i) => (
        <Reveal
          name={`Web server ${i + 1}`}
          key={i}
          at={beats['web-tier'] + i * STAGGER}
          effect="rise"
          position={tuple(p)}
        >
          <ServerRack />
        </Reveal>
      ))}
      <Reveal name="Arrows: to web servers" at={beats['web-tier']} effect="fade">
        {arrows.toWeb.map((curve, i) => (
          <FlowArrow key={i} curve={curve} color={palette.request} />
        ))}
      </Reveal>
      <Reveal
        name="Web servers (stateless) label"
        at={beats['web-tier'] + 1}
        effect="fade"
        position={tuple(v(place.web[2], 0, -1.5))}
      >
        <NameTag text="Web servers (stateless)" color={palette.server} />
      </Reveal>
      <LoadBalancerTraffic
        name="Traffic: users to the web tier"
        lb={lb}
        from={beats['web-tier'] + 1}
        user={v(place.users, 1.6)}
        balancer={v(place.lb, 0.8)}
        paths={arrows.toWeb}
      />

      {/* Behind the web tier: cache, queue and workers, shards, sessions. */}
      <Reveal name="Cache" at={beats['cache-tier']} effect="rise" position={tuple(place.cache)}>
        <CacheBlock size={1.2} />
        <NameTag text="Cache" color={palette.cache} />
      </Reveal>
      <Reveal name="Arrow: cache" at={beats['cache-tier']} effect="fade">
        <FlowArrow curve={arrows.cache} color={palette.cache} />
      </Reveal>

      <Reveal name="Message queue" at={beats.queue} effect="rise" position={tuple(place.queue)}>
        <MessageQueue length={4} slots={5} filled={3} />
        <NameTag text="Message queue" color={palette.queue} />
      </Reveal>
      <Reveal name="Arrows: queue and workers" at={beats.queue} effect="fade">
        <FlowArrow curve={arrows.queue} color={palette.queue} />
        {arrows.workers.map((curve, i) => (
          <FlowArrow key={i} curve={curve} color={palette.queue} />
        ))}
      </Reveal>
      {place.workers.map((p, i) => (
        <Reveal
          name={`Worker ${i + 1}`}
          key={i}
          at={beats.queue + (i + 1) * STAGGER}
          effect="rise"
          position={tuple(p)}
        >
          <ServerRack units={2} />
        </Reveal>
      ))}
      <Reveal
        name="Workers label"
        at={beats.queue + 1}
        effect="fade"
        position={tuple(v(place.workers[0], 0, 1.25, 0))}
      >
        <NameTag text="Workers" color={palette.server} />
      </Reveal>

      {place.shards.map((p, i) => (
        <Reveal
          name={`Shard ${i + 1}`}
          key={i}
          at={beats['data-tier'] + i * (STAGGER / 2)}
          effect="rise"
          position={tuple(p)}
        >
          <DatabaseCylinder />
        </Reveal>
      ))}
      <Reveal name="Shard replicas" at={beats['data-tier'] + 1} effect="rise">
        <DatabaseSwarm positions={replicas} />
      </Reveal>
      <Reveal name="Arrow: shards" at={beats['data-tier']} effect="fade">
        <FlowArrow curve={arrows.shards} color={palette.database} />
      </Reveal>
      <Reveal
        name="Shards + replicas label"
        at={beats['data-tier'] + 1}
        effect="fade"
        position={tuple(architectureMapLayout.dataName)}
      >
        {/* Behind the column, as on the map: below it sits the session store. */}
        <NameTag text="Shards + replicas" color={palette.database} />
      </Reveal>

      <Reveal
        name="Session store"
        at={beats.sessions}
        effect="rise"
        position={tuple(place.sessions)}
      >
        <NoSqlStore />
        <NameTag text="Sessions (NoSQL)" color={palette.database} />
      </Reveal>
      <Reveal name="Arrow: sessions" at={beats.sessions} effect="fade">
        <FlowArrow curve={arrows.sessions} color={palette.database} />
      </Reveal>

      {/* Watching over all of it. */}
      <Reveal
        name="Monitoring & automation"
        at={beats.tools}
        effect="rise"
        position={tuple(place.tools)}
      >
        <Speedometer position={[-1.6, 1.2, 0]} scale={1.8} />
        <Rocket position={[1.6, 0, 0]} scale={0.9} />
        <NameTag text="Monitoring & automation" color={palette.accent} />
      </Reveal>
    </>
  )
}

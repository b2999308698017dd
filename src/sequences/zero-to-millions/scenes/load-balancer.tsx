import { useMemo } from 'react'
import { Callout } from '../../../models/Callout'
import { CheckMark } from '../../../models/CheckMark'
import { DnsServer } from '../../../models/DnsServer'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { LoadBalancer } from '../../../models/LoadBalancer'
import { ServerRack } from '../../../models/ServerRack'
import { UserFigure } from '../../../models/UserFigure'
import { loadBalancer as script } from '../script/load-balancer'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { loadBalancerLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Staged } from '../../../world/Staged'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import { balancer } from '../sims/load-balancer'
import type { ChapterSceneProps } from '../../../world/film'
import { LoadBalancerTraffic } from '../../../world/traffic/LoadBalancerTraffic'
import { PoolServer } from '../../../world/traffic/PoolServer'

const { beats } = script

/** The site's public address from the storyboard: with a load balancer, DNS returns its IP. */
const PUBLIC_IP = '15.125.23.214'
const DOMAIN = 'www.mysite.com'
/**
 * Lift of the first server's path and the extra for each next one: low, so the paths pass over
 * the nearer racks' tops but under their status lines.
 */
const ARC_LIFT = 0.5
const ARC_STEP = 0.4
/** Notes about the pool: readable (36 px at 1080p) from the wide shot, about 23 units away. */
const NOTE_SIZE = 0.6
const DNS_LABEL_SIZE = 0.7

const port = (v: Vec3): Vec3 => [v[0], place.serverPortY, v[2] + 0.8]

/**
 * Chapter 4: the load balancer. Everything that moves after it arrives, which server each
 * request goes to, when server 1 drops out of the pool and when server 3 joins, and every count,
 * is read from a simulated load balancer with health checks.
 */
export function LoadBalancerScene({ active }: ChapterSceneProps) {
  const lb = useChapterSim(balancer)
  const ports = useMemo(() => place.servers.map(port), [])
  const direct = useMemo(() => arcCurve(place.userPort, ports[0]!, 0, 2), [ports])
  const userToLb = useMemo(() => arcCurve(place.userPort, place.lbPort, 0, 1.2), [])
  // Farther servers arc higher, so the paths fan out instead of lying on one another.
  const lbToServer = useMemo(
    () => ports.map((p, i) => arcCurve(place.lbPort, p, 0, ARC_LIFT + i * ARC_STEP)),
    [ports],
  )
  return (
    <>
      <ChapterCamera active={active} position={[-1.2, 6.5, 21]} target={[-1.2, 3, 0]} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.problem}
        position={[-0.5, 6.4, 0]}
      />

      <Staged name="Users" position={place.user}>
        <UserFigure />
        <Label text="Users" size={NOTE_SIZE} billboard position={[0, 2.55, 0]} />
      </Staged>
      <Staged name="DNS server" position={place.dns}>
        <DnsServer />
        {/* Larger: it stands farther back than the rest. */}
        <Label text="DNS" size={DNS_LABEL_SIZE} billboard position={[0, 3.4, 0]} />
      </Staged>

      {/* Before: users straight to one server. */}
      <Reveal
        name="Lone server"
        at={beats.problem}
        until={beats['lb-in']}
        position={tuple(place.servers[0]!)}
      >
        <ServerRack />
      </Reveal>
      <Reveal
        name="Direct arrow"
        at={beats.problem + 1}
        until={beats['lb-in']}
        effect="fade"
        duration={1.5}
      >
        <FlowArrow curve={direct} color={palette.request} active />
      </Reveal>

      {/* The load balancer arrives between users and servers. */}
      <Reveal
        name="Load balancer"
        at={beats['lb-in']}
        effect="rise"
        lift={3}
        duration={1.4}
        position={tuple(place.lb)}
      >
        <LoadBalancer />
      </Reveal>
      <Reveal
        name="Load balancer name"
        at={beats['lb-in']}
        effect="fade"
        duration={1.4}
        position={tuple(place.lbName)}
      >
        <Label text="Load balancer" size={NOTE_SIZE} anchorX="left" billboard />
      </Reveal>
      <Reveal name="Arrows via the balancer" at={beats['lb-in'] + 1.5} effect="fade" duration={1.5}>
        <FlowArrow curve={userToLb} color={palette.textMuted} />
        <FlowArrow curve={lbToServer[1]!} color={palette.textMuted} />
      </Reveal>
      {/*
        The path to server 1 goes once the balancer has taken it out of the pool (the health
        check after its failure, by the reroute beat): no arrow leads into a removed server.
      */}
      <Reveal
        name="Arrow to server 1"
        at={beats['lb-in'] + 1.5}
        until={beats.reroute}
        effect="fade"
        duration={1.5}
      >
        <FlowArrow curve={lbToServer[0]!} color={palette.textMuted} />
      </Reveal>
      <Reveal name="Arrow to server 3" at={beats.join} effect="fade" duration={1.5}>
        <FlowArrow curve={lbToServer[2]!} color={palette.textMuted} />
      </Reveal>
      {place.servers.map((p, i) => (
        <PoolServer
          name={`Server ${i + 1}`}
          key={i}
          lb={lb}
          index={i}
          position={p}
          from={i === 0 ? beats.problem : beats['lb-in']}
        />
      ))}

      <Reveal name="Public IP" at={beats.addresses} effect="pop" position={tuple(place.publicIp)}>
        <Label
          text={`public IP\n${PUBLIC_IP}`}
          size={NOTE_SIZE}
          anchorX="left"
          textAlign="left"
          weight="mono"
          color={palette.balancer}
          billboard
        />
      </Reveal>
      <Reveal
        name="Private IPs: inside our network only label"
        at={beats.addresses + 2}
        until={beats['dns-table']}
        effect="pop"
        position={tuple(place.privateNote)}
      >
        <Label
          text="private IPs: inside our network only"
          size={NOTE_SIZE}
          color={palette.textMuted}
          billboard
        />
      </Reveal>

      <LoadBalancerTraffic
        name="Traffic: users to the servers"
        lb={lb}
        from={beats.traffic}
        user={place.userPort}
        balancer={place.lbPort}
        paths={lbToServer}
      />
      <Reveal
        name="Balancer readout"
        at={beats.traffic + 6}
        until={beats['dns-table']}
        effect="fade"
        position={tuple(place.poolNotes)}
      >
        <LiveLabel
          compute={(local) => {
            const s = lb.stateAt(local)
            const next = Math.max(0, Math.ceil(s.healthCheck.next - local))
            // Requests sent to a dead server before a health check notices are lost: say so.
            const lost = s.totals.failed
            return lost === 0
              ? `next health check in ${next} s`
              : `health check in ${next} s · lost to the dead server: ${lost}`
          }}
          size={NOTE_SIZE}
          color={palette.textMuted}
          billboard
        />
      </Reveal>

      <Reveal
        name="DNS record callout"
        at={beats['dns-table']}
        until={beats.summary}
        effect="rise"
        position={tuple(place.dnsTable)}
      >
        <Callout
          scale={place.dnsTableScale}
          title="DNS record"
          lines={[DOMAIN, `points to ${PUBLIC_IP}`, '(the load balancer)']}
          width={place.dnsTableWidth}
          code
          accent={palette.dns}
        />
      </Reveal>
      <Reveal
        name="Failover and availability label"
        at={beats.summary}
        effect="rise"
        position={tuple(place.summaryTitle)}
      >
        <Label text="Failover and availability" size={textSize.title} color={palette.accent} />
      </Reveal>
      <Reveal
        name="No single web server mark"
        at={beats.summary + 1}
        effect="pop"
        position={tuple(place.summaryLine)}
      >
        <CheckMark size={0.8} />
        <Label
          text="No single web server can take the site down"
          size={NOTE_SIZE}
          anchorX="left"
          position={[0.7, 0, 0]}
        />
      </Reveal>
    </>
  )
}

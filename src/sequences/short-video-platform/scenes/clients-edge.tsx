import { useMemo } from 'react'
import { CacheBlock } from '../../../models/CacheBlock'
import { DnsServer } from '../../../models/DnsServer'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import { SmartTv } from '../../../models/SmartTv'
import { UserDevice } from '../../../models/UserDevice'
import { XMark } from '../../../models/XMark'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { halves, inShot, shot, text } from '../layout'
import { Chain } from '../parts/Chain'
import { Panel } from '../parts/Panel'
import { Stream } from '../parts/Stream'
import { Opening } from '../parts/Opening'
import { clientsEdge as script } from '../script/clients-edge'
import { keyText } from '../../../world/stagedKeys'

const { beats } = script
const clients = shot(0)
const cdn = shot(1)
const dns = shot(2)

/** The three kinds of client, spread across the first shot, twice life size so they read. */
const DEVICES = [
  { x: -6.5, name: 'Mobile (iOS / Android)', beat: beats.mobile },
  { x: 0, name: 'Web browser', beat: beats.web },
  { x: 6.5, name: 'Smart TV apps', beat: beats.tv },
] as const
const DEVICE_SCALE = 2.2
/**
 * The devices and their names stand high enough that the names clear a two-line caption at
 * the frame's foot (its top is about 3.1 under the shot's centre).
 */
const DEVICE_Y = -1.6
const NAME_Y = -2.6

/** The edge cache high on the left, the players it streams to below it. */
const EDGE: [number, number, number] = [-5.4, 1.6, 0]
const PLAYERS: readonly [number, number, number][] = [
  [-8.4, -2.6, 0],
  [-2.4, -2.6, 0],
]
/** Smaller edges around the main one: many points of presence. */
const POPS = [-9.2, -7.6, -3.2, -1.6]
/**
 * The four regions Route 53 answers with; the third fails at the failover beat. The first
 * one's name starts inside the title-safe area (5 % in from the frame's edge, about -9.9).
 */
const REGION_X = [-8.9, -6.3, -3.7, -1.1]
/** The regions' racks: high enough that their names clear a two-line caption. */
const REGION_Y = -2.2
/** Routes end just over a rack's top. */
const ROUTE_END_Y = REGION_Y + 2
/** The GeoDNS server rises with the regions, so the routes down to them keep their length. */
const DNS_Y = 1.7
const FAILED = 2

export function ClientsEdgeScene({ active }: ChapterSceneProps) {
  const streams = useMemo(
    () => PLAYERS.map((p) => arcCurve(inShot(cdn, [EDGE[0], EDGE[1], 0]), inShot(cdn, p), 0, 0.6)),
    [],
  )
  const routes = useMemo(
    () =>
      REGION_X.map((x) =>
        arcCurve(inShot(dns, [-5.4, DNS_Y, 0]), inShot(dns, [x, ROUTE_END_Y, 0]), 0, 0.4),
      ),
    [],
  )
  return (
    <>
      <Opening
        active={active}
        shot={clients}
        title={script.title}
        at={beats['heading-in']}
        until={beats.clients}
      />

      {/* Clients: three screens, one back end. */}
      <Reveal
        name="Client layer title"
        at={beats.clients}
        until={beats.cdn}
        effect="fade"
        position={inShot(clients, [0, 3.6, 0])}
      >
        <Label text="Client layer" size={text.title} color={palette.client} />
      </Reveal>
      {DEVICES.map((d, i) => (
        <Reveal
          key={d.name}
          name={keyText(`Device: ${d.name}`)}
          at={d.beat}
          until={beats.cdn}
          position={inShot(clients, [d.x, DEVICE_Y, 0])}
        >
          {i === 0 && <UserDevice kind="phone" scale={DEVICE_SCALE} />}
          {i === 1 && <UserDevice kind="laptop" scale={DEVICE_SCALE} />}
          {i === 2 && <SmartTv scale={DEVICE_SCALE * 0.8} />}
          <Label text={d.name} size={text.body} position={[0, NAME_Y - DEVICE_Y, 0]} />
        </Reveal>
      ))}

      {/* CDN: an edge near the viewers streams segments; then the tiers a miss climbs. */}
      <Panel
        at={beats.cdn}
        until={beats.dns}
        position={inShot(cdn, halves.panel)}
        width={halves.panelWidth}
        title="CDN layer (CloudFront)"
        accent={palette.cache}
        items={[
          { at: beats.streaming, lines: ['Video streaming (HLS/DASH),', 'adaptive bitrate'] },
          { at: beats.assets, lines: ['Static assets: thumbnails,', 'profile pictures, icons'] },
          { at: beats.pops, lines: ['Edge caching: 200+ POPs', 'around the globe'] },
          { at: beats.tiers, lines: ['Multi-tier cache:', 'edge -> regional -> origin'] },
        ]}
      />
      <Reveal name="Edge cache" at={beats.cdn} until={beats.tiers} position={inShot(cdn, EDGE)}>
        <CacheBlock size={1.6} />
        <Label text="Edge" size={text.body} color={palette.cache} position={[0, 1.7, 0]} />
      </Reveal>
      {POPS.map((x, i) => (
        <Reveal
          key={x}
          name={`POP ${i + 1}`}
          at={beats.pops + i * 0.25}
          until={beats.tiers}
          position={inShot(cdn, [x, EDGE[1] + 0.2, 0])}
        >
          <CacheBlock size={0.6} />
        </Reveal>
      ))}
      <Reveal
        name="POP count"
        at={beats.pops + 1}
        until={beats.tiers}
        effect="fade"
        position={inShot(cdn, [EDGE[0], EDGE[1] - 0.9, 0])}
      >
        <Label text="200+ POPs" size={text.body} color={palette.cache} />
      </Reveal>
      <Reveal
        name="Phone"
        at={beats.streaming}
        until={beats.tiers}
        position={inShot(cdn, PLAYERS[0]!)}
      >
        <UserDevice kind="phone" scale={1.4} />
      </Reveal>
      <Reveal
        name="Smart TV"
        at={beats.streaming}
        until={beats.tiers}
        position={inShot(cdn, PLAYERS[1]!)}
      >
        <SmartTv scale={1.1} />
      </Reveal>
      <Stream
        name="Traffic: video segments to the players"
        paths={streams}
        from={beats.streaming + 0.6}
        until={beats.tiers - 1.5}
        every={0.35}
        travel={1.2}
        color={palette.cache}
      />
      <Chain
        name="Cache tiers"
        at={beats.tiers}
        until={beats.dns}
        position={inShot(cdn, [-9, -0.8, 0])}
        pitch={3.6}
        nodeWidth={2.7}
        nodes={[
          { label: 'Edge', color: palette.cache },
          { label: 'Regional', color: palette.cache },
          { label: 'Origin', color: palette.server },
        ]}
      />
      <Reveal
        name="Miss path note"
        at={beats.tiers + 2}
        until={beats.dns}
        effect="fade"
        position={inShot(cdn, [-5.4, -2.2, 0])}
      >
        <Label text="A miss climbs one tier at a time" size={text.body} color={palette.textMuted} />
      </Reveal>

      {/* Route 53: DNS picks a healthy region near the user. */}
      <Panel
        at={beats.dns}
        position={inShot(dns, halves.panel)}
        width={halves.panelWidth}
        title="Global load balancer (Route 53)"
        accent={palette.dns}
        items={[
          { at: beats.geo, lines: ['Geo-based DNS routing'] },
          { at: beats.health, lines: ['Health checks every 30 s'] },
          { at: beats.failover, lines: ['Automatic failover'] },
          { at: beats.regions, lines: ['Multi-region support'] },
        ]}
      />
      <Reveal name="GeoDNS server" at={beats.dns} position={inShot(dns, [-5.4, DNS_Y, 0])}>
        <DnsServer scale={1.3} />
      </Reveal>
      {REGION_X.map((x, i) => (
        <Reveal
          key={x}
          name={`Region ${i + 1}`}
          at={beats.geo + i * 0.3}
          position={inShot(dns, [x, REGION_Y, 0])}
        >
          {i === FAILED ? (
            <>
              <Reveal name={`Region ${i + 1} server`} at={0} until={beats.failover}>
                <ServerRack scale={0.8} />
              </Reveal>
              <Reveal name={`Region ${i + 1} server, failed`} at={beats.failover} effect="fade">
                <ServerRack scale={0.8} status="failed" />
                <XMark position={[0, 1.4, 0.8]} scale={0.6} />
              </Reveal>
            </>
          ) : (
            <ServerRack scale={0.8} />
          )}
          <Label text={`Region ${i + 1}`} size={text.body} position={[0, -0.5, 0]} />
        </Reveal>
      ))}
      {routes.map((curve, i) => (
        <Reveal
          key={i}
          name={`Route to region ${i + 1}`}
          at={beats.geo + 0.5 + i * 0.3}
          until={i === FAILED ? beats.failover : undefined}
          effect="fade"
        >
          <FlowArrow curve={curve} color={palette.dns} inset={0.6} radius={0.05} active />
        </Reveal>
      ))}
      <Stream
        name="Traffic: routed to healthy regions"
        paths={routes.filter((_, i) => i !== FAILED)}
        from={beats.health}
        until={script.duration}
        every={0.5}
        travel={1}
        color={palette.success}
        radius={0.12}
      />
    </>
  )
}

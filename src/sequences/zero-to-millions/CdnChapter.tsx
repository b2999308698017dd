import { useMemo } from 'react'
import { CacheBlock } from '../../models/CacheBlock'
import { Callout } from '../../models/Callout'
import { FlowArrow } from '../../models/FlowArrow'
import { Globe } from '../../models/Globe'
import { GlobeMarker } from '../../models/GlobeMarker'
import { Label } from '../../models/Label'
import { ServerRack } from '../../models/ServerRack'
import { cdn as script } from '../../script/zero-to-millions/cdn'
import { createCdn, defaultCdnParams, type Cdn, type GeoPoint } from '../../sim'
import { ChapterCamera } from '../../world/ChapterCamera'
import { ChapterHeading } from '../../world/ChapterHeading'
import { facingAt, GreatCircleArc } from '../../world/geo'
import { Grow } from '../../world/Grow'
import { cdnLayout as at } from '../../world/layout'
import { LiveLabel } from '../../world/LiveLabel'
import { PacketTrip } from '../../world/PacketTrip'
import { palette } from '../../world/palette'
import type { Vec3 } from '../../world/paths'
import { Reveal } from '../../world/Reveal'
import { textSize } from '../../world/typography'
import { useSimParams } from '../SimContext'
import type { ChapterSceneProps } from '../types'
import { CdnTraffic, type CdnRoutes } from './CdnTraffic'
import { TtlClock } from './TtlClock'

const { beats } = script

/** Requests a second at the day's peak: enough that every edge keeps busy during the chapter. */
const PEAK_RPS = 16
/** User A is one of the simulation's London users; the asset is its most requested one. */
const USER_REGION = 'london'
const ASSET = 'image.png'
/** The book's examples of CDN addresses. */
const URLS = [
  'https://mysite.cloudfront.net/logo.jpg',
  'https://mysite.akamai.com/image-manager/img/logo.jpg',
] as const
/** Seconds for the walk-through's packets: a hop to the nearby edge, and a crossing of the ocean. */
const HOP = 1
const CROSSING = 2
/** Packets on the globe: smaller than on the diagrams, so the hop up to an edge still shows. */
const PACKET = 0.18
/** Which side of their marker names sit: apart where two places are neighbours on the map. */
const LABEL_SIDES: Record<string, 'center' | 'left' | 'right'> = {
  'edge-lhr': 'right',
  'edge-jfk': 'right',
}
const BAR_HEIGHT = 0.5

const tuple = (v: Vec3): [number, number, number] => [v[0], v[1], v[2]]
const ms = (value: number) => `${Math.round(value)} ms`

/**
 * Chapter 7: a CDN on the globe. The simulated CDN's edges (orange: they are caches) and origin
 * stand where its parameters put them; its latency model gives the walk-through's numbers; its
 * request stream, with hits, misses and TTL expiry, then plays across the map.
 */
export function CdnChapter({ active }: ChapterSceneProps) {
  const sim = useSimParams()
  const cdn = useMemo(
    () =>
      createCdn({
        seed: sim.seed,
        arrivals: { ...defaultCdnParams.arrivals, peakRps: PEAK_RPS, load: sim.load },
      }),
    [sim.seed, sim.load],
  )
  const { params } = cdn
  const R = at.globeRadius
  const user = params.regions.find((r) => r.id === USER_REGION)!
  const latency = cdn.latency(USER_REGION)
  const userEdge = params.edges.find((e) => e.id === latency.edge)!
  const paths = useMemo(() => {
    const arc = (a: GeoPoint, b: GeoPoint, lift: number, h0: number, h1: number) =>
      new GreatCircleArc(a, b, R, lift, h0, h1)
    const { edgeHeight: e, originHeight: o, longLift, hopLift } = at
    // Each region's users go to the edge the simulation routes them to: the nearest.
    const edgeOf = (region: GeoPoint) =>
      params.edges.find((x) => x.id === cdn.latency(region.id).edge)!
    const routes: CdnRoutes = {
      ask: new Map(params.regions.map((r) => [r.id, arc(r, edgeOf(r), hopLift, 0, e)])),
      back: new Map(params.regions.map((r) => [r.id, arc(edgeOf(r), r, hopLift * 0.5, e, 0)])),
      fetch: new Map(params.edges.map((x) => [x.id, arc(x, params.origin, longLift, e, o)])),
      fill: new Map(params.edges.map((x) => [x.id, arc(params.origin, x, longLift * 0.7, o, e)])),
    }
    return {
      routes,
      toEdge: routes.ask.get(user.id)!,
      fromEdge: routes.back.get(user.id)!,
      toOrigin: arc(user, params.origin, longLift * 1.3, 0, o),
      fromOrigin: arc(params.origin, user, longLift, o, 0),
      fetch: routes.fetch.get(userEdge.id)!,
      fill: routes.fill.get(userEdge.id)!,
    }
  }, [cdn, params, R, user, userEdge])

  const rows = [
    {
      beat: beats.request,
      text: 'User A -> CDN edge (London)',
      value: latency.edgeMs,
      color: palette.cache,
    },
    {
      beat: beats.direct,
      text: 'User A -> origin server (US-East)',
      value: latency.originMs,
      color: palette.server,
    },
    {
      beat: beats.miss + 6,
      text: 'First request, a miss: via the origin',
      value: latency.missMs,
      color: palette.response,
    },
  ]

  return (
    <>
      <ChapterCamera active={active} position={[-6.2, 7.3, 23]} target={[-6.2, 7, 0]} />
      <ChapterHeading
        kicker="Chapter 7"
        title={script.title}
        at={beats['heading-in']}
        until={beats['edges-in']}
        position={tuple(at.heading)}
      />

      <Globe position={tuple(at.globe)} radius={R} turn={(local) => facingAt(at.turns, local)}>
        {params.edges.map((e, i) => (
          <Reveal key={e.id} at={beats['edges-in'] + i * 0.4} effect="pop">
            <GlobeMarker
              lat={e.lat}
              lon={e.lon}
              radius={R}
              height={at.edgeHeight}
              color={palette.cache}
              label={e.name.replace(/^Edge /, '')}
              labelColor={palette.cache}
              labelSide={LABEL_SIDES[e.id] ?? 'center'}
            >
              <CacheBlock size={0.36} />
            </GlobeMarker>
          </Reveal>
        ))}
        <Reveal at={beats['edges-in'] + 2.4} effect="pop">
          <GlobeMarker
            lat={params.origin.lat}
            lon={params.origin.lon}
            radius={R}
            height={at.originHeight}
            color={palette.server}
            label={params.origin.name}
            labelColor={palette.server}
            labelSide="left"
          >
            <ServerRack scale={0.28} />
          </GlobeMarker>
        </Reveal>
        <Reveal at={beats.request} effect="pop">
          <GlobeMarker
            lat={user.lat}
            lon={user.lon}
            radius={R}
            height={0}
            label="User A"
            labelSide="right"
            labelSize={textSize.label}
          />
        </Reveal>
        {params.regions
          .filter((r) => r.id !== user.id)
          .map((r) => (
            <Reveal key={r.id} at={beats.live} effect="pop">
              <GlobeMarker lat={r.lat} lon={r.lon} radius={R} height={0} />
            </Reveal>
          ))}

        {/* The walk-through: to the nearby edge, or all the way to the origin. */}
        <Reveal at={beats.request} until={beats.live} effect="fade">
          <FlowArrow curve={paths.toEdge} color={palette.cache} inset={0.05} radius={0.04} active />
        </Reveal>
        <PacketTrip
          size={PACKET}
          curve={paths.toEdge}
          at={beats.request + 0.5}
          duration={HOP}
          label={`GET ${ASSET}`}
        />
        <PacketTrip
          size={PACKET}
          curve={paths.fromEdge}
          at={beats.request + 0.6 + HOP}
          duration={HOP}
          dwell={1.2}
          color={palette.cache}
          label={ms(latency.edgeMs)}
          labelColor={palette.cache}
        />
        <Reveal at={beats.direct} until={beats.miss} effect="fade">
          <FlowArrow curve={paths.toOrigin} color={palette.server} inset={0.2} active />
        </Reveal>
        <PacketTrip
          size={PACKET}
          curve={paths.toOrigin}
          at={beats.direct + 0.5}
          duration={CROSSING}
          label={`GET ${ASSET}`}
        />
        <PacketTrip
          size={PACKET}
          curve={paths.fromOrigin}
          at={beats.direct + 0.6 + CROSSING}
          duration={CROSSING}
          dwell={1.2}
          color={palette.server}
          label={ms(latency.originMs)}
          labelColor={palette.server}
        />

        {/* A miss: the edge fetches from the origin, keeps a copy, and answers. */}
        <Reveal at={beats.miss} until={beats.hit} effect="fade">
          <FlowArrow curve={paths.fetch} color={palette.response} inset={0.2} active />
        </Reveal>
        <PacketTrip
          size={PACKET}
          curve={paths.toEdge}
          at={beats.miss + 0.5}
          duration={HOP}
          label="1. miss: not cached"
        />
        <PacketTrip
          size={PACKET}
          curve={paths.fetch}
          at={beats.miss + 1.6}
          duration={CROSSING}
          color={palette.response}
          label="2. fetch from origin"
          labelColor={palette.response}
        />
        <PacketTrip
          size={PACKET}
          curve={paths.fill}
          at={beats.miss + 1.7 + CROSSING}
          duration={CROSSING}
          color={palette.response}
          label="3. store a copy"
          labelColor={palette.response}
        />
        <Reveal at={beats.miss + 2 + 2 * CROSSING + HOP} until={beats.live} effect="pop">
          <GlobeMarker
            lat={userEdge.lat}
            lon={userEdge.lon}
            radius={R}
            height={at.edgeHeight}
            color={palette.cache}
            label={`${ASSET} cached`}
            labelSide="left"
            labelColor={palette.cache}
          >
            <group />
          </GlobeMarker>
        </Reveal>
        <PacketTrip
          size={PACKET}
          curve={paths.fromEdge}
          at={beats.miss + 1.8 + 2 * CROSSING}
          duration={HOP}
          dwell={0.8}
          color={palette.success}
          label="4. return"
          labelColor={palette.success}
        />

        {/* A hit: straight back from the edge. */}
        <PacketTrip
          size={PACKET}
          curve={paths.toEdge}
          at={beats.hit + 0.3}
          duration={HOP}
          label="hit"
        />
        <PacketTrip
          size={PACKET}
          curve={paths.fromEdge}
          at={beats.hit + 0.4 + HOP}
          duration={HOP}
          dwell={1}
          color={palette.success}
          label={ms(latency.edgeMs)}
          labelColor={palette.success}
        />

        {/* Then the simulated requests from every region. */}
        <CdnTraffic cdn={cdn} from={beats.live} routes={paths.routes} />
      </Globe>

      {/* The latencies the simulation computes, as bars. */}
      {rows.map((row, i) => {
        const width = row.value * at.barPerMs
        return (
          <Reveal
            key={row.text}
            at={row.beat}
            until={beats.urls}
            effect="fade"
            position={[at.panelLeft, at.rowsY[i]!, 0]}
          >
            <Label text={row.text} size={textSize.label} anchorX="left" position={[0, 0.65, 0]} />
            <Grow from={[0.001, 1, 1]} to={[1, 1, 1]} at={row.beat + 0.4} duration={1.2}>
              <mesh position={[width / 2, 0, 0]}>
                <planeGeometry args={[width, BAR_HEIGHT]} />
                <meshBasicMaterial color={row.color} />
              </mesh>
            </Grow>
            <Label
              text={ms(row.value)}
              size={textSize.label}
              color={row.color}
              anchorX="left"
              position={[width + 0.3, 0, 0]}
            />
          </Reveal>
        )
      })}
      <Reveal at={beats.live + 1} until={beats.urls} effect="fade" position={tuple(at.live)}>
        <LiveLabel
          compute={(local) => {
            const s = cdn.stateAt(local)
            return `hit rate ${Math.round(100 * s.hitRate)}% · ${s.originFetches} fetches from the origin`
          }}
          size={textSize.label}
          anchorX="left"
        />
      </Reveal>

      <Reveal at={beats.urls} until={beats.benefits} effect="rise" position={tuple(at.urls)}>
        <Callout
          title="CDN URLs: Amazon CloudFront, Akamai"
          lines={URLS}
          width={at.urlsWidth}
          code
          accent={palette.cache}
        />
      </Reveal>

      <Reveal at={beats.ttl} until={beats.benefits} effect="pop" position={tuple(at.ttl)}>
        <TtlClock
          ttl={params.ttl}
          color={palette.cache}
          leftAt={(local) => expiresIn(cdn, userEdge.id, local)}
        />
        <Label
          text={`TTL ${params.ttl} s: how long a copy stays fresh`}
          size={textSize.label}
          color={palette.cache}
          anchorX="left"
          position={[1.1, 0.3, 0]}
        />
        <LiveLabel
          compute={(local) => {
            const left = expiresIn(cdn, userEdge.id, local)
            return left > 0
              ? `${ASSET} in London: fresh for ${Math.ceil(left)} s more`
              : `${ASSET} in London: expired, next request refetches`
          }}
          size={textSize.small}
          anchorX="left"
          position={[1.1, -0.4, 0]}
        />
      </Reveal>

      <Reveal at={beats.benefits} effect="rise" position={tuple(at.benefits)}>
        <Label
          text="Faster load times,"
          size={textSize.heading}
          color={palette.accent}
          anchorX="left"
        />
        <Label
          text="globally"
          size={textSize.heading}
          color={palette.accent}
          anchorX="left"
          position={[0, -1.2, 0]}
        />
        <Label
          text="average wait of the requests so far:"
          size={textSize.label}
          anchorX="left"
          position={[0, -2.6, 0]}
        />
        <LiveLabel
          compute={(local) => `via the CDN: ${ms(cdn.stateAt(local).meanLatencyMs)}`}
          size={textSize.label}
          color={palette.cache}
          anchorX="left"
          position={[0, -3.5, 0]}
        />
        <LiveLabel
          compute={(local) => `straight to the origin: ${ms(cdn.stateAt(local).meanDirectMs)}`}
          size={textSize.label}
          color={palette.server}
          anchorX="left"
          position={[0, -4.4, 0]}
        />
      </Reveal>
    </>
  )
}

/** Seconds the edge's copy of the asset has left at a chapter time (0: not held). */
function expiresIn(cdn: Cdn, edge: string, local: number): number {
  const held = cdn
    .stateAt(local)
    .edges.find((e) => e.id === edge)
    ?.cached.find((c) => c.asset === ASSET)
  return held?.expiresIn ?? 0
}

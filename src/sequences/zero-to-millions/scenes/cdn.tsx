import { useMemo } from 'react'
import { CacheBlock } from '../../../models/CacheBlock'
import { Callout } from '../../../models/Callout'
import { FlowArrow } from '../../../models/FlowArrow'
import { Globe } from '../../../models/Globe'
import { GlobeMarker } from '../../../models/GlobeMarker'
import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import { cdn as script } from '../script/cdn'
import type { Cdn, GeoPoint } from '../../../sim'
import { window01 } from '../../../timeline/easing'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { facingAt, GreatCircleArc } from '../../../world/geo'
import { Grow } from '../../../world/Grow'
import { cdnLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { Staged } from '../../../world/Staged'
import { Reveal, REVEAL_SECONDS } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import { cdn as cdnSim } from '../sims/cdn'
import type { ChapterSceneProps } from '../../../world/film'
import { CdnTraffic, type CdnRoutes } from '../../../world/traffic/CdnTraffic'
import { TtlClock } from '../../../world/TtlClock'
import { tuple } from '../../../world/paths'

const { beats } = script

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
/**
 * Where names sit beside their markers (world units on screen). London's edge and User A are a
 * finger's width apart on the map, as are New York's edge and the US-East origin: each pair's
 * names run away from each other (origin left, New York right; London right and a little up,
 * User A right and well down), and the copy's tag stands above London's edge, clear of both.
 * New York's also sits a little low: while the globe turns, it passes just left of London's edge.
 */
const NAMES: Record<string, { side: 'center' | 'left' | 'right'; offset?: [number, number] }> = {
  'edge-lhr': { side: 'right', offset: [0, 0.1] },
  'edge-jfk': { side: 'right', offset: [0, -0.3] },
}
const USER_NAME_OFFSET: [number, number] = [0, -0.5]
const CACHED_TAG_OFFSET: [number, number] = [0, 0.15]
/**
 * A marker going round the back (facing from 0 down to -0.25) sinks out of sight just after its
 * name has faded: an edge's tall stalk would otherwise poke over the horizon without its name.
 */
const HIDE_BEHIND = [-0.25, 0] as const
/**
 * The places' names clear while the camera turns to the URLs and the TTL, where the globe's
 * edge would cut them at the frame's side, and come back with the closing view.
 */
const NAMES_AWAY = 0.8
/** Back as the camera arrives (its move takes 2.5 s): before, the origin's would be cut off. */
const NAMES_BACK = 3
const BAR_HEIGHT = 0.5
/** The panel's text: big enough for a phone at 1080p (about 44 px at the camera's distance). */
const PANEL_TEXT = 0.65
const STEP_TEXT = 0.6

const ms = (value: number) => `${Math.round(value)} ms`

/**
 * Chapter 7: a CDN on the globe. The simulated CDN's edges (orange: they are caches) and origin
 * stand where its parameters put them; its latency model gives the walk-through's numbers; its
 * request stream, with hits, misses and TTL expiry, then plays across the map.
 */
export function CdnScene({ active }: ChapterSceneProps) {
  const cdn = useChapterSim(cdnSim)
  const { params } = cdn
  const namesShown = (local: number) =>
    1 - window01(local, beats.urls, beats.benefits + NAMES_BACK, NAMES_AWAY)
  const R = place.globeRadius
  const user = params.regions.find((r) => r.id === USER_REGION)!
  const latency = cdn.latency(USER_REGION)
  const userEdge = params.edges.find((e) => e.id === latency.edge)!
  const paths = useMemo(() => {
    const arc = (a: GeoPoint, b: GeoPoint, lift: number, h0: number, h1: number) =>
      new GreatCircleArc(a, b, R, lift, h0, h1)
    const { edgeHeight: e, originHeight: o, longLift, hopLift } = place
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
      text: 'User A to CDN edge (London)',
      value: latency.edgeMs,
      color: palette.cache,
    },
    {
      beat: beats.direct,
      text: 'User A to origin (US-East)',
      value: latency.originMs,
      color: palette.server,
    },
    {
      beat: beats.miss + 6,
      text: 'First request: a miss',
      value: latency.missMs,
      color: palette.response,
    },
  ]
  // The miss, one step per packet: each line appears as its packet sets off, in its colour.
  const missAt = [
    beats.miss + 0.5,
    beats.miss + 1.6,
    beats.miss + 1.7 + CROSSING,
    beats.miss + 1.8 + 2 * CROSSING,
  ] as const
  const steps = [
    { at: missAt[0], text: '1. Miss: no copy in London yet', color: palette.request },
    { at: missAt[1], text: '2. Edge fetches from the origin', color: palette.response },
    { at: missAt[2], text: '3. Edge stores a copy', color: palette.response },
    { at: missAt[3], text: '4. Edge returns it to User A', color: palette.success },
  ]

  return (
    <>
      <ChapterCamera active={active} position={[-6.2, 7.3, 22.5]} target={[-6.2, 7, 0]} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats['edges-in']}
        position={tuple(place.heading)}
      />

      {/* Named markers fade in rather than pop: a pop grows from the globe's centre, and a name
          (drawn over the globe) would show while its marker is still inside. */}
      <Staged name="Globe" position={place.globe}>
        <Globe radius={R} turn={(local) => facingAt(place.turns, local)}>
          {params.edges.map((e, i) => (
            <Reveal name={e.name} key={e.id} at={beats['edges-in'] + i * 0.4} effect="fade">
              <GlobeMarker
                lat={e.lat}
                lon={e.lon}
                radius={R}
                height={place.edgeHeight}
                color={palette.cache}
                label={e.name.replace(/^Edge /, '')}
                labelColor={palette.cache}
                labelSize={textSize.label}
                labelSide={NAMES[e.id]?.side ?? 'center'}
                labelOffset={NAMES[e.id]?.offset}
                labelShown={namesShown}
                hideBehind={HIDE_BEHIND}
              >
                <CacheBlock size={0.36} />
              </GlobeMarker>
            </Reveal>
          ))}
          <Reveal name="Origin" at={beats['edges-in'] + 2.4} effect="fade">
            <GlobeMarker
              lat={params.origin.lat}
              lon={params.origin.lon}
              radius={R}
              height={place.originHeight}
              color={palette.server}
              label={params.origin.name}
              labelColor={palette.server}
              labelSize={textSize.label}
              labelSide="left"
              labelShown={namesShown}
              hideBehind={HIDE_BEHIND}
            >
              <ServerRack scale={0.28} />
            </GlobeMarker>
          </Reveal>
          <Reveal name="User A" at={beats.request} effect="fade">
            <GlobeMarker
              lat={user.lat}
              lon={user.lon}
              radius={R}
              height={0}
              label="User A"
              labelSide="right"
              labelOffset={USER_NAME_OFFSET}
              labelShown={namesShown}
              labelSize={textSize.label}
              hideBehind={HIDE_BEHIND}
            />
          </Reveal>
          {params.regions
            .filter((r) => r.id !== user.id)
            .map((r) => (
              <Reveal name={`Region: ${r.name}`} key={r.id} at={beats.live} effect="pop">
                <GlobeMarker
                  lat={r.lat}
                  lon={r.lon}
                  radius={R}
                  height={0}
                  hideBehind={HIDE_BEHIND}
                />
              </Reveal>
            ))}

          {/* The walk-through: to the nearby edge, or all the way to the origin. */}
          <Reveal name="Route to the edge" at={beats.request} until={beats.live} effect="fade">
            <FlowArrow
              curve={paths.toEdge}
              color={palette.cache}
              inset={0.05}
              radius={0.04}
              active
            />
          </Reveal>
          <PacketTrip
            name="Request to the edge"
            size={PACKET}
            curve={paths.toEdge}
            at={beats.request + 0.5}
            duration={HOP}
          />
          <PacketTrip
            name="Reply from the edge"
            size={PACKET}
            curve={paths.fromEdge}
            at={beats.request + 0.6 + HOP}
            duration={HOP}
            dwell={1.2}
            color={palette.cache}
          />
          <Reveal name="Route to the origin" at={beats.direct} until={beats.miss} effect="fade">
            <FlowArrow curve={paths.toOrigin} color={palette.server} inset={0.2} active />
          </Reveal>
          <PacketTrip
            name="Request to the origin"
            size={PACKET}
            curve={paths.toOrigin}
            at={beats.direct + 0.5}
            duration={CROSSING}
          />
          <PacketTrip
            name="Reply from the origin"
            size={PACKET}
            curve={paths.fromOrigin}
            at={beats.direct + 0.6 + CROSSING}
            duration={CROSSING}
            dwell={1.2}
            color={palette.server}
          />

          {/* A miss: the edge fetches from the origin, keeps a copy, and answers. */}
          <Reveal
            name="Edge fetches from the origin"
            at={beats.miss}
            until={beats.hit}
            effect="fade"
          >
            <FlowArrow curve={paths.fetch} color={palette.response} inset={0.2} active />
          </Reveal>
          <PacketTrip
            name="Miss: request to the edge"
            size={PACKET}
            curve={paths.toEdge}
            at={missAt[0]}
            duration={HOP}
            dwell={0}
          />
          <PacketTrip
            name="Miss: edge fetches from the origin"
            size={PACKET}
            curve={paths.fetch}
            at={missAt[1]}
            duration={CROSSING}
            dwell={0}
            color={palette.response}
          />
          <PacketTrip
            name="Miss: copy to the edge"
            size={PACKET}
            curve={paths.fill}
            at={missAt[2]}
            duration={CROSSING}
            dwell={0}
            color={palette.response}
          />
          {/* The copy is kept from the moment it arrives. */}
          <Reveal name="Cached copy" at={missAt[2] + CROSSING} until={beats.live} effect="fade">
            <GlobeMarker
              lat={userEdge.lat}
              lon={userEdge.lon}
              radius={R}
              height={place.edgeHeight}
              color={palette.cache}
              label={`${ASSET} cached`}
              labelSide="center"
              labelOffset={CACHED_TAG_OFFSET}
              labelColor={palette.cache}
              labelSize={textSize.label}
            >
              <group />
            </GlobeMarker>
          </Reveal>
          <PacketTrip
            name="Miss: reply to User A"
            size={PACKET}
            curve={paths.fromEdge}
            at={missAt[3]}
            duration={HOP}
            dwell={0.8}
            color={palette.success}
          />

          {/* A hit: straight back from the edge. */}
          <PacketTrip
            name="Hit: request to the edge"
            size={PACKET}
            curve={paths.toEdge}
            at={beats.hit + 0.3}
            duration={HOP}
          />
          <PacketTrip
            name="Hit: reply from the edge"
            size={PACKET}
            curve={paths.fromEdge}
            at={beats.hit + 0.4 + HOP}
            duration={HOP}
            dwell={1}
            color={palette.success}
          />

          {/* Then the simulated requests from every region. */}
          <CdnTraffic
            name="Traffic: users, edges and origin"
            cdn={cdn}
            from={beats.live}
            routes={paths.routes}
            radius={R}
          />
        </Globe>
      </Staged>

      {/* What User A asks for, and the latencies the simulation computes, as bars. */}
      <Reveal
        name="User A asks label"
        at={beats.request}
        until={beats.urls}
        effect="fade"
        position={tuple(place.panelTitle)}
      >
        <Label text={`User A asks for ${ASSET}`} size={PANEL_TEXT} anchorX="left" />
      </Reveal>
      {rows.map((row, i) => {
        const width = row.value * place.barPerMs
        return (
          <Reveal
            name={`Latency bar: ${row.text}`}
            key={row.text}
            at={row.beat}
            until={beats.urls}
            effect="fade"
            position={[place.panelLeft, place.rowsY[i]!, 0]}
          >
            <Label
              text={row.text}
              size={PANEL_TEXT}
              anchorX="left"
              position={[0, place.captionAbove, 0]}
            />
            <Grow from={[0.001, 1, 1]} to={[1, 1, 1]} at={row.beat + 0.4} duration={1.2}>
              <mesh position={[width / 2, 0, 0]}>
                <planeGeometry args={[width, BAR_HEIGHT]} />
                <meshBasicMaterial color={row.color} />
              </mesh>
            </Grow>
            <Label
              text={ms(row.value)}
              size={PANEL_TEXT}
              color={row.color}
              anchorX="left"
              position={[width + 0.3, 0, 0]}
            />
          </Reveal>
        )
      })}

      {/* The miss step by step, then the hit, each line in its own place under the bars. */}
      {steps.map((step, i) => (
        <Reveal
          name={`Miss step ${i + 1}`}
          key={step.text}
          at={step.at}
          until={beats.hit}
          effect="fade"
          position={[place.panelLeft, place.stepsY - i * place.stepPitch, 0]}
        >
          <Label text={step.text} size={STEP_TEXT} color={step.color} anchorX="left" />
        </Reveal>
      ))}
      <Reveal
        name="Next request: a hit label"
        at={beats.hit + 0.3}
        until={beats.live}
        effect="fade"
        position={[place.panelLeft, place.stepsY, 0]}
      >
        <Label
          text="Next request: a hit"
          size={PANEL_TEXT}
          color={palette.success}
          anchorX="left"
        />
        <Label
          text={`served by the edge, ${ms(latency.edgeMs)}`}
          size={STEP_TEXT}
          color={palette.success}
          anchorX="left"
          position={[0, -place.stepPitch, 0]}
        />
      </Reveal>

      <Reveal
        name="Hit rate readout"
        at={beats.live + 1}
        // Gone as the camera settles on the URLs: from there its lines would sit under the captions.
        until={beats.urls - REVEAL_SECONDS}
        effect="fade"
        position={tuple(place.live)}
      >
        <LiveLabel
          compute={(local) => `hit rate ${Math.round(100 * cdn.stateAt(local).hitRate)}%`}
          size={PANEL_TEXT}
          color={palette.success}
          anchorX="left"
        />
        <LiveLabel
          compute={(local) => `${cdn.stateAt(local).originFetches} fetches from the origin`}
          size={STEP_TEXT}
          anchorX="left"
          position={[0, -place.stepPitch, 0]}
        />
      </Reveal>

      <Reveal
        name="CDN URLs"
        at={beats.urls}
        until={beats.benefits}
        effect="rise"
        position={tuple(place.urls)}
      >
        <Callout
          title="CDN URLs: Amazon CloudFront, Akamai"
          lines={URLS}
          width={place.urlsWidth}
          code
          accent={palette.cache}
        />
      </Reveal>

      <Reveal
        name="TTL clock"
        at={beats.ttl}
        until={beats.benefits}
        effect="pop"
        position={tuple(place.ttl)}
      >
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

      {/* After the URLs and the TTL have gone, so the two never cross. */}
      <Reveal
        name="Faster load times, label"
        at={beats.benefits + 1}
        effect="rise"
        position={tuple(place.benefits)}
      >
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
          text="Average wait so far:"
          size={PANEL_TEXT}
          anchorX="left"
          position={[0, -2.7, 0]}
        />
        <LiveLabel
          compute={(local) => `via the CDN: ${ms(cdn.stateAt(local).meanLatencyMs)}`}
          size={PANEL_TEXT}
          color={palette.cache}
          anchorX="left"
          position={[0, -3.7, 0]}
        />
        <LiveLabel
          compute={(local) => `straight to the origin: ${ms(cdn.stateAt(local).meanDirectMs)}`}
          size={PANEL_TEXT}
          color={palette.server}
          anchorX="left"
          position={[0, -4.7, 0]}
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

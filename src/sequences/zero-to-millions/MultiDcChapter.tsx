import { useMemo } from 'react'
import { Color } from 'three'
import { CheckMark } from '../../models/CheckMark'
import { FlowArrow } from '../../models/FlowArrow'
import { Globe } from '../../models/Globe'
import { GlobeMarker } from '../../models/GlobeMarker'
import { Label } from '../../models/Label'
import { StepBadge } from '../../models/StepBadge'
import { multiDc as script } from '../../script/zero-to-millions/multi-dc'
import { createGeoDns, defaultGeoDnsParams } from '../../sim'
import { hashString } from '../../timeline/random'
import { ChapterCamera } from '../../world/ChapterCamera'
import { ChapterHeading } from '../../world/ChapterHeading'
import { facingAt, GreatCircleArc, type LatLon } from '../../world/geo'
import { multiDcLayout as at } from '../../world/layout'
import { LiveLabel } from '../../world/LiveLabel'
import { PacketSwarm } from '../../world/PacketSwarm'
import { palette } from '../../world/palette'
import type { Vec3 } from '../../world/paths'
import { Reveal } from '../../world/Reveal'
import { textSize } from '../../world/typography'
import { useSimParams } from '../SimContext'
import type { ChapterSceneProps } from '../types'
import { DataCentreSite } from './DataCentreSite'
import { GeoTraffic } from './GeoTraffic'

const { beats } = script

/** Users' requests a second: a steady stream (no daily curve within one minute). */
const PEAK_RPS = 12
/** Replication: a change crosses in each direction this often, taking this long. */
const SYNC_EVERY = 0.9
const SYNC_TRIP = 2.2
const SYNC = new Color(palette.database)

/** The three challenges, in the book's order. */
const CHALLENGES = [
  {
    beat: 'redirect',
    title: 'Traffic redirection',
    lines: ['GeoDNS: nearest healthy DC'],
  },
  {
    beat: 'sync',
    title: 'Data synchronization',
    lines: ['data replicated across DCs', 'Netflix: asynchronous'],
  },
  { beat: 'testing', title: 'Testing and deployment', lines: [] },
] as const
const CHECKLIST = [
  'test from every location',
  'automated deployment',
  'same services in every DC',
] as const

/**
 * The challenges' detail lines and checklist: a little over the small size, for 36 px at 1080p
 * from the wide shot (about 20 units away); their lines a little further apart to match.
 */
const DETAIL_SIZE = textSize.small * 1.12
const DETAIL_PITCH = 0.65

const tuple = (v: Vec3): [number, number, number] => [v[0], v[1], v[2]]
/** Each site's database stands just south of its servers. */
const DBS: readonly LatLon[] = at.sites.map((s) => ({ lat: s.lat - at.dbSouth, lon: s.lon }))
const R = at.globeRadius

/**
 * Chapter 9: two data centres on the globe behind GeoDNS. Users' requests are the simulation's:
 * which region they come from (the split), which data centre answers, how traffic drains to the
 * survivor when US-West fails and returns when it recovers. Then the three challenges:
 * redirection, data synchronization (replication both ways) and testing and deployment.
 */
export function MultiDcChapter({ active }: ChapterSceneProps) {
  const sim = useSimParams()
  const outage = { from: beats.failover, until: beats.redirect }
  const geodns = useMemo(() => {
    const [dc1, dc2] = defaultGeoDnsParams.dataCentres
    return createGeoDns({
      seed: sim.seed,
      split: sim.split,
      dataCentres: [
        { ...dc1, outages: [] },
        { ...dc2, outages: [{ at: outage.from, until: outage.until }] },
      ],
      arrivals: { stream: 'ch09-users', peakRps: PEAK_RPS * sim.load, trough: 1 },
    })
  }, [sim.seed, sim.split, sim.load, outage.from, outage.until])
  const paths = useMemo(() => {
    const dcIds = geodns.params.dataCentres.map((d) => d.id)
    const h = at.dbTop
    const toSites = (cities: readonly LatLon[]) =>
      Object.fromEntries(
        at.sites.map((site, i) => [
          dcIds[i]!,
          cities.map((c) => new GreatCircleArc(c, site, R, at.routeLift, 0, at.rackTop)),
        ]),
      )
    return {
      routes: { east: toSites(at.cities.east), west: toSites(at.cities.west) },
      // Replication both ways between the two databases, on separate heights.
      eastToWest: new GreatCircleArc(DBS[0]!, DBS[1]!, R, at.syncLift, h, h, at.syncSide),
      westToEast: new GreatCircleArc(DBS[1]!, DBS[0]!, R, at.syncLift, h, h, at.syncSide),
    }
  }, [geodns])

  return (
    <>
      <ChapterCamera active={active} position={[0, 9, 26]} target={[0, 8.5, 4]} />
      <ChapterHeading
        kicker="Chapter 9"
        title={script.title}
        at={beats['heading-in']}
        until={beats['dcs-in']}
        position={tuple(at.heading)}
      />

      <Globe position={tuple(at.globe)} radius={R} turn={(local) => facingAt(at.turns, local)}>
        {at.sites.map((site, i) => (
          <DataCentreSite
            key={i}
            geodns={geodns}
            index={i as 0 | 1}
            site={site}
            db={DBS[i]!}
            radius={R}
            at={beats['dcs-in'] + 2 + i * 0.8}
            trafficFrom={beats['geo-routing']}
            {...(i === 1 ? { down: outage } : {})}
          />
        ))}
        {[...at.cities.east, ...at.cities.west].map((c, i) => (
          <Reveal key={i} at={beats['geo-routing'] + i * 0.08} effect="pop">
            <GlobeMarker lat={c.lat} lon={c.lon} radius={R} height={0} />
          </Reveal>
        ))}
        <GeoTraffic
          geodns={geodns}
          from={beats['geo-routing']}
          routes={paths.routes}
          seed={hashString(`ch09-cities-${sim.seed}`)}
        />

        {/* Data synchronization: each database sends its changes to the other. */}
        <Reveal at={beats.sync} effect="fade" duration={1.2}>
          <FlowArrow curve={paths.eastToWest} color={palette.database} inset={0.6} active />
        </Reveal>
        <Reveal at={beats.sync + 0.6} effect="fade" duration={1.2}>
          <FlowArrow curve={paths.westToEast} color={palette.database} inset={0.6} active />
        </Reveal>
        <PacketSwarm
          capacity={12}
          radius={0.22}
          fill={(local, put) => {
            const start = beats.sync + 1.5
            if (local < start) return
            const newest = Math.floor((local - start) / SYNC_EVERY)
            for (let k = Math.max(0, newest - 3); k <= newest; k++) {
              const p = (local - start - k * SYNC_EVERY) / SYNC_TRIP
              if (p < 0 || p >= 1) continue
              put(k % 2 === 0 ? paths.eastToWest : paths.westToEast, p, SYNC)
            }
          }}
        />
      </Globe>

      {/* The failover, in words, as the simulation goes through it. */}
      <Reveal at={beats.failover} until={beats.redirect} effect="rise" position={tuple(at.banner)}>
        <LiveLabel
          compute={(local) => {
            const s = geodns.stateAt(local)
            const dc2 = s.dataCentres[1]
            if (dc2.inDns) return 'DC2 offline: health checks notice'
            if (local < geodns.failoverCompleteAt(outage.from)) {
              return `GeoDNS sends ${s.published[0]}% to DC1; cached answers expire`
            }
            return `${s.published[0]}% of traffic to DC1, automatically`
          }}
          size={textSize.label}
          color={palette.failureText}
          outline
        />
      </Reveal>

      {/* The three challenges. */}
      <Reveal at={beats.redirect} effect="fade" position={tuple(at.panel)}>
        <Label
          text="Three challenges"
          size={textSize.heading}
          color={palette.accent}
          anchorX="left"
          position={[0, 1.3, 0]}
        />
      </Reveal>
      {CHALLENGES.map((c, i) => (
        <Reveal
          key={c.beat}
          at={beats[c.beat]}
          effect="rise"
          position={[at.panel[0], at.panel[1] - i * at.rowStep, at.panel[2]]}
        >
          <StepBadge step={i + 1} />
          <Label text={c.title} size={textSize.label} anchorX="left" position={[0.8, 0, 0]} />
          {c.lines.map((line, k) => (
            <Label
              key={line}
              text={line}
              size={DETAIL_SIZE}
              color={palette.textMuted}
              anchorX="left"
              position={[0.8, -0.7 - k * DETAIL_PITCH, 0]}
            />
          ))}
        </Reveal>
      ))}
      {CHECKLIST.map((item, k) => (
        <Reveal
          key={item}
          at={beats.testing + 1.5 + k * 1.5}
          effect="pop"
          position={[
            at.panel[0] + 1.1,
            at.panel[1] - 2 * at.rowStep - 0.8 - k * at.checkStep,
            at.panel[2],
          ]}
        >
          <CheckMark size={0.5} />
          <Label text={item} size={DETAIL_SIZE} anchorX="left" position={[0.5, 0, 0]} />
        </Reveal>
      ))}
    </>
  )
}

import { useMemo } from 'react'
import { Color } from 'three'
import { CheckMark } from '../../../models/CheckMark'
import { FlowArrow } from '../../../models/FlowArrow'
import { Globe } from '../../../models/Globe'
import { GlobeMarker } from '../../../models/GlobeMarker'
import { Label } from '../../../models/Label'
import { StepBadge } from '../../../models/StepBadge'
import { multiDc as script } from '../script/multi-dc'
import { hashString } from '../../../timeline/random'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { facingAt, GreatCircleArc, type LatLon } from '../../../world/geo'
import { multiDcLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketSwarm } from '../../../world/PacketSwarm'
import { palette } from '../../../world/palette'
import { Staged } from '../../../world/Staged'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import { geoDns as geoDnsSim, OUTAGE as outage } from '../sims/multi-dc'
import type { ChapterSceneProps } from '../../../world/film'
import { DataCentreSite } from '../../../world/traffic/DataCentreSite'
import { GeoTraffic } from '../../../world/traffic/GeoTraffic'
import { tuple } from '../../../world/paths'

const { beats } = script

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

/** Each site's database stands just south of its servers. */
const DBS: readonly LatLon[] = place.sites.map((s) => ({ lat: s.lat - place.dbSouth, lon: s.lon }))
const R = place.globeRadius

/**
 * Chapter 9: two data centres on the globe behind GeoDNS. Users' requests are the simulation's:
 * which region they come from (the split), which data centre answers, how traffic drains to the
 * survivor when US-West fails and returns when it recovers. Then the three challenges:
 * redirection, data synchronization (replication both ways) and testing and deployment.
 */
export function MultiDcScene({ active }: ChapterSceneProps) {
  const geodns = useChapterSim(geoDnsSim)
  const paths = useMemo(() => {
    const dcIds = geodns.params.dataCentres.map((d) => d.id)
    const h = place.dbTop
    const toSites = (cities: readonly LatLon[]) =>
      Object.fromEntries(
        place.sites.map((site, i) => [
          dcIds[i]!,
          cities.map((c) => new GreatCircleArc(c, site, R, place.routeLift, 0, place.rackTop)),
        ]),
      )
    return {
      routes: { east: toSites(place.cities.east), west: toSites(place.cities.west) },
      // Replication both ways between the two databases, on separate heights.
      eastToWest: new GreatCircleArc(DBS[0]!, DBS[1]!, R, place.syncLift, h, h, place.syncSide),
      westToEast: new GreatCircleArc(DBS[1]!, DBS[0]!, R, place.syncLift, h, h, place.syncSide),
    }
  }, [geodns])

  return (
    <>
      <ChapterCamera active={active} position={[0, 9, 26]} target={[0, 8.5, 4]} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats['dcs-in']}
        position={tuple(place.heading)}
      />

      <Staged name="Globe" position={place.globe}>
        <Globe radius={R} turn={(local) => facingAt(place.turns, local)}>
          {place.sites.map((site, i) => (
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
          {[...place.cities.east, ...place.cities.west].map((c, i) => (
            <Reveal
              name={`Globe marker ${i + 1}`}
              key={i}
              at={beats['geo-routing'] + i * 0.08}
              effect="pop"
            >
              <GlobeMarker lat={c.lat} lon={c.lon} radius={R} height={0} />
            </Reveal>
          ))}
          <GeoTraffic
            name="Traffic: users to their data centre"
            geodns={geodns}
            from={beats['geo-routing']}
            routes={paths.routes}
            seed={hashString(`ch09-cities-${geodns.params.seed}`)}
          />

          {/* Data synchronization: each database sends its changes to the other. */}
          <Reveal name="Sync arrow east to west" at={beats.sync} effect="fade" duration={1.2}>
            <FlowArrow curve={paths.eastToWest} color={palette.database} inset={0.6} active />
          </Reveal>
          <Reveal name="Sync arrow west to east" at={beats.sync + 0.6} effect="fade" duration={1.2}>
            <FlowArrow curve={paths.westToEast} color={palette.database} inset={0.6} active />
          </Reveal>
          <PacketSwarm
            name="Sync packets"
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
      </Staged>

      {/* The failover, in words, as the simulation goes through it. */}
      <Reveal
        name="GeoDNS readout"
        at={beats.failover}
        until={beats.redirect}
        effect="rise"
        position={tuple(place.banner)}
      >
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
      <Reveal
        name="Three challenges label"
        at={beats.redirect}
        effect="fade"
        position={tuple(place.panel)}
      >
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
          name={`Step badge ${c.beat}`}
          key={c.beat}
          at={beats[c.beat]}
          effect="rise"
          position={[place.panel[0], place.panel[1] - i * place.rowStep, place.panel[2]]}
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
          name={`Check mark ${item}`}
          key={item}
          at={beats.testing + 1.5 + k * 1.5}
          effect="pop"
          position={[
            place.panel[0] + 1.1,
            place.panel[1] - 2 * place.rowStep - 0.8 - k * place.checkStep,
            place.panel[2],
          ]}
        >
          <CheckMark size={0.5} />
          <Label text={item} size={DETAIL_SIZE} anchorX="left" position={[0.5, 0, 0]} />
        </Reveal>
      ))}
    </>
  )
}

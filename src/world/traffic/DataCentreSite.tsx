import { DatabaseCylinder } from '../../models/DatabaseCylinder'
import { GlobeMarker } from '../../models/GlobeMarker'
import { Label } from '../../models/Label'
import { ServerRack } from '../../models/ServerRack'
import { XMark } from '../../models/XMark'
import type { GeoDns } from '../../sim'
import type { LatLon } from '../geo'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import { Reveal } from '../Reveal'
import { textSize } from '../typography'

export type DataCentreSiteProps = {
  geodns: GeoDns
  /** Which of the simulation's two data centres (0: DC1, 1: DC2). */
  index: 0 | 1
  site: LatLon
  /** Where its database stands (beside the servers). */
  db: LatLon
  radius: number
  /** Chapter seconds: when the site appears; when an outage, if any, starts and ends. */
  at: number
  /** Chapter second the users' requests start to show: the measured share appears with them. */
  trafficFrom: number
  down?: { from: number; until: number }
}

/** Size of the servers and database on the map: a landmark, not a diagram. */
const RACK_SCALE = 0.5
const DB_SCALE = 0.34
/** The name, the share and the count stack above the servers, a line apart. */
const LINE = 0.68
/** The count: a little over the small size, for 36 px at 1080p from the wide shot. */
const RECENT_SIZE = textSize.small * 1.12
const LABELS_ABOVE = 0.95
/** The lines float towards the viewer, clear of the globe's bulge beside the site. */
const LABELS_FORWARD = 1.6

/**
 * One data centre on the globe: its servers and database, its name, the share of traffic GeoDNS
 * sends it, and how many requests it served over the simulation's window (or, while it is down,
 * how many failed on it as cached DNS answers expire). During an outage the servers go dark red
 * under a red cross.
 */
export function DataCentreSite({
  geodns,
  index,
  site,
  db,
  radius,
  at,
  trafficFrom,
  down,
}: DataCentreSiteProps) {
  const name = geodns.params.dataCentres[index].name
  const window = geodns.params.window
  return (
    <Reveal name={name} at={at} effect="pop">
      <GlobeMarker lat={site.lat} lon={site.lon} radius={radius} height={0.02}>
        <Reveal name={`${name} servers`} at={at} until={down?.from} effect="fade">
          <ServerRack scale={RACK_SCALE} units={2} />
        </Reveal>
        {down && (
          <>
            <Reveal name={`${name} servers, down`} at={down.from} until={down.until} effect="fade">
              <ServerRack scale={RACK_SCALE} units={2} status="failed" />
            </Reveal>
            <Reveal name={`${name} servers, back`} at={down.until} effect="fade">
              <ServerRack scale={RACK_SCALE} units={2} />
            </Reveal>
          </>
        )}
        {/* The marker turns its children to the viewer: these lines read upright. */}
        <group position={[0, LABELS_ABOVE, LABELS_FORWARD]}>
          {down && (
            <Reveal
              name={`${name} outage mark`}
              at={down.from}
              until={down.until}
              effect="pop"
              position={[0, -0.6, -LABELS_FORWARD + 0.6]}
            >
              <XMark size={0.9} />
            </Reveal>
          )}
          <Label
            text={name}
            size={textSize.label}
            color={palette.server}
            outline
            anchorY="bottom"
            position={[0, 2 * LINE, 0]}
          />
          <LiveLabel
            compute={(local) => {
              const s = geodns.stateAt(local)
              return s.dataCentres[index].up ? `GeoDNS sends ${s.published[index]}%` : 'offline'
            }}
            size={textSize.label}
            outline
            anchorY="bottom"
            position={[0, LINE, 0]}
          />
          <Reveal name={`${name} served count`} at={trafficFrom} effect="fade">
            <LiveLabel
              compute={(local) => {
                // A count, not a second percentage: what this site did with the requests that
                // reached it lately. A dead site serves none; it shows only those that failed
                // on it (clients still holding its cached address).
                const now = geodns.stateAt(local).dataCentres[index]
                const then = geodns.stateAt(local - window).dataCentres[index]
                if (now.up) return `served in the last ${window} s: ${now.served - then.served}`
                const failed = now.failed - then.failed
                return failed > 0 ? `failed in the last ${window} s: ${failed}` : ''
              }}
              size={RECENT_SIZE}
              color={palette.textMuted}
              outline
              anchorY="bottom"
            />
          </Reveal>
        </group>
      </GlobeMarker>
      <GlobeMarker lat={db.lat} lon={db.lon} radius={radius} height={0.02}>
        <DatabaseCylinder scale={DB_SCALE} />
      </GlobeMarker>
    </Reveal>
  )
}

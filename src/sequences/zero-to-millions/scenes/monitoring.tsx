import { Label } from '../../../models/Label'
import { monitoring as script } from '../script/monitoring'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { monitoringLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import type { ChapterSceneProps } from '../../../world/film'
import { MonitoringAutomation } from '../parts/MonitoringAutomation'
import { MonitoringBusinessPanel } from '../parts/MonitoringBusinessPanel'
import { MonitoringDbPanel } from '../parts/MonitoringDbPanel'
import { MonitoringHostPanel } from '../parts/MonitoringHostPanel'
import { MonitoringLogs } from '../parts/MonitoringLogs'
import { clockText, metricsTime } from '../parts/monitoringMetrics'
import { useChapterSim } from '../../../world/SimContext'
import { metrics as metricsSim } from '../sims/monitoring'
import { tuple } from '../../../world/paths'

const { beats } = script

/** The dashboard's clock ticks in ten-minute steps: a simulated minute passes every 1/24 s. */
const CLOCK_STEP_HOURS = 1 / 6
/** The clock sits at the wall's right edge, level with the dashboard's title. */
const WALL_RIGHT = 13.5

/**
 * Chapter 11: logging, metrics, automation. A dashboard builds panel by panel while the simulated
 * site runs through a busy evening: error logs from four servers gather in one place, a host's
 * dials, the database tier's lines and the business bars all read the metrics simulation; then a
 * commit passes continuous integration and a rocket carries it out.
 */
export function MonitoringScene({ active }: ChapterSceneProps) {
  const metrics = useChapterSim(metricsSim)
  return (
    <>
      <ChapterCamera active={active} position={[0, 6, 22]} target={[0, 6, 0]} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.logs}
        position={tuple(place.heading)}
      />

      <Reveal
        name="Monitoring dashboard label"
        at={beats.logs + 0.6}
        effect="fade"
        position={tuple(place.dashboardTitle)}
      >
        <Label
          text="Monitoring dashboard"
          size={textSize.label}
          color={palette.text}
          anchorX="left"
          textAlign="left"
        />
        <LiveLabel
          compute={(local) => {
            const hour = metrics.arrivals.hourAt(metricsTime(local))
            return `simulated time ${clockText(Math.floor(hour / CLOCK_STEP_HOURS) * CLOCK_STEP_HOURS)}`
          }}
          size={textSize.small}
          color={palette.textMuted}
          anchorX="right"
          textAlign="right"
          position={[WALL_RIGHT - place.dashboardTitle[0], 0, 0]}
        />
      </Reveal>

      <MonitoringLogs metrics={metrics} at={beats.logs} />
      <MonitoringHostPanel metrics={metrics} at={beats.host} />
      <MonitoringDbPanel metrics={metrics} at={beats.database} duration={script.duration} />
      <MonitoringBusinessPanel metrics={metrics} at={beats.business} />
      <MonitoringAutomation ci={beats.ci} deploy={beats.deploy} />
    </>
  )
}

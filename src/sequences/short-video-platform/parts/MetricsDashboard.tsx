import { useRef } from 'react'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { Gauge, type GaugeHandle } from '../../../models/Gauge'
import { Label } from '../../../models/Label'
import type { Metrics } from '../../../sim'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { text } from '../layout'
import { dashboardTime } from '../sims/observability'
import { ChartTile } from './ChartTile'
import { TILE_HEIGHT, TILE_PITCH, TILE_WIDTH } from './tiles'

export type MetricsDashboardProps = {
  metrics: Metrics
  at: number
  /** Centre of the row of tiles. */
  position: [number, number, number]
}

/** Chart ceilings: the day's worst stays inside the chart (database p95, failed share). */
const LATENCY_CEILING_MS = 120
const ERROR_CEILING = 0.006
/** The three web servers' dials, spread across their tile. */
const DIAL_RADIUS = 0.45
const DIAL_PITCH = 2
const DIAL_Y = -0.15
const DIAL_READING_Y = -0.47
const DIAL_NAME_Y = -1.05
/** Tiles come up one after another, as the narration names their kinds. */
const STAGGER = 0.6

const ms = (x: number) => `now ${Math.round(x)} ms`
const failed = (x: number) => `now ${(100 * x).toFixed(2)} % failed`

/**
 * What a Grafana board shows, drawn from the metrics simulation: the database tier's p95
 * latency, the share of failed requests, and each web server's CPU, all moving with a simulated
 * day's load. The charts scroll: their right edge is now.
 */
export function MetricsDashboard({ metrics, at, position }: MetricsDashboardProps) {
  const dials = useRef<(GaugeHandle | null)[]>([])
  const hosts = metrics.params.hosts
  useChapterFrame((local) => {
    const t = dashboardTime(local)
    hosts.forEach((_, i) => dials.current[i]?.set(metrics.hostAt(t, i).cpu))
  })
  return (
    <group position={position}>
      <ChartTile
        name="Latency tile"
        at={at}
        position={[-TILE_PITCH, 0, 0]}
        title="p95 latency (DB)"
        color={palette.database}
        ceiling={LATENCY_CEILING_MS}
        read={(t) => metrics.dbAt(t).p95Ms}
        format={ms}
      />
      <ChartTile
        name="Error tile"
        at={at + STAGGER}
        title="Error rate"
        color={palette.failure}
        ceiling={ERROR_CEILING}
        read={(t) => metrics.errorRateAt(t)}
        format={failed}
      />
      <Reveal name="CPU tile" at={at + 2 * STAGGER} effect="fade" position={[TILE_PITCH, 0, 0]}>
        <DashboardPanel
          width={TILE_WIDTH}
          height={TILE_HEIGHT}
          title="CPU per web server"
          accent={palette.server}
        >
          {hosts.map((host, i) => (
            <group key={host} position={[(i - 1) * DIAL_PITCH, DIAL_Y, 0.02]}>
              <Gauge
                ref={(handle) => {
                  dials.current[i] = handle
                }}
                radius={DIAL_RADIUS}
                thickness={0.14}
              />
              <LiveLabel
                compute={(local) =>
                  `${Math.round(100 * metrics.hostAt(dashboardTime(local), i).cpu)}%`
                }
                size={text.body}
                position={[0, DIAL_READING_Y, 0]}
              />
              <Label
                text={host}
                size={text.body}
                color={palette.textMuted}
                position={[0, DIAL_NAME_Y, 0]}
              />
            </group>
          ))}
        </DashboardPanel>
      </Reveal>
    </group>
  )
}

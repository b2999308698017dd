import { useMemo, useRef } from 'react'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { Gauge, type GaugeHandle } from '../../../models/Gauge'
import { Label } from '../../../models/Label'
import { LineChart, type LineChartHandle } from '../../../models/LineChart'
import type { Metrics } from '../../../sim'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { text } from '../layout'
import { CHART_SECONDS, metricsTime } from '../sims/observability'

export type MetricsDashboardProps = {
  metrics: Metrics
  at: number
  /** Centre of the row of tiles. */
  position: [number, number, number]
}

/**
 * Three tiles across the width of the bullets' panel above (19.6), with half a unit between; low
 * enough that two lines of captions pass under them.
 */
const TILE_WIDTH = 6.2
const TILE_HEIGHT = 3.2
const TILE_PITCH = 6.7
/** A chart fills the tile under its title's rule, leaving room for the reading below it. */
const CHART_WIDTH = 5.2
const CHART_HEIGHT = 1.1
const CHART_LEFT = -CHART_WIDTH / 2
const CHART_BOTTOM = -0.85
/** The reading sits under the chart. */
const READING_Y = -1.2
/** Four samples a second: a smooth line, and few points to redraw each frame. */
const SAMPLES_PER_SECOND = 4
const POINTS = CHART_SECONDS * SAMPLES_PER_SECOND + 1
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

const ms = (x: number) => `${Math.round(x)} ms`
const pct = (x: number) => `${(100 * x).toFixed(2)} %`

/** Fills `points` with the last CHART_SECONDS of `read`, as 0–1 pairs, ending at metrics time t. */
function sample(points: Float32Array, t: number, ceiling: number, read: (t: number) => number) {
  for (let i = 0; i < POINTS; i++) {
    const x = i / (POINTS - 1)
    const at = Math.max(0, t - CHART_SECONDS + x * CHART_SECONDS)
    points[2 * i] = x
    points[2 * i + 1] = Math.min(1, read(at) / ceiling)
  }
}

/**
 * What a Grafana board shows, drawn from the metrics simulation: the database tier's p95
 * latency, the share of failed requests, and each web server's CPU, all moving with a simulated
 * day's load. The charts scroll: their right edge is now.
 */
export function MetricsDashboard({ metrics, at, position }: MetricsDashboardProps) {
  const latency = useRef<LineChartHandle>(null)
  const errors = useRef<LineChartHandle>(null)
  const dials = useRef<(GaugeHandle | null)[]>([])
  const buffers = useMemo(
    () => ({ latency: new Float32Array(2 * POINTS), errors: new Float32Array(2 * POINTS) }),
    [],
  )
  const hosts = metrics.params.hosts
  useChapterFrame((local) => {
    const t = Math.max(CHART_SECONDS, metricsTime(local))
    sample(buffers.latency, t, LATENCY_CEILING_MS, (s) => metrics.dbAt(s).p95Ms)
    sample(buffers.errors, t, ERROR_CEILING, (s) => metrics.errorRateAt(s))
    latency.current?.set(buffers.latency, POINTS)
    errors.current?.set(buffers.errors, POINTS)
    hosts.forEach((_, i) => dials.current[i]?.set(metrics.hostAt(t, i).cpu))
  })
  const now = (local: number) => Math.max(CHART_SECONDS, metricsTime(local))
  return (
    <group position={position}>
      <Reveal name="Latency tile" at={at} effect="fade" position={[-TILE_PITCH, 0, 0]}>
        <DashboardPanel
          width={TILE_WIDTH}
          height={TILE_HEIGHT}
          title="p95 latency (DB)"
          accent={palette.database}
        >
          <LineChart
            ref={latency}
            width={CHART_WIDTH}
            height={CHART_HEIGHT}
            capacity={POINTS}
            color={palette.database}
            position={[CHART_LEFT, CHART_BOTTOM, 0.02]}
          />
          <LiveLabel
            compute={(local) => `now ${ms(metrics.dbAt(now(local)).p95Ms)}`}
            size={text.body}
            position={[0, READING_Y, 0.02]}
          />
        </DashboardPanel>
      </Reveal>
      <Reveal name="Error tile" at={at + STAGGER} effect="fade">
        <DashboardPanel
          width={TILE_WIDTH}
          height={TILE_HEIGHT}
          title="Error rate"
          accent={palette.failure}
        >
          <LineChart
            ref={errors}
            width={CHART_WIDTH}
            height={CHART_HEIGHT}
            capacity={POINTS}
            color={palette.failure}
            position={[CHART_LEFT, CHART_BOTTOM, 0.02]}
          />
          <LiveLabel
            compute={(local) => `now ${pct(metrics.errorRateAt(now(local)))} failed`}
            size={text.body}
            position={[0, READING_Y, 0.02]}
          />
        </DashboardPanel>
      </Reveal>
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
                compute={(local) => `${Math.round(100 * metrics.hostAt(now(local), i).cpu)}%`}
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

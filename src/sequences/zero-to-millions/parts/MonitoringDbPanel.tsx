import { useMemo, useRef } from 'react'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { LineChart, type LineChartHandle } from '../../../models/LineChart'
import type { DbMetrics, Metrics } from '../../../sim'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { monitoringLayout as place } from '../layout'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { MetricHeading } from '../../../world/MetricHeading'
import { METRICS_LEAD, memoLast, metricsTime } from './monitoringMetrics'
import { tuple } from '../../../world/paths'

export type MonitoringDbPanelProps = {
  metrics: Metrics
  at: number
  /** The chapter's length: the charts' time axis spans it, so the lines draw as it plays. */
  duration: number
}

/** Seconds between the history's samples: smooth at chart size, cheap to compute. */
const STEP = 0.5
/** Headroom over the chapter's highest reading, so the peak does not touch the chart's top. */
const HEADROOM = 1.15
const CHARTS: readonly {
  name: string
  color: string
  read: (d: DbMetrics) => number
  text: (d: DbMetrics) => string
}[] = [
  {
    name: 'Queries / second',
    color: palette.database,
    read: (d) => d.qps,
    text: (d) => d.qps.toLocaleString('en-US'),
  },
  {
    name: 'p95 latency',
    color: palette.response,
    read: (d) => d.p95Ms,
    text: (d) => `${Math.round(d.p95Ms)} ms`,
  },
]
/** Two charts side by side in the panel, under a line with each one's name and reading. */
const CHART_WIDTH = 3.3
const CHART_HEIGHT = 1.6
const CHART_LEFT = [-3.75, 0.45] as const
const CHART_BOTTOM = -1.95

/**
 * Aggregated metrics for the database tier: queries per second and p95 latency across the
 * chapter, drawn as lines that grow with time from the simulated history. Latency climbs far
 * faster than queries near the evening peak: the tier nears its capacity.
 */
export function MonitoringDbPanel({ metrics, at: beat, duration }: MonitoringDbPanelProps) {
  const [w, h] = place.topSize
  const samples = Math.floor(duration / STEP) + 2
  // The history never changes once past, so each sample is computed once.
  const history = useMemo(
    () => metrics.dbHistory(METRICS_LEAD, METRICS_LEAD + duration, STEP),
    [metrics, duration],
  )
  const top = useMemo(
    () => CHARTS.map((c) => HEADROOM * Math.max(...history.map(c.read))),
    [history],
  )
  const now = useMemo(() => memoLast((t: number) => metrics.dbAt(t)), [metrics])
  const charts = useRef<(LineChartHandle | null)[]>([])
  const points = useMemo(() => CHARTS.map(() => new Float32Array(samples * 2)), [samples])
  useChapterFrame((local) => {
    const t = metricsTime(local)
    const past = Math.min(history.length, Math.floor(local / STEP) + 1)
    CHARTS.forEach((c, k) => {
      const xy = points[k]!
      for (let i = 0; i < past; i++) {
        xy[2 * i] = (i * STEP) / duration
        xy[2 * i + 1] = c.read(history[i]!) / top[k]!
      }
      // The newest point is the live reading, so the line's tip glides between samples.
      xy[2 * past] = Math.min(1, local / duration)
      xy[2 * past + 1] = c.read(now(t)) / top[k]!
      charts.current[k]?.set(xy, past + 1)
    })
  })
  return (
    <Reveal name="Database tier panel" at={beat} effect="fade" position={tuple(place.dbPanel)}>
      <DashboardPanel width={w} height={h} title="Database tier" accent={palette.database}>
        {CHARTS.map((c, k) => (
          <group key={c.name} position={[CHART_LEFT[k], 0, 0.02]}>
            <MetricHeading
              name={c.name}
              color={c.color}
              value={(local) => c.text(now(metricsTime(local)))}
            />
            <LineChart
              ref={(handle) => {
                charts.current[k] = handle
              }}
              width={CHART_WIDTH}
              height={CHART_HEIGHT}
              capacity={samples}
              color={c.color}
              lineWidth={0.07}
              position={[0, CHART_BOTTOM, 0]}
            />
          </group>
        ))}
      </DashboardPanel>
    </Reveal>
  )
}

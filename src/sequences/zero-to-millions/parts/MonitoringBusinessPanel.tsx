import { useMemo, useRef } from 'react'
import { BarChart, type BarChartHandle } from '../../../models/BarChart'
import { DashboardPanel } from '../../../models/DashboardPanel'
import type { BusinessDay, Metrics } from '../../../sim'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { ramp } from '../../../timeline/easing'
import { monitoringLayout as place } from '../layout'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { MetricHeading } from '../../../world/MetricHeading'
import { METRICS_LEAD, percent } from './monitoringMetrics'
import { tuple } from '../../../world/paths'

export type MonitoringBusinessPanelProps = {
  metrics: Metrics
  at: number
}

/** A week of days, the usual span of a business chart. */
const DAYS = 7
const CHARTS: readonly {
  name: string
  color: string
  read: (d: BusinessDay) => number
  text: (d: BusinessDay) => string
}[] = [
  {
    name: 'Daily active users',
    color: palette.client,
    read: (d) => d.dau,
    text: (d) => `${(d.dau / 1e6).toFixed(2)}M`,
  },
  {
    name: 'Retention',
    color: palette.response,
    read: (d) => d.retention,
    text: (d) => percent(d.retention),
  },
  {
    name: 'Revenue / day',
    color: palette.accent,
    read: (d) => d.revenue,
    text: (d) => `$${Math.round(d.revenue / 1000)}k`,
  },
]
/** Three charts across the panel, each under its name and the latest day's value. */
const CHART_WIDTH = 4.6
const CHART_HEIGHT = 1.75
const CHART_SPACING = 5.5
const CHART_BOTTOM = -1.95
/** Bars grow one after another, left to right, once the panel is in. */
const GROW_START = 0.6
const GROW_STAGGER = 0.1
const GROW_SECONDS = 0.8

/**
 * Business metrics: daily active users, retention and revenue for the last seven full days
 * before the day the chapter opens in, from the simulated growth model. The newest day stands out
 * in the colour of its reading.
 */
export function MonitoringBusinessPanel({ metrics, at: beat }: MonitoringBusinessPanelProps) {
  const [w, h] = place.businessSize
  const days = useMemo(() => {
    const today = metrics.dayAt(METRICS_LEAD)
    return Array.from({ length: DAYS }, (_, i) => metrics.businessDay(today - DAYS + i))
  }, [metrics])
  const heights = useMemo(
    () =>
      CHARTS.map((c) => {
        const top = Math.max(...days.map(c.read))
        return days.map((d) => c.read(d) / top)
      }),
    [days],
  )
  const charts = useRef<(BarChartHandle | null)[]>([])
  const grown = useMemo(() => new Float32Array(DAYS), [])
  useChapterFrame((local) => {
    CHARTS.forEach((_, k) => {
      for (let i = 0; i < DAYS; i++) {
        const p = ramp(local, beat + GROW_START + i * GROW_STAGGER, GROW_SECONDS)
        grown[i] = heights[k]![i]! * p
      }
      charts.current[k]?.set(grown)
    })
  })
  const latest = days[DAYS - 1]!
  return (
    <Reveal
      name="Business metrics panel"
      at={beat}
      effect="fade"
      position={tuple(place.businessPanel)}
    >
      <DashboardPanel
        width={w}
        height={h}
        title={`Business metrics, last ${DAYS} days`}
        accent={palette.accent}
      >
        {CHARTS.map((c, k) => (
          <group key={c.name} position={[(k - 1) * CHART_SPACING - CHART_WIDTH / 2, 0, 0.02]}>
            <MetricHeading name={c.name} color={c.color} value={c.text(latest)} />
            <BarChart
              ref={(handle) => {
                charts.current[k] = handle
              }}
              width={CHART_WIDTH}
              height={CHART_HEIGHT}
              bars={DAYS}
              color={palette.panelBorder}
              highlight={c.color}
              position={[0, CHART_BOTTOM, 0]}
            />
          </group>
        ))}
      </DashboardPanel>
    </Reveal>
  )
}

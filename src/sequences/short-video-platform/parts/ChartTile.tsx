import { useMemo, useRef } from 'react'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { LineChart, type LineChartHandle } from '../../../models/LineChart'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { LiveLabel } from '../../../world/LiveLabel'
import { Reveal } from '../../../world/Reveal'
import { text } from '../layout'
import { CHART_SECONDS, dashboardTime } from '../sims/observability'
import { TILE_HEIGHT, TILE_WIDTH } from './tiles'

export type ChartTileProps = {
  /** Staged key and entrance beat of the tile. */
  name: string
  at: number
  position?: [number, number, number]
  title: string
  color: string
  /** The chart's top: the day's worst reading stays inside it. */
  ceiling: number
  /** The reading at metrics time t, in the chart's units. */
  read: (t: number) => number
  /** The reading under the chart, as text. */
  format: (value: number) => string
}

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

/**
 * One dashboard tile with a scrolling line chart of one metric and its reading now. The chart's
 * right edge is now: it shows the last CHART_SECONDS of `read`, as 0–1 pairs of the ceiling.
 */
export function ChartTile({
  name,
  at,
  position,
  title,
  color,
  ceiling,
  read,
  format,
}: ChartTileProps) {
  const chart = useRef<LineChartHandle>(null)
  const points = useMemo(() => new Float32Array(2 * POINTS), [])
  useChapterFrame((local) => {
    const t = dashboardTime(local)
    for (let i = 0; i < POINTS; i++) {
      const x = i / (POINTS - 1)
      const sampleAt = Math.max(0, t - CHART_SECONDS + x * CHART_SECONDS)
      points[2 * i] = x
      points[2 * i + 1] = Math.min(1, read(sampleAt) / ceiling)
    }
    chart.current?.set(points, POINTS)
  })
  return (
    <Reveal name={name} at={at} effect="fade" position={position}>
      <DashboardPanel width={TILE_WIDTH} height={TILE_HEIGHT} title={title} accent={color}>
        <LineChart
          ref={chart}
          width={CHART_WIDTH}
          height={CHART_HEIGHT}
          capacity={POINTS}
          color={color}
          position={[CHART_LEFT, CHART_BOTTOM, 0.02]}
        />
        <LiveLabel
          compute={(local) => format(read(dashboardTime(local)))}
          size={text.body}
          position={[0, READING_Y, 0.02]}
        />
      </DashboardPanel>
    </Reveal>
  )
}

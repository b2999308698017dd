import { useMemo, useRef } from 'react'
import { Label } from '../../models/Label'
import { LineChart, type LineChartHandle } from '../../models/LineChart'
import type { Autoscaler } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import { statelessLayout as at } from '../../world/layout'
import { LiveLabel } from '../../world/LiveLabel'
import { palette } from '../../world/palette'
import { textSize } from '../../world/typography'
import { AutoscaleServer } from './AutoscaleServer'

export type AutoscaleStageProps = {
  autoscaler: Autoscaler
  /** Chapter-local seconds the chart's time axis starts and ends. */
  from: number
  to: number
}

/** Sampling step of the curves (film seconds): fine enough that capacity steps look square. */
const STEP = 0.05
/** Headroom above the highest value, so the peak does not touch the panel's top. */
const HEADROOM = 1.15
/** The stage's name hangs above the chart and the servers. */
const TITLE_Y = 7
/** The panel reaches this far past the plot, with room above for the legend. */
const PANEL_MARGIN = 0.6

/**
 * Autoscaling, from the simulated autoscaler: on the left the load (requests a second) and the
 * capacity of the servers running, drawn as time passes; on the right the server slots filling
 * and emptying as the autoscaler decides, a little after the load moves.
 */
export function AutoscaleStage({ autoscaler, from, to }: AutoscaleStageProps) {
  // Both curves as (x, y) pairs in 0–1 of the chart, sampled once: the model is pure.
  const curves = useMemo(() => {
    const n = Math.floor((to - from) / STEP) + 1
    const load = new Float32Array(2 * n)
    const capacity = new Float32Array(2 * n)
    const raw: { demand: number; capacity: number }[] = []
    for (let i = 0; i < n; i++) {
      const s = autoscaler.stateAt(from + i * STEP)
      raw.push({ demand: s.demandRps, capacity: s.capacityRps })
    }
    const top = HEADROOM * Math.max(...raw.map((r) => Math.max(r.demand, r.capacity)))
    raw.forEach((r, i) => {
      const x = (i * STEP) / (to - from)
      load.set([x, r.demand / top], 2 * i)
      capacity.set([x, r.capacity / top], 2 * i)
    })
    return { n, load, capacity }
  }, [autoscaler, from, to])
  const loadChart = useRef<LineChartHandle>(null)
  const capacityChart = useRef<LineChartHandle>(null)
  useChapterFrame((local) => {
    // Samples up to now: the curves grow as time passes.
    const count = Math.max(0, Math.min(curves.n, Math.floor((local - from) / STEP) + 1))
    capacityChart.current?.set(curves.capacity, count)
    loadChart.current?.set(curves.load, count)
  }, FRAME_PHASE.stage)
  const [w, h] = at.chartSize
  const slots = autoscaler.params.maxServers
  const gridWidth = (slots - 1) * at.gridStep
  return (
    <>
      <group position={[at.chart[0], at.chart[1], at.chart[2]]}>
        <mesh position={[w / 2, h / 2, -0.05]}>
          <planeGeometry args={[w + 2 * PANEL_MARGIN, h + 2 * PANEL_MARGIN + 0.6]} />
          <meshBasicMaterial color={palette.panel} />
        </mesh>
        <LineChart
          ref={capacityChart}
          width={w}
          height={h}
          capacity={curves.n}
          color={palette.server}
        />
        <LineChart
          ref={loadChart}
          width={w}
          height={h}
          capacity={curves.n}
          color={palette.request}
          guides={0}
          position={[0, 0, 0.01]}
        />
        <Label
          text="requests a second"
          size={textSize.small}
          color={palette.textMuted}
          anchorX="left"
          position={[0, h + 0.55, 0.02]}
        />
        <Label
          text="load"
          size={textSize.label}
          color={palette.request}
          anchorX="right"
          position={[w - 2.7, h + 0.55, 0.02]}
        />
        <Label
          text="capacity"
          size={textSize.label}
          color={palette.server}
          anchorX="right"
          position={[w, h + 0.55, 0.02]}
        />
        <Label
          text="time ->"
          size={textSize.small}
          color={palette.textMuted}
          anchorX="right"
          position={[w, -0.5, 0.02]}
        />
      </group>
      {Array.from({ length: slots }, (_, i) => (
        <AutoscaleServer
          key={i}
          autoscaler={autoscaler}
          slot={i}
          position={[at.grid[0] + i * at.gridStep, at.grid[1], at.grid[2]]}
        />
      ))}
      <Label
        text="Autoscaling"
        size={textSize.heading}
        color={palette.accent}
        billboard
        position={[(at.chart[0] + at.grid[0] + gridWidth) / 2, TITLE_Y, at.grid[2]]}
      />
      <LiveLabel
        compute={(local) => {
          const s = autoscaler.stateAt(local)
          const starting = s.launching ? ` · ${s.launching} starting` : ''
          return `${s.running} servers${starting}`
        }}
        size={textSize.heading}
        color={palette.server}
        billboard
        position={[at.grid[0] + gridWidth / 2, 3.2, at.grid[2]]}
      />
    </>
  )
}

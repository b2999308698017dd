import { useMemo, useRef } from 'react'
import { LineCurve3, Vector3 } from 'three'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { LineChart, type LineChartHandle } from '../../../models/LineChart'
import { serverRackHeight } from '../../../models/ServerRack'
import type { Autoscaler } from '../../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../../timeline/ChapterTime'
import { statelessLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { textSize } from '../../../world/typography'
import { AUTOSCALE_RACK_UNITS, AutoscaleServer } from '../../../world/traffic/AutoscaleServer'

export type AutoscaleStageProps = {
  autoscaler: Autoscaler
  /** Chapter-local seconds the chart's time axis starts and ends. */
  from: number
  to: number
}

/** Sampling step of the curves (film seconds): fine enough that capacity steps look square. */
const STEP = 0.05
const RACK_HEIGHT = serverRackHeight(AUTOSCALE_RACK_UNITS)
/** Headroom above the highest value, so the peak does not touch the panel's top. */
const HEADROOM = 1.15
/** The stage's name hangs above the chart and the servers. */
const TITLE_Y = 7.4
/** The panel reaches this far past the plot, with room above for the legend. */
const PANEL_MARGIN = 0.6
/** The chart's words: what it plots and its two lines' names, read on a phone. */
const CAPTION_SIZE = 0.6
const LEGEND_SIZE = 0.65
/** Where the legend's second name starts: past "load" and a space. */
const LEGEND_GAP = 2
/** The count of servers over their slots, and the ones still starting in a line under it. */
const COUNT_SIZE = 0.9
const COUNT_LIFT = 1.6
const STARTING_LIFT = 0.75
/** The time axis's arrow, under the chart's right end, level with the legend's middle. */
const TIME_ARROW_LENGTH = 1.1
const TIME_ARROW_Y = -0.6

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
  const [w, h] = place.chartSize
  const timeArrow = useMemo(
    () =>
      new LineCurve3(
        new Vector3(w - TIME_ARROW_LENGTH, TIME_ARROW_Y, 0.02),
        new Vector3(w, TIME_ARROW_Y, 0.02),
      ),
    [w],
  )
  const slots = autoscaler.params.maxServers
  const gridWidth = (place.gridColumns - 1) * place.gridStep
  const gridTop = (Math.ceil(slots / place.gridColumns) - 1) * place.gridRowStep + RACK_HEIGHT
  const gridX = place.grid[0] + gridWidth / 2
  return (
    <>
      <group position={[place.chart[0], place.chart[1], place.chart[2]]}>
        <mesh position={[w / 2, h / 2, -0.05]}>
          <planeGeometry args={[w + 2 * PANEL_MARGIN, h + 2 * PANEL_MARGIN + 1]} />
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
        {/* What is plotted over the plot; under it, the legend on the left, time on the right. */}
        <Label
          text="requests a second"
          size={CAPTION_SIZE}
          color={palette.textMuted}
          anchorX="left"
          position={[0, h + 0.6, 0.02]}
        />
        <Label
          text="load"
          size={LEGEND_SIZE}
          color={palette.request}
          anchorX="left"
          position={[0, -0.6, 0.02]}
        />
        <Label
          text="capacity"
          size={LEGEND_SIZE}
          color={palette.server}
          anchorX="left"
          position={[LEGEND_GAP, -0.6, 0.02]}
        />
        {/* The time axis's name, with a drawn arrow pointing the way time runs. */}
        <Label
          text="time"
          size={CAPTION_SIZE}
          color={palette.textMuted}
          anchorX="right"
          position={[w - TIME_ARROW_LENGTH - 0.2, -0.6, 0.02]}
        />
        <FlowArrow curve={timeArrow} color={palette.textMuted} radius={0.04} inset={0} />
      </group>
      {Array.from({ length: slots }, (_, i) => (
        <AutoscaleServer
          key={i}
          autoscaler={autoscaler}
          slot={i}
          position={[
            place.grid[0] + (i % place.gridColumns) * place.gridStep,
            place.grid[1] + Math.floor(i / place.gridColumns) * place.gridRowStep,
            place.grid[2],
          ]}
        />
      ))}
      <Label
        text="Autoscaling"
        size={textSize.heading}
        color={palette.accent}
        billboard
        position={[(place.chart[0] + place.grid[0] + gridWidth) / 2, TITLE_Y, place.grid[2]]}
      />
      <LiveLabel
        compute={(local) => `${autoscaler.stateAt(local).running} servers`}
        size={COUNT_SIZE}
        color={palette.server}
        billboard
        position={[gridX, gridTop + COUNT_LIFT, place.grid[2]]}
      />
      <LiveLabel
        compute={(local) => {
          const n = autoscaler.stateAt(local).launching
          return n ? `+ ${n} starting` : ''
        }}
        size={CAPTION_SIZE}
        color={palette.textMuted}
        billboard
        position={[gridX, gridTop + STARTING_LIFT, place.grid[2]]}
      />
    </>
  )
}

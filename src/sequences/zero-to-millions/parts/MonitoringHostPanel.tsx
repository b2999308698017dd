import { useMemo, useRef } from 'react'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { Gauge, type GaugeHandle } from '../../../models/Gauge'
import { Label } from '../../../models/Label'
import type { HostMetrics, Metrics } from '../../../sim'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { monitoringLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { memoLast, metricsTime, percent } from './monitoringMetrics'
import { tuple } from '../../../world/paths'

export type MonitoringHostPanelProps = {
  metrics: Metrics
  at: number
}

/** The host the panel watches: the first web server. */
const HOST = 0
const GAUGES: readonly { name: string; read: (h: HostMetrics) => number }[] = [
  { name: 'CPU', read: (h) => h.cpu },
  { name: 'Memory', read: (h) => h.memory },
  { name: 'Disk I/O', read: (h) => h.diskIo },
]
/** Dial size and spacing: three dials across the panel with a little air between them. */
const RADIUS = 0.9
const SPACING = 2.65
/** The dials sit at the panel's centre, just under its title's rule. */
const DIAL_Y = 0
/** The reading sits in the dial's open bottom, below the arc's ends; the name under it. */
const READING_Y = -0.95
const NAME_Y = -1.75
/** Dials come up one after another. */
const STAGGER = 0.35

/**
 * Host-level metrics: one web server's CPU, memory and disk I/O as dials whose needles follow the
 * simulated load (CPU is served work over capacity; memory grows with open connections).
 */
export function MonitoringHostPanel({ metrics, at: beat }: MonitoringHostPanelProps) {
  const [w, h] = place.topSize
  const host = useMemo(() => memoLast((t: number) => metrics.hostAt(t, HOST)), [metrics])
  const dials = useRef<(GaugeHandle | null)[]>([])
  useChapterFrame((local) => {
    const reading = host(metricsTime(local))
    GAUGES.forEach((g, i) => dials.current[i]?.set(g.read(reading)))
  })
  return (
    <Reveal name="Host metrics panel" at={beat} effect="fade" position={tuple(place.hostPanel)}>
      <DashboardPanel
        width={w}
        height={h}
        title={`Host metrics: ${metrics.sources[HOST]}`}
        accent={palette.server}
      >
        {GAUGES.map((g, i) => (
          <Reveal
            name={`Gauge: ${g.name.replace('/', '')}`}
            key={g.name}
            at={beat + 0.5 + i * STAGGER}
            effect="pop"
            position={[(i - 1) * SPACING, DIAL_Y, 0.02]}
          >
            <Gauge
              ref={(handle) => {
                dials.current[i] = handle
              }}
              radius={RADIUS}
              thickness={0.2}
            />
            <LiveLabel
              compute={(local) => percent(g.read(host(metricsTime(local))))}
              size={textSize.label}
              position={[0, READING_Y - DIAL_Y, 0.02]}
            />
            <Label
              text={g.name}
              size={textSize.label}
              color={palette.textMuted}
              position={[0, NAME_Y - DIAL_Y, 0.02]}
            />
          </Reveal>
        ))}
      </DashboardPanel>
    </Reveal>
  )
}

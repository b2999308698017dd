import { useMemo, useRef } from 'react'
import { Color, Object3D, type InstancedMesh, type MeshBasicMaterial } from 'three'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import type { LogEvent, Metrics } from '../../../sim'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { monitoringLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketSwarm } from '../../../world/PacketSwarm'
import { palette } from '../../../world/palette'
import { arcCurve, tuple } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { clockText, memoLast, metricsTime } from './monitoringMetrics'
import { instancesMoved } from '../../../world/rewritten'

export type MonitoringLogsProps = {
  metrics: Metrics
  /** The beat the sources and the logs panel appear. */
  at: number
}

/** Seconds a log event takes from its server to the panel: slow enough to follow. */
const TRAVEL = 1.4
/** Lines the panel shows, newest at the bottom (a tail of the aggregated log). */
const LINES = 10
/** Line spacing, and the first (oldest) line's height from the panel's centre. */
const LINE_GAP = 0.68
const FIRST_LINE_Y = 3.0
/** Left edge of the text; the severity stripe sits just left of it. */
const TEXT_X = -4.4
const STRIPE_X = -4.65
/** The newest line glows this long after it lands. */
const GLOW_SECONDS = 1.2
/** The total under the list, near the panel's bottom edge. */
const TOTAL_Y = -4.15
const ERROR = new Color(palette.failure)
const WARN = new Color(palette.accent)
/**
 * The log lines and the total under them: a little over the code and small sizes, for 36 px at
 * 1080p in the logs shot (about 18.5 units away); a 32-character line still ends inside the
 * panel's highlight.
 */
const LINE_SIZE = textSize.code * 1.14
const TOTAL_SIZE = textSize.small * 1.07
const scratch = new Object3D()

const levelColor = (e: LogEvent) => (e.level === 'ERROR' ? ERROR : WARN)

/**
 * Error logs from several servers gathering in one place: each simulated log event leaves its
 * server as a packet (red errors, amber warnings), lands in the logs panel, and joins the tail of
 * one aggregated log, with each server's count and the total read from the simulation.
 */
export function MonitoringLogs({ metrics, at: beat }: MonitoringLogsProps) {
  const [w, h] = place.logsSize
  const paths = useMemo(
    () =>
      place.sources.map((s) =>
        arcCurve([s[0], place.sourcePortY, s[2]], place.logInlet, 0, place.logArcLift),
      ),
    [],
  )
  // The events that have reached the panel by a chapter time, oldest first.
  const landed = useMemo(
    () => memoLast((local: number) => metrics.recentLogs(metricsTime(local) - TRAVEL, LINES)),
    [metrics],
  )
  const stateAt = useMemo(() => memoLast((t: number) => metrics.stateAt(t)), [metrics])
  const landedState = useMemo(() => memoLast((t: number) => metrics.stateAt(t)), [metrics])
  const stripes = useRef<InstancedMesh>(null)
  const glow = useRef<MeshBasicMaterial>(null)
  const glowColors = useMemo(
    () => ({ off: new Color(palette.panel), on: new Color(palette.panelBorder), mix: new Color() }),
    [],
  )
  useChapterFrame((local) => {
    const events = landed(local)
    const m = stripes.current
    if (m) {
      const first = LINES - events.length
      events.forEach((e, i) => {
        scratch.position.set(STRIPE_X, FIRST_LINE_Y - (first + i) * LINE_GAP, 0.02)
        scratch.updateMatrix()
        m.setMatrixAt(i, scratch.matrix)
        m.setColorAt(i, levelColor(e))
      })
      m.count = events.length
      instancesMoved(m)
      if (m.instanceColor) m.instanceColor.needsUpdate = true
    }
    const newest = events.at(-1)
    const age = newest ? metricsTime(local) - TRAVEL - newest.time : Infinity
    const k = Math.max(0, 1 - age / GLOW_SECONDS)
    glow.current?.color.copy(glowColors.mix.copy(glowColors.off).lerp(glowColors.on, k))
  })

  return (
    <>
      {place.sources.map((p, i) => {
        const name = metrics.sources[i] ?? ''
        const isDb = i === metrics.sources.length - 1
        return (
          <Reveal
            name={`Log source: ${name}`}
            key={name}
            at={beat + i * 0.25}
            effect="rise"
            position={tuple(p)}
          >
            {isDb ? (
              <DatabaseCylinder radius={0.75} height={1.7} />
            ) : (
              <ServerRack units={2} scale={0.95} />
            )}
            <Label
              text={name}
              color={isDb ? palette.database : palette.server}
              position={[0, place.sourceLabelY, 0]}
              billboard
            />
            <LiveLabel
              compute={(local) => {
                const n = stateAt(metricsTime(local)).loggedBySource[i] ?? 0
                return `${n} ${n === 1 ? 'log' : 'logs'}`
              }}
              size={textSize.small}
              color={palette.textMuted}
              position={[0, place.sourceCountY, 0]}
              billboard
            />
          </Reveal>
        )
      })}

      <PacketSwarm
        name="Log lines to the collector"
        capacity={48}
        radius={0.16}
        fill={(local, put) => {
          if (local < beat) return
          const t = metricsTime(local)
          for (const e of metrics.logsIn(t - TRAVEL, t)) {
            put(paths[e.source]!, (t - e.time) / TRAVEL, levelColor(e))
          }
        }}
      />

      <Reveal
        name="Error logs panel"
        at={beat + 0.6}
        effect="fade"
        position={tuple(place.logsPanel)}
      >
        <DashboardPanel
          width={w}
          height={h}
          title="Error logs, all servers"
          accent={palette.failureText}
        >
          {/* The newest line's highlight: it brightens as a line lands, then settles. */}
          <mesh position={[0, FIRST_LINE_Y - (LINES - 1) * LINE_GAP, 0.01]}>
            <planeGeometry args={[w - 0.5, LINE_GAP * 0.92]} />
            <meshBasicMaterial ref={glow} color={palette.panel} />
          </mesh>
          <instancedMesh ref={stripes} args={[undefined, undefined, LINES]} frustumCulled={false}>
            <planeGeometry args={[0.12, LINE_GAP * 0.7]} />
            <meshBasicMaterial />
          </instancedMesh>
          {Array.from({ length: LINES }, (_, i) => (
            <LiveLabel
              key={i}
              compute={(local) => {
                const events = landed(local)
                const e = events[i - (LINES - events.length)]
                if (!e) return ''
                const hour = metrics.arrivals.hourAt(e.time)
                return `${clockText(hour)} ${e.host.padEnd(5)} ${e.message}`
              }}
              size={LINE_SIZE}
              weight="mono"
              color={palette.panelText}
              anchorX="left"
              textAlign="left"
              position={[TEXT_X, FIRST_LINE_Y - i * LINE_GAP, 0.02]}
            />
          ))}
          <LiveLabel
            compute={(local) => {
              const s = landedState(metricsTime(local) - TRAVEL)
              return `${s.logged} events from ${metrics.sources.length} servers, in one place`
            }}
            size={TOTAL_SIZE}
            color={palette.accent}
            anchorX="left"
            textAlign="left"
            position={[TEXT_X - 0.25, TOTAL_Y, 0.02]}
          />
        </DashboardPanel>
      </Reveal>
    </>
  )
}

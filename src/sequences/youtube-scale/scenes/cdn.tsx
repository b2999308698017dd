import { useMemo, useRef } from 'react'
import { Color } from 'three'
import { CacheBlock } from '../../../models/CacheBlock'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { LineChart, type LineChartHandle } from '../../../models/LineChart'
import { ServerRack } from '../../../models/ServerRack'
import { UserFigure } from '../../../models/UserFigure'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import type { ChapterSceneProps } from '../../../world/film'
import { useChapterSim } from '../../../world/SimContext'
import { EDGES, regionalCdn } from '../sims/cdn'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketSwarm } from '../../../world/PacketSwarm'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, cdn as at, heading, text, type Place } from '../layout'
import { QualityLadder } from '../parts/QualityLadder'
import { cdn as script } from '../script/cdn'

const { beats } = script
/** The usual seven rungs of a ladder from 144p to 4K; the document names only its two ends. */
const RUNGS = ['144p', '240p', '360p', '480p', '720p', '1080p', '4K'] as const
/** Bandwidth seconds shown on the chart, and points drawn per second. */
const CHART_SECONDS = 8
const CHART_RATE = 12
/** The player keeps this share of its bandwidth in reserve when it picks a rung. */
const HEADROOM = 0.85
/** Packets drawn at once: a sample of the stream, every tenth request. */
const SAMPLE = 10
const HOP = 0.8
const CROSSING = 1.6

/** The bandwidth the player measures at a chapter time, 0–1 of the top rung's need. */
function bandwidth(local: number): number {
  return 0.55 + 0.28 * Math.sin(0.8 * local) + 0.14 * Math.sin(2.1 * local + 1)
}

/** The highest rung that fits in the bandwidth with headroom. */
function rungFor(local: number): number {
  const fits = Math.floor(bandwidth(local) * HEADROOM * RUNGS.length)
  return Math.max(0, Math.min(RUNGS.length - 1, fits - 1))
}

/**
 * Component 8 and "Why CDN?": the adaptive ladder and the player switching rungs with its
 * bandwidth; then the document's four regions as edges of the simulated CDN, first bypassed
 * (every request to the origin), then serving, with the hit rate it computes.
 */
export function CdnScene({ active }: ChapterSceneProps) {
  const cdn = useChapterSim(regionalCdn)
  const simStart = beats.regions
  const chart = useRef<LineChartHandle>(null)
  const points = useMemo(() => new Float32Array(CHART_SECONDS * CHART_RATE * 2 + 2), [])
  useChapterFrame((local) => {
    const t0 = Math.max(beats.switch, local - CHART_SECONDS)
    const n = Math.max(0, Math.floor((local - t0) * CHART_RATE)) + 1
    for (let i = 0; i < n; i++) {
      const t = t0 + i / CHART_RATE
      points[2 * i] = (t - t0) / CHART_SECONDS
      points[2 * i + 1] = bandwidth(t)
    }
    chart.current?.set(points, local < beats.switch ? 0 : n)
  })

  const xs = at.regionX
  const edgeAt = (i: number): Place => [xs[i]!, at.edgeY, 0]
  const userAt = (i: number): Place => [xs[i]!, at.userY, 0]
  const paths = useMemo(() => {
    // From a viewer's feet to the top of its edge, from its feet to the origin, and from an
    // edge's underside to the origin.
    const ask = xs.map((x) => arcCurve([x, at.userY - 0.2, 0], [x, at.edgeY + 1.1, 0], 0, 0))
    const direct = xs.map((x) => arcCurve([x + 0.6, at.userY - 0.2, 0], at.originTop, 0, 0.5))
    const fetch = xs.map((x) => arcCurve([x + 0.5, at.edgeY - 0.2, 0], at.originTop, 0, 0.3))
    return { ask, direct, fetch }
  }, [xs])
  const colors = useMemo(
    () => ({
      hit: new Color(palette.cache),
      miss: new Color(palette.response),
      direct: new Color(palette.failure),
    }),
    [],
  )
  const edgeIndex = new Map<string, number>(EDGES.map((e, i) => [e.id, i]))
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`

  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.ladder}
        position={[heading[0], heading[1], heading[2]]}
      />

      {/* The ladder, and the player picking a rung as its bandwidth moves. */}
      <Reveal name="Quality ladder" at={beats.ladder} until={beats.regions} effect="rise">
        <QualityLadder
          rungs={RUNGS}
          width={at.rungWidth}
          pitch={at.rungPitch}
          step={at.rungStep}
          position={at.ladder}
          playing={(local) => (local < beats.switch ? -1 : rungFor(local))}
        />
        <Label
          text="HLS / DASH: short chunks, 7 qualities"
          size={text.name}
          weight="bold"
          anchorX="left"
          position={[at.ladder[0] - at.rungWidth / 2, at.ladderTitleY, 0]}
        />
      </Reveal>
      <Reveal
        name="Bandwidth chart"
        at={beats.switch}
        until={beats.regions}
        effect="fade"
        position={at.chart}
      >
        <LineChart
          ref={chart}
          width={at.chartSize[0]}
          height={at.chartSize[1]}
          capacity={CHART_SECONDS * CHART_RATE + 1}
          color={palette.response}
        />
        <Label
          text="bandwidth the player measures"
          size={text.body}
          color={palette.response}
          anchorX="left"
          position={[0, -0.6, 0]}
        />
      </Reveal>
      <Reveal
        name="Chunk choice"
        at={beats.switch}
        until={beats.regions}
        effect="fade"
        position={at.pick}
      >
        <LiveLabel
          compute={(local) => `fetching the next chunk at ${RUNGS[rungFor(local)]}`}
          size={text.name}
          color={palette.accent}
          anchorX="left"
        />
      </Reveal>

      {/* The four regions: viewers over their edge, the origin below. */}
      {EDGES.map((e, i) => (
        <group key={e.id}>
          <Reveal
            name={`Viewer: ${e.name}`}
            at={beats.regions + 0.3 * i}
            effect="pop"
            position={userAt(i)}
          >
            <UserFigure scale={0.7} />
          </Reveal>
          <Reveal
            name={`Edge: ${e.name}`}
            at={beats.regions + 0.3 * i}
            effect="pop"
            position={edgeAt(i)}
          >
            <CacheBlock />
            <Label
              text={`${e.name} edge`}
              size={text.name}
              weight="bold"
              color={palette.cache}
              position={[0, -0.75, 0]}
            />
          </Reveal>
          <Reveal
            name={`Arrow to origin: ${e.name}`}
            at={beats.without}
            until={beats.with}
            effect="fade"
          >
            <FlowArrow
              curve={paths.direct[i]!}
              color={palette.failure}
              inset={0.1}
              radius={0.05}
              active
            />
          </Reveal>
          <Reveal name={`Arrow to edge: ${e.name}`} at={beats.with} effect="fade">
            <FlowArrow
              curve={paths.ask[i]!}
              color={palette.cache}
              inset={0.1}
              radius={0.05}
              active
            />
          </Reveal>
        </group>
      ))}
      <Reveal name="Origin" at={beats.regions + 1.2} effect="pop" position={at.origin}>
        <ServerRack units={2} scale={0.8} />
        <Label
          text="Origin (US-East)"
          size={text.body}
          color={palette.server}
          anchorX="left"
          position={[1, 0.6, 0]}
        />
      </Reveal>
      <PacketSwarm
        name="Traffic: viewers to the origin"
        capacity={60}
        fill={(local, put) => {
          if (local < beats.without) return
          const t = local - simStart
          if (local < beats.with) {
            // Without a CDN every request crosses to the origin.
            for (const r of cdn.requestsIn(Math.max(0, t - CROSSING), t)) {
              if (r.id % SAMPLE) continue
              put(paths.direct[edgeIndex.get(r.edge)!]!, (t - r.time) / CROSSING, colors.direct)
            }
            return
          }
          for (const r of cdn.requestsIn(Math.max(0, t - HOP - CROSSING), t)) {
            if (r.id % SAMPLE && r.hit) continue
            const i = edgeIndex.get(r.edge)!
            const age = t - r.time
            if (age < HOP) put(paths.ask[i]!, age / HOP, r.hit ? colors.hit : colors.miss)
            else if (!r.hit) put(paths.fetch[i]!, (age - HOP) / CROSSING, colors.miss)
          }
        }}
      />

      {/* The "why", in the document's words and the simulation's numbers. */}
      <Reveal
        name="Without a CDN"
        at={beats.without}
        until={beats.with}
        effect="rise"
        position={at.leftNote}
      >
        <Label
          text="Without a CDN"
          size={text.name}
          weight="bold"
          color={palette.failureText}
          anchorX="left"
        />
        {[
          // Short lines: the bypassing arrows pass just right of them on their way down.
          'every request hits the origin',
          'latency 500 ms-2 s',
          'at most 10K users',
          'bandwidth cost: $$$$',
        ].map((line, i) => (
          <Label
            key={line}
            text={line}
            size={text.body}
            anchorX="left"
            position={[0, -at.notePitch * (i + 1), 0]}
          />
        ))}
      </Reveal>
      <Reveal name="With a CDN" at={beats.with} effect="rise" position={at.rightNote}>
        <Label
          text="With a CDN (simulated)"
          size={text.name}
          weight="bold"
          color={palette.cache}
          anchorX="left"
        />
        <LiveLabel
          compute={(local) =>
            `served from the edge: ${percent(cdn.stateAt(local - simStart).hitRate)}`
          }
          size={text.body}
          anchorX="left"
          position={[0, -at.notePitch, 0]}
        />
        <LiveLabel
          compute={(local) =>
            `average wait: ${Math.round(cdn.stateAt(local - simStart).meanLatencyMs)} ms`
          }
          size={text.body}
          anchorX="left"
          position={[0, -2 * at.notePitch, 0]}
        />
        <Label
          text="bandwidth cost: $"
          size={text.body}
          anchorX="left"
          position={[0, -3 * at.notePitch, 0]}
        />
      </Reveal>
      <Reveal name="Unlimited users note" at={beats.result} effect="rise" position={at.leftNote}>
        <Label
          text={'"Unlimited users"'}
          size={text.name}
          weight="bold"
          color={palette.accent}
          anchorX="left"
        />
        <Label
          text="a slogan: the ceiling moves, it stays"
          size={text.body}
          anchorX="left"
          position={[0, -at.notePitch, 0]}
        />
      </Reveal>
    </>
  )
}

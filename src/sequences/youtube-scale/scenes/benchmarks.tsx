import { useRef } from 'react'
import {
  BenchmarkChart,
  type BenchmarkChartHandle,
  type BenchmarkChartProps,
} from '../../../models/BenchmarkChart'
import { Callout } from '../../../models/Callout'
import { Label } from '../../../models/Label'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { ramp } from '../../../timeline/easing'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { benchmarks as at, board, heading, text } from '../layout'
import { benchmarks as script } from '../script/benchmarks'

const { beats } = script
type Beat = keyof typeof beats
/** Seconds a chart's bars take to grow. */
const GROW = 1.5

/** The document's Performance Benchmarks, one chart per row of its before/after lists. */
const CHARTS: readonly (Omit<BenchmarkChartProps, 'width'> & { beat: Beat })[] = [
  {
    beat: 'requests',
    title: 'Requests per second (log scale)',
    before: { low: 5e3, text: '5K' },
    after: { low: 1e5, text: '100K+' },
    max: 1e6,
    min: 1e3,
    log: true,
  },
  {
    beat: 'latency',
    title: 'Response time, ms',
    before: { low: 200, high: 500, text: '200-500' },
    after: { low: 10, high: 50, text: '10-50 cached' },
    max: 500,
  },
  {
    beat: 'db-load',
    title: 'Database load, % CPU',
    before: { low: 80, high: 95, text: '80-95%' },
    after: { low: 20, high: 40, text: '20-40%' },
    max: 100,
  },
  {
    beat: 'hit-rate',
    title: 'Cache hit rate',
    before: { low: 60, text: '60%' },
    after: { low: 95, text: '95%+' },
    max: 100,
  },
  {
    beat: 'users',
    title: 'Concurrent users (log scale)',
    before: { low: 1e4, text: '10K' },
    after: { low: 1e6, text: '1M+' },
    max: 1e7,
    min: 1e3,
    log: true,
  },
]

const CRITERIA = [
  '1M+ users, 10M+ video streams',
  '100K+ requests/s',
  'billions of events a day',
  '<50 ms response (cached)',
  '99.99% uptime (with proper ops)',
  'multi-region, auto-scaling',
  'fault-tolerant, real-time',
] as const

const OPS = [
  'One Compose stack per region',
  'Postgres: primary + 2 replicas',
  'Redis + Sentinel, Kafka + Zookeeper',
  'Watch: errors, breaker states,',
  'consumer lag, replication lag,',
  'cache and CDN hit rates',
] as const

/** A chart whose bars grow from its beat. */
function GrowingChart({ beat, ...chart }: (typeof CHARTS)[number]) {
  const ref = useRef<BenchmarkChartHandle>(null)
  useChapterFrame((local) => ref.current?.grow(ramp(local, beats[beat] + 0.4, GROW)))
  return <BenchmarkChart ref={ref} width={at.barWidth} {...chart} />
}

/**
 * The before/after table as five charts, then the success criteria the document claims beside
 * what running it takes: deployment, monitoring, next steps.
 */
export function BenchmarksScene({ active }: ChapterSceneProps) {
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.requests}
        position={[heading[0], heading[1], heading[2]]}
      />
      {CHARTS.map((chart, i) => (
        <Reveal
          name={`Chart: ${chart.title}`}
          key={chart.title}
          at={beats[chart.beat]}
          until={beats.claims}
          effect="fade"
          position={at.charts[i]}
        >
          <GrowingChart {...chart} />
        </Reveal>
      ))}
      <Reveal
        name="Video streams note"
        at={beats.users + 1.5}
        until={beats.claims}
        effect="rise"
        position={at.streams}
      >
        <Label text="Video streams: 10M+ at once" size={text.name} weight="bold" anchorX="left" />
        <Label
          text="(after only; no before figure)"
          size={text.body}
          color={palette.textMuted}
          anchorX="left"
          position={[0, -0.85, 0]}
        />
      </Reveal>
      <Reveal name="Success criteria panel" at={beats.claims} effect="rise" position={at.claims}>
        <Callout
          title="Success criteria: claimed, not measured"
          lines={CRITERIA}
          width={at.panelWidth}
          accent={palette.accent}
          bodySize={text.body}
          position={[at.panelWidth / 2, 0, 0]}
        />
      </Reveal>
      <Reveal name="Operations panel" at={beats.ops} effect="rise" position={at.ops}>
        <Callout
          title="What running it takes"
          lines={OPS}
          width={at.panelWidth}
          accent={palette.balancer}
          bodySize={text.body}
          position={[at.panelWidth / 2, 0, 0]}
        />
      </Reveal>
    </>
  )
}

import { FlowArrow } from '../../../models/FlowArrow'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3 } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, diagram as at, heading } from '../layout'
import { DiagramBox, diagramBoxHeight } from '../parts/DiagramBox'
import { regionalDiagram as script } from '../script/regional-diagram'

const { beats } = script
type Beat = keyof typeof beats

interface Box {
  id: string
  title: string
  subtitle?: string
  color: string
  x: number
  row: keyof typeof at.rows
  width: number
  beat: Beat
}

const [left, middle, right] = at.columns3
const BOXES: readonly Box[] = [
  {
    id: 'users',
    title: 'Users worldwide',
    color: palette.client,
    x: 0,
    row: 'users',
    width: at.wideWidth,
    beat: 'users',
  },
  {
    id: 'geodns',
    title: 'GeoDNS routing (nearest region)',
    color: palette.dns,
    x: 0,
    row: 'geodns',
    width: at.wideWidth + 2,
    beat: 'geodns',
  },
  {
    id: 'india',
    title: 'India: CDN edge',
    color: palette.cache,
    x: left,
    row: 'edges',
    width: at.boxWidth,
    beat: 'regions',
  },
  {
    id: 'us-west',
    title: 'US West: CDN edge',
    color: palette.cache,
    x: middle,
    row: 'edges',
    width: at.boxWidth,
    beat: 'regions',
  },
  {
    id: 'europe',
    title: 'Europe: CDN edge',
    color: palette.cache,
    x: right,
    row: 'edges',
    width: at.boxWidth,
    beat: 'regions',
  },
  {
    id: 'lb',
    title: 'Load balancer (nginx)',
    color: palette.balancer,
    x: 0,
    row: 'lb',
    width: at.wideWidth,
    beat: 'lb',
  },
  {
    id: 'gateway',
    title: 'API gateway + breakers',
    color: palette.balancer,
    x: left,
    row: 'tiers',
    width: at.boxWidth,
    beat: 'tiers',
  },
  {
    id: 'static',
    title: 'Static files',
    color: palette.cache,
    x: middle,
    row: 'tiers',
    width: at.boxWidth,
    beat: 'tiers',
  },
  {
    id: 'websocket',
    title: 'WebSocket service',
    color: palette.server,
    x: right,
    row: 'tiers',
    width: at.boxWidth,
    beat: 'tiers',
  },
  ...(['User service', 'Video service', 'Recommend', 'Like service'] as const).map((name, i) => ({
    id: name.split(' ')[0]!.toLowerCase(),
    title: name,
    color: palette.server,
    x: at.columns4[i]!,
    row: 'services' as const,
    width: at.serviceWidth,
    beat: 'services' as const,
  })),
  {
    id: 'kafka',
    title: 'Kafka event stream (views, likes, comments, subs)',
    color: palette.queue,
    x: 0,
    row: 'kafka',
    width: at.kafkaWidth,
    beat: 'kafka',
  },
  {
    id: 'redis',
    title: 'Redis cache',
    color: palette.cache,
    x: left,
    row: 'stores',
    width: at.boxWidth,
    beat: 'stores',
  },
  {
    id: 'primary',
    title: 'DB primary (write)',
    color: palette.database,
    x: middle,
    row: 'stores',
    width: at.boxWidth,
    beat: 'stores',
  },
  {
    id: 'replicas',
    title: 'DB replicas (read)',
    color: palette.database,
    x: right,
    row: 'stores',
    width: at.boxWidth,
    beat: 'stores',
  },
]

/** Who connects to whom, as the document's diagram draws it; each arrow arrives with its target. */
const LINKS: readonly [string, string][] = [
  ['users', 'geodns'],
  ['geodns', 'india'],
  ['geodns', 'us-west'],
  ['geodns', 'europe'],
  ['india', 'lb'],
  ['us-west', 'lb'],
  ['europe', 'lb'],
  ['lb', 'gateway'],
  ['lb', 'static'],
  ['lb', 'websocket'],
  ['gateway', 'user'],
  ['gateway', 'video'],
  ['gateway', 'recommend'],
  ['gateway', 'like'],
  ['user', 'kafka'],
  ['video', 'kafka'],
  ['recommend', 'kafka'],
  ['like', 'kafka'],
  ['websocket', 'kafka'],
  ['kafka', 'redis'],
  ['kafka', 'primary'],
  ['kafka', 'replicas'],
]

/** Arrows stay a hair in front of the boxes' frames, so they never cut through a name. */
const ARROW_Z = 0.05
/** Arrows meet a box at least this far in from its side. */
const EDGE_MARGIN = 0.6

/**
 * The document's system diagram, built row by row from the users down to the databases: the
 * map the rest of the film pushes into. Colours follow the code: caches orange, services green,
 * queues purple, databases blue.
 */
export function RegionalDiagramScene({ active }: ChapterSceneProps) {
  const byId = new Map(BOXES.map((b) => [b.id, b]))
  // Where two boxes overlap side to side, the arrow runs straight down through the overlap;
  // otherwise it leaves and enters each box as near the other as its width allows.
  const span = (b: Box) => [b.x - b.width / 2 + EDGE_MARGIN, b.x + b.width / 2 - EDGE_MARGIN]
  const clamp = (x: number, [lo, hi]: number[]) => Math.min(hi!, Math.max(lo!, x))
  const ends = (a: Box, b: Box): [Vec3, Vec3] => {
    const [aLo, aHi] = span(a)
    const [bLo, bHi] = span(b)
    const lo = Math.max(aLo!, bLo!)
    const hi = Math.min(aHi!, bHi!)
    const [xa, xb] =
      lo <= hi
        ? [clamp(a.x, [lo, hi]), clamp(a.x, [lo, hi])]
        : [clamp(b.x, span(a)), clamp(a.x, span(b))]
    return [
      [xa, at.rows[a.row] - diagramBoxHeight() / 2, ARROW_Z],
      [xb, at.rows[b.row] + diagramBoxHeight() / 2, ARROW_Z],
    ]
  }
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title="One request, top to bottom"
        at={beats['heading-in']}
        until={beats.users}
        position={[heading[0], heading[1], heading[2]]}
      />
      {BOXES.map((b) => (
        <Reveal name={b.title} key={b.id} at={beats[b.beat]} effect="pop">
          <DiagramBox
            title={b.title}
            subtitle={b.subtitle}
            color={b.color}
            width={b.width}
            position={[b.x, at.rows[b.row], 0]}
          />
        </Reveal>
      ))}
      {LINKS.map(([from, to]) => {
        const a = byId.get(from)!
        const b = byId.get(to)!
        return (
          <Reveal
            name={`Arrow: ${from} to ${to}`}
            key={`${from}-${to}`}
            at={beats[b.beat] + 0.3}
            effect="fade"
          >
            <FlowArrow
              curve={arcCurve(...ends(a, b), 0, 0)}
              inset={0.05}
              radius={0.04}
              color={palette.textMuted}
            />
          </Reveal>
        )
      })}
    </>
  )
}

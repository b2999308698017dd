import { palette } from '../../../world/palette'
import { arcCurve, type Vec3 } from '../../../world/paths'
import { diagram as at } from '../layout'
import type { regionalDiagram as script } from '../script/regional-diagram'
import { diagramBoxHeight, type DiagramBoxProps } from './DiagramBox'

type Beat = keyof typeof script.beats

/** A box of the diagram: where it stands, and the beat of the regional-diagram chapter that shows it. */
export interface DiagramBoxSpec {
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
/**
 * The document's system diagram, top to bottom: every box with its place and colour code, shared
 * by the regional-diagram chapter (which builds it row by row) and the film's map (which builds
 * it chapter by chapter). Caches orange, services green, queues purple, databases blue.
 */
export const DIAGRAM_BOXES: readonly DiagramBoxSpec[] = [
  {
    id: 'users',
    title: 'Users worldwide',
    color: palette.client,
    x: at.usersX,
    row: 'users',
    width: at.boxWidth,
    beat: 'users',
  },
  {
    id: 'geodns',
    title: 'GeoDNS routing (nearest region)',
    color: palette.dns,
    x: at.geodnsX,
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
    width: at.gatewayWidth,
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

/** Who connects to whom, as the document's diagram draws it (from, to: box ids). */
export const DIAGRAM_LINKS: readonly [string, string][] = [
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
 * Where the arrow from box `a` to box `b` starts and ends. Two boxes of one row are joined side
 * to side, from `a`'s right edge to `b`'s left. Down a row: where the two overlap side to side,
 * it runs straight down through the overlap; otherwise it leaves and enters each box as near the
 * other as its width allows.
 */
export function diagramArrowEnds(a: DiagramBoxSpec, b: DiagramBoxSpec): [Vec3, Vec3] {
  if (at.rows[a.row] === at.rows[b.row]) {
    const y = at.rows[a.row]
    return [
      [a.x + a.width / 2, y, ARROW_Z],
      [b.x - b.width / 2, y, ARROW_Z],
    ]
  }
  const span = (box: DiagramBoxSpec) => [
    box.x - box.width / 2 + EDGE_MARGIN,
    box.x + box.width / 2 - EDGE_MARGIN,
  ]
  const clamp = (x: number, [lo, hi]: number[]) => Math.min(hi!, Math.max(lo!, x))
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

/** A box's DiagramBox props: its title, subtitle, colour and width, at its place on the board. */
export function diagramBoxProps(box: DiagramBoxSpec): DiagramBoxProps {
  const { title, subtitle, color, width } = box
  return { title, subtitle, color, width, position: [box.x, at.rows[box.row], 0] }
}

/** The arrow between two boxes (ids), drawn thin and muted so the boxes' names lead. */
export function diagramArrowProps(
  byId: ReadonlyMap<string, DiagramBoxSpec>,
  from: string,
  to: string,
) {
  return {
    curve: arcCurve(...diagramArrowEnds(byId.get(from)!, byId.get(to)!), 0, 0),
    inset: 0.05,
    radius: 0.04,
    color: palette.textMuted,
  }
}

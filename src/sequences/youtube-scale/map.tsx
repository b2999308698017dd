import { FlowArrow } from '../../models/FlowArrow'
import { MapHeadlines } from '../../world/map/MapHeadlines'
import { MAP_STAGGER, MapPiece } from '../../world/map/MapPiece'
import { systemMap as at } from './layout'
import { DiagramBox } from './parts/DiagramBox'
import {
  DIAGRAM_BOXES,
  DIAGRAM_LINKS,
  diagramArrowProps,
  diagramBoxProps,
} from './parts/systemDiagram'
import type { script } from './script'

type ChapterId = (typeof script.chapters)[number]['id']

/**
 * The chapters that end on the map, in film order, each with the boxes of the document's diagram
 * it explains. The regional-diagram chapter draws the whole diagram itself; circuit breakers live
 * in the gateway's box, and the benchmarks build nothing.
 */
export const MAP_CHAPTERS: readonly { id: ChapterId; added: string; boxes: readonly string[] }[] = [
  {
    id: 'load-balancing',
    added: '+ GeoDNS, three regions, nginx',
    boxes: ['users', 'geodns', 'india', 'us-west', 'europe', 'lb'],
  },
  { id: 'cdn', added: '+ Static files from the CDN', boxes: ['static'] },
  { id: 'api-gateway', added: '+ The API gateway', boxes: ['gateway'] },
  { id: 'microservices', added: '+ The services', boxes: ['user', 'video', 'recommend', 'like'] },
  { id: 'events', added: '+ Kafka', boxes: ['kafka'] },
  { id: 'realtime', added: '+ The WebSocket service', boxes: ['websocket'] },
  { id: 'caching', added: '+ The Redis cache', boxes: ['redis'] },
  { id: 'database', added: '+ A primary and its replicas', boxes: ['primary', 'replicas'] },
]

const byId = new Map(DIAGRAM_BOXES.map((b) => [b.id, b]))

/**
 * For each box: the chapter that builds it, and when in that chapter's bridge it comes. A
 * chapter's boxes arrive row by row, top to bottom (a row at once), so that even the six of the
 * first bridge stand still before it dips out.
 */
const BUILT = new Map(
  MAP_CHAPTERS.flatMap((c, order) => {
    const rows = [...new Set(c.boxes.map((box) => byId.get(box)!.row))]
    return c.boxes.map((box) => {
      const delay = rows.indexOf(byId.get(box)!.row) * MAP_STAGGER
      return [box, { chapter: c.id, order, delay }] as const
    })
  }),
)

function built(box: string) {
  const b = BUILT.get(box)
  if (!b) throw new Error(`No chapter of the map builds the diagram's box '${box}'.`)
  return b
}

/**
 * The system so far: the document's diagram, grown at each bridge by what its chapter explained.
 * Every box stands where the regional-diagram chapter drew it, so what one chapter added stays
 * in place; an arrow fades in with the later of its two ends.
 */
export function SystemMap() {
  return (
    <>
      <MapHeadlines
        kicker="The system so far"
        kickerSize={at.kickerSize}
        kickerPosition={at.kicker}
        added={MAP_CHAPTERS.map(({ id, added }) => ({ id, text: added }))}
        headlineSize={at.headlineSize}
        headlinePosition={at.headline}
      />
      {DIAGRAM_BOXES.map((b) => {
        const { chapter, delay } = built(b.id)
        return (
          <MapPiece name={b.title} key={b.id} from={chapter} delay={delay}>
            <DiagramBox {...diagramBoxProps(b)} />
          </MapPiece>
        )
      })}
      {DIAGRAM_LINKS.map(([from, to]) => {
        const [a, b] = [built(from), built(to)]
        const last = a.order > b.order ? a : b
        return (
          <MapPiece
            name={`Arrow: ${from} to ${to}`}
            key={`${from}-${to}`}
            from={last.chapter}
            delay={last.delay}
            effect="fade"
          >
            <FlowArrow {...diagramArrowProps(byId, from, to)} />
          </MapPiece>
        )
      })}
    </>
  )
}

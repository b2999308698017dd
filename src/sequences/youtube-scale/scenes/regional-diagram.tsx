import { FlowArrow } from '../../../models/FlowArrow'
import type { ChapterSceneProps } from '../../../world/film'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { Reveal } from '../../../world/Reveal'
import { board, heading } from '../layout'
import { DiagramBox } from '../parts/DiagramBox'
import {
  DIAGRAM_BOXES,
  DIAGRAM_LINKS,
  diagramArrowProps,
  diagramBoxProps,
} from '../parts/systemDiagram'
import { regionalDiagram as script } from '../script/regional-diagram'

const { beats } = script
const byId = new Map(DIAGRAM_BOXES.map((b) => [b.id, b]))

/**
 * The document's system diagram, built row by row from the users down to the databases: the
 * map the rest of the film pushes into, and that its bridges build again chapter by chapter.
 */
export function RegionalDiagramScene({ active }: ChapterSceneProps) {
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title="One request, top to bottom"
        at={beats['heading-in']}
        until={beats.users}
        position={[heading[0], heading[1], heading[2]]}
      />
      {DIAGRAM_BOXES.map((b) => (
        <Reveal name={b.title} key={b.id} at={beats[b.beat]} effect="pop">
          <DiagramBox {...diagramBoxProps(b)} />
        </Reveal>
      ))}
      {DIAGRAM_LINKS.map(([from, to]) => {
        const b = byId.get(to)!
        return (
          <Reveal
            name={`Arrow: ${from} to ${to}`}
            key={`${from}-${to}`}
            at={beats[b.beat] + 0.3}
            effect="fade"
          >
            <FlowArrow {...diagramArrowProps(byId, from, to)} />
          </Reveal>
        )
      })}
    </>
  )
}

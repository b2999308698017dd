import { CheckMark } from '../../../models/CheckMark'
import { Label } from '../../../models/Label'
import { conclusion as script } from '../script/conclusion'
import { conclusionLayout as place } from '../layout'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'

const { beats } = script

/** The storyboard's checklist, in its order, each ticked on the beat where the voice says it. */
const LESSONS = [
  { beat: 'lesson-stateless', text: 'Keep web tier stateless' },
  { beat: 'lesson-redundancy', text: 'Build redundancy at every tier' },
  { beat: 'lesson-cache', text: 'Cache data as much as you can' },
  { beat: 'lesson-data-centres', text: 'Support multiple data centers' },
  { beat: 'lesson-cdn', text: 'Host static assets in CDN' },
  { beat: 'lesson-sharding', text: 'Scale data tier by sharding' },
  { beat: 'lesson-services', text: 'Split tiers into individual services' },
  { beat: 'lesson-monitoring', text: 'Monitor and use automation tools' },
] as const

/** Checklist text: bigger than a label, since it is the only thing in the shot. */
const LESSON_SIZE = 0.72
/** Gap between a tick's centre and the start of its text. */
const TEXT_INDENT = 0.95

export type BestPracticesProps = {
  /** When the whole list leaves (the camera moves on to the diagram). */
  until: number
}

/** The conclusion's checklist: eight lessons appearing one by one, each with a green tick. */
export function BestPractices({ until }: BestPracticesProps) {
  return (
    <>
      <Reveal
        name="Best practices heading"
        at={beats.checklist}
        until={until}
        effect="rise"
        position={[...place.checklistTitle]}
      >
        <Label text="Scaling best practices" size={textSize.heading} color={palette.accent} />
      </Reveal>
      {LESSONS.map((lesson, i) => (
        <Reveal
          name={`Lesson: ${lesson.beat.replace(/^lesson-/, '').replace(/-/g, ' ')}`}
          key={lesson.beat}
          at={beats[lesson.beat]}
          until={until}
          effect="rise"
          lift={0.3}
          position={[place.checklistTop[0], place.checklistTop[1] - i * place.checklistStep, 0]}
        >
          <CheckMark size={0.8} />
          <Label
            text={lesson.text}
            size={LESSON_SIZE}
            anchorX="left"
            position={[TEXT_INDENT, 0, 0]}
          />
        </Reveal>
      ))}
    </>
  )
}

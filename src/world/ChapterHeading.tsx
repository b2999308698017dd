import { Label } from '../models/Label'
import { useChapterInfo } from '../timeline/ChapterTime'
import { palette } from './palette'
import { Reveal } from './Reveal'
import { textSize } from './typography'

export type ChapterHeadingProps = {
  /** The small line over the title; by default the chapter's, as the film numbers it ('Chapter 2'). */
  kicker?: string
  title: string
  /** Chapter-local seconds it appears and starts to leave (beats). */
  at: number
  until: number
  /** Where the title line sits; the kicker floats above it. */
  position: [number, number, number]
  /** Its key in the studio; one heading a chapter needs no other. */
  name?: string
}

/** Gap between the kicker line and the title line: one label's height and a little air. */
const KICKER_ABOVE = 1.4

/** A chapter's opening card in the scene: a small accent kicker over a large title. */
export function ChapterHeading({
  kicker,
  title,
  at,
  until,
  position,
  name = 'Chapter heading',
}: ChapterHeadingProps) {
  const chapter = useChapterInfo()
  const line = kicker ?? chapter.kicker
  if (line === undefined) {
    throw new Error('ChapterHeading has no kicker: give one, or render it inside a film chapter.')
  }
  return (
    <Reveal name={name} at={at} until={until} effect="rise" lift={0.4} position={position}>
      <Label
        text={line}
        size={textSize.label}
        color={palette.accent}
        position={[0, KICKER_ABOVE, 0]}
      />
      <Label text={title} size={textSize.title} />
    </Reveal>
  )
}

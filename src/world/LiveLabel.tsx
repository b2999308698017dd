import { useLayoutEffect, useRef, useState } from 'react'
import { Label, type LabelProps } from '../models/Label'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { useFrameHolds } from '../timeline/HoldsContext'

export type LiveLabelProps = Omit<LabelProps, 'text'> & {
  /** The text at a chapter-local time: a count or state read from the simulation. */
  compute: (local: number) => string
}

/**
 * A label whose text follows time (a counter, a status). When the text changes, the frame
 * waits for the new text to be committed and laid out before it counts as drawn, so a seek
 * never shows a stale number.
 */
export function LiveLabel({ compute, ...props }: LiveLabelProps) {
  const holds = useFrameHolds()
  const [text, setText] = useState(() => compute(0))
  const shown = useRef(text)
  const release = useRef<(() => void) | null>(null)
  useChapterFrame((local) => {
    const next = compute(local)
    if (next === shown.current) return
    shown.current = next
    release.current ??= holds?.hold('live label') ?? null
    setText(next)
  }, FRAME_PHASE.stage)
  // After the commit: the label's own layout hold (if its text changed) is already open.
  useLayoutEffect(() => {
    release.current?.()
    release.current = null
  }, [text])
  return <Label text={text} {...props} />
}

import type { CaptionCue } from '../script/captions'
import { cueAt } from '../script/captions'

export type CaptionsProps = {
  cues: readonly CaptionCue[]
  time: number
}

/** The narration line being spoken, at the bottom of the frame, in at most two short lines. */
export function Captions({ cues, time }: CaptionsProps) {
  const cue = cueAt(cues, time)
  if (!cue) return null
  return (
    <div className="captions" data-testid="captions" data-cue={cue.id}>
      {cue.lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </div>
  )
}

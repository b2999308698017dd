import type { ThreeElements } from '@react-three/fiber'
import { useLayoutEffect, useRef, useState } from 'react'
import { ClockIcon } from '../models/ClockIcon'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { useFrameHolds } from '../timeline/HoldsContext'

export type TtlClockProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The time to live, seconds. */
  ttl: number
  /** Seconds the copy has left at a chapter time (0 once it has expired). */
  leftAt: (local: number) => number
  color?: string
}

/**
 * A clock that ticks down a time to live: the long hand sweeps once per TTL, jumping a step each
 * second like a real clock's. Driven by the chapter's time only; a frame waits for the new hand
 * to be committed before it counts as drawn, so a seek never shows the previous second.
 */
export function TtlClock({ ttl, leftAt, color, ...props }: TtlClockProps) {
  const holds = useFrameHolds()
  const tick = (local: number) => Math.min(ttl, Math.floor(ttl - leftAt(local)))
  const [elapsed, setElapsed] = useState(() => tick(0))
  const shown = useRef(elapsed)
  const release = useRef<(() => void) | null>(null)
  useChapterFrame((local) => {
    const next = tick(local)
    if (next === shown.current) return
    shown.current = next
    release.current ??= holds?.hold('ttl clock') ?? null
    setElapsed(next)
  }, FRAME_PHASE.stage)
  useLayoutEffect(() => {
    release.current?.()
    release.current = null
  }, [elapsed])
  // ClockIcon's long hand turns 12 times its `hour`: one sweep per TTL.
  return <ClockIcon hour={elapsed / ttl / 12} {...(color ? { color } : {})} {...props} />
}

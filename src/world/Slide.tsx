import { useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import { ramp } from '../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import type { Vec3 } from './paths'

export type SlideProps = {
  from: Vec3
  to: Vec3
  /** Chapter-local second the move starts, and how long it takes. */
  at: number
  duration?: number
  children: ReactNode
}

/** Moves its children from one place to another, eased, between two moments of the chapter. */
export function Slide({ from, to, at, duration = 1.6, children }: SlideProps) {
  const group = useRef<Group>(null)
  useChapterFrame((local) => {
    const g = group.current
    if (!g) return
    const p = ramp(local, at, duration)
    g.position.set(
      from[0] + (to[0] - from[0]) * p,
      from[1] + (to[1] - from[1]) * p,
      from[2] + (to[2] - from[2]) * p,
    )
  }, FRAME_PHASE.stage)
  return (
    <group ref={group} position={[from[0], from[1], from[2]]}>
      {children}
    </group>
  )
}

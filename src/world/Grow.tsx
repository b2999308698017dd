import { useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import { ramp } from '../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'

export type GrowProps = {
  /** Scale before and after, per axis [x, y, z] (a number scales all three). */
  from: number | [number, number, number]
  to: number | [number, number, number]
  /** Chapter-local second the growth starts, and how long it takes. */
  at: number
  duration?: number
  position?: [number, number, number]
  children: ReactNode
}

const triple = (v: number | [number, number, number]): [number, number, number] =>
  typeof v === 'number' ? [v, v, v] : v

/** Scales its children from one size to another, eased, between two moments of the chapter. */
export function Grow({ from, to, at, duration = 2, position, children }: GrowProps) {
  const group = useRef<Group>(null)
  const a = triple(from)
  const b = triple(to)
  useChapterFrame((local) => {
    const g = group.current
    if (!g) return
    const p = ramp(local, at, duration)
    g.scale.set(a[0] + (b[0] - a[0]) * p, a[1] + (b[1] - a[1]) * p, a[2] + (b[2] - a[2]) * p)
  }, FRAME_PHASE.stage)
  return (
    <group ref={group} position={position} scale={a}>
      {children}
    </group>
  )
}

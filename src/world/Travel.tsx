import { useRef, type ReactNode } from 'react'
import type { Curve, Group, Vector3 } from 'three'
import { easeInOut } from '../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { Staged } from './Staged'

export type TravelProps = {
  /**
   * Its key in the studio ('Step 2 packet', 'Query 3'): Theatre owns where the whole trip is and
   * its presence; the trip itself runs inside.
   */
  name: string
  curve: Curve<Vector3>
  /** Chapter-local second the trip starts. */
  at: number
  /** Seconds the trip takes: slow enough to follow (about 4–8 units a second). */
  duration: number
  /** Seconds to stay at the destination before vanishing; Infinity keeps it there. */
  dwell?: number
  children: ReactNode
}

/**
 * Carries its children (a packet) along a path from one beat, eased at both ends, visible only
 * while in flight (and `dwell` seconds after). A staged object: the studio can move, turn or
 * fade the trip as a whole.
 */
export function Travel({ name, curve, at, duration, dwell = 0.4, children }: TravelProps) {
  const group = useRef<Group>(null)
  useChapterFrame((local) => {
    const g = group.current
    if (!g) return
    const t = (local - at) / duration
    g.visible = t >= 0 && local <= at + duration + dwell
    if (g.visible) curve.getPoint(easeInOut(t), g.position)
  }, FRAME_PHASE.stage)
  return (
    <Staged name={name}>
      <group ref={group} visible={false}>
        {children}
      </group>
    </Staged>
  )
}

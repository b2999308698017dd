import { useRef } from 'react'
import type { Curve, Group, Vector3 } from 'three'
import { UserCard } from '../models/UserCard'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { clamp01, easeInOut } from '../timeline/easing'
import { Staged } from './Staged'

/**
 * Cards travel at this size: their names (small type) read 36 px at 1080p from the 22-unit shot
 * over the whole row, where the resharding moves them.
 */
const CARD_SCALE = 1.2

/** One stretch of a card's trip: along `curve`, starting at `at`, taking `duration` seconds. */
export type CardLeg = { curve: Curve<Vector3>; at: number; duration: number }

export type UserCardTripProps = {
  /** Its key in the studio ('Card: user 3'); a card making two trips needs two names. */
  name: string
  userId: number
  /** In order; between two legs the card waits where the first one ended. */
  legs: readonly CardLeg[]
  /** Seconds it takes to appear at the start and to shrink away into its shard at the end. */
  fade?: number
}

/**
 * A user's card travelling leg by leg (into the hash function, out of it, down to a shard),
 * growing in at the start and shrinking into its destination at the end.
 */
export function UserCardTrip({ name, userId, legs, fade = 0.3 }: UserCardTripProps) {
  const group = useRef<Group>(null)
  const start = legs[0]!.at
  const last = legs.at(-1)!
  const end = last.at + last.duration
  useChapterFrame((local) => {
    const g = group.current!
    g.visible = local >= start && local < end + fade
    if (!g.visible) return
    let leg = legs[0]!
    for (const l of legs) if (local >= l.at) leg = l
    leg.curve.getPoint(easeInOut((local - leg.at) / leg.duration), g.position)
    const grow = Math.min(clamp01((local - start) / fade), 1 - clamp01((local - end) / fade))
    g.scale.setScalar(Math.max(1e-3, grow) * CARD_SCALE)
  }, FRAME_PHASE.stage)
  return (
    <Staged name={name}>
      <group ref={group} visible={false}>
        <UserCard userId={userId} />
      </group>
    </Staged>
  )
}

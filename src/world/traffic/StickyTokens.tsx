import { useRef } from 'react'
import type { Group } from 'three'
import { SessionToken } from '../../models/SessionToken'
import type { Sessions } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import type { Vec3 } from '../paths'

export type StickyTokensProps = {
  sessions: Sessions
  /** The user id shown as each figure, and the figure's initial. */
  users: readonly number[]
  owners: readonly string[]
  /** Where sessions are pinned on each server, in the model's server order. */
  tops: readonly Vec3[]
  /** Chapter-local second from which sessions are shown. */
  from: number
}

/** Cards drawn larger than the model's badge, so the user's letter reads on a phone. */
export const CARD_SCALE = 1.4
/** Sessions on one server sit side by side, each in its owner's column, a card's width apart. */
export const CARD_SPACING = 0.74

/**
 * Each user's session card standing on the server that holds it in memory, as the sticky session
 * model says: it appears with the user's first request, vanishes when that server fails, and
 * reappears where the user logs in again.
 */
export function StickyTokens({ sessions, users, owners, tops, from }: StickyTokensProps) {
  const cards = useRef<(Group | null)[]>([])
  const index = new Map(sessions.params.servers.map((s, i) => [s.id, i]))
  useChapterFrame((local) => {
    users.forEach((user, k) => {
      const card = cards.current[k]
      if (!card) return
      const server = local >= from ? sessions.serverOf(user, local) : null
      const top = server === null ? undefined : tops[index.get(server)!]
      card.visible = top !== undefined
      if (top) card.position.set(top[0] + (k - 1) * CARD_SPACING, top[1], top[2])
    })
  }, FRAME_PHASE.stage)
  return (
    <>
      {users.map((user, k) => (
        <group
          key={user}
          ref={(g) => {
            cards.current[k] = g
          }}
          visible={false}
        >
          <SessionToken owner={owners[k]!} scale={CARD_SCALE} />
        </group>
      ))}
    </>
  )
}

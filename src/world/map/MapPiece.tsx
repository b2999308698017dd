import type { ReactNode } from 'react'
import { tuple, type Vec3 } from '../paths'
import { Reveal } from '../Reveal'
import { useMapTime } from './MapChapters'

/** Seconds into a bridge that its chapter's pieces start to rise: once the map is fully up. */
export const MAP_NEW_AT = 0.9
/** Pieces of one chapter arrive this far apart, so the eye can follow each in. */
export const MAP_STAGGER = 0.25

export type MapPieceProps = {
  /** The chapter that builds it. */
  from: string
  /** The chapter whose addition replaces it, if any. */
  until?: string
  /** Seconds after its chapter's pieces start to arrive. */
  delay?: number
  position?: Vec3
  effect?: 'rise' | 'fade'
  children: ReactNode
}

/**
 * A piece of a film's map: absent before the bridge of the chapter that builds it, standing in
 * every bridge after it, until the chapter that replaces it.
 *
 * ```tsx
 * <MapPiece from="load-balancer" position={place.lb}><LoadBalancer /></MapPiece>
 * ```
 */
export function MapPiece({
  from,
  until,
  delay = 0,
  position,
  effect = 'rise',
  children,
}: MapPieceProps) {
  const { during } = useMapTime()
  return (
    <Reveal
      at={during(from, MAP_NEW_AT + delay)}
      until={until === undefined ? undefined : during(until, MAP_NEW_AT)}
      effect={effect}
      position={position ? tuple(position) : undefined}
    >
      {children}
    </Reveal>
  )
}

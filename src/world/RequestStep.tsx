import { useMemo } from 'react'
import type { Curve, Vector3 } from 'three'
import { FlowArrow } from '../models/FlowArrow'
import { Label } from '../models/Label'
import { StepBadge } from '../models/StepBadge'
import { PacketTrip, type PacketTripProps } from './PacketTrip'
import { tuple, type Vec3 } from './paths'
import { Reveal } from './Reveal'

/** The packet sets off once its arrow has begun to draw, so the eye meets the path first. */
const PACKET_DELAY = 0.3
/** A note starts this far right of its badge's centre: the disc's radius (0.42) and a gap. */
const NOTE_GAP = 0.75

export type RequestStepProps = {
  /** The step's number on its badge; also its staged names ("Step 2 arrow", "Step 2 badge", "Step 2 packet"). */
  step: number
  curve: Curve<Vector3>
  /** When the arrow starts drawing and the badge pops in (a beat). */
  at: number
  /** When the arrow and the badge leave (a beat). */
  until: number
  /** The arrow's and the packet's colour: request or response. */
  color: string
  /** How long the arrow takes to draw. */
  drawSeconds: number
  /** Where along the path the badge stands (0–1), and its offset from there. */
  badgeAlong?: number
  badgeOffset: Vec3
  badgeScale?: number
  /** The badge's colour; the step badge's own accent when not given. */
  badgeColor?: string
  /** The packet's trip along the path: how long, how long it waits, and what it carries. */
  packet: Omit<PacketTripProps, 'name' | 'curve' | 'at' | 'color'>
  /**
   * What the step carries, written to the right of its badge for as long as the badge shows:
   * for a path whose packet would carry its label onto what waits at the end (a user with their
   * devices), or through the badge on its way.
   */
  note?: { text: string; color?: string; size?: number }
}

/**
 * One numbered step of a request flow: its path drawn as an arrow, a badge with its number beside
 * the path, and a packet making the trip. A flow is a few of these in order, each on its beat.
 *
 * ```tsx
 * <RequestStep step={1} curve={toDns} at={beats['step-1']} until={beats.json}
 *   color={palette.request} drawSeconds={3} badgeOffset={[0, 1, 0]}
 *   packet={{ duration: 3, label: 'www.mysite.com' }} />
 * ```
 */
export function RequestStep({
  step,
  curve,
  at,
  until,
  color,
  drawSeconds,
  badgeAlong = 0.5,
  badgeOffset,
  badgeScale,
  badgeColor,
  packet,
  note,
}: RequestStepProps) {
  const badgeAt = useMemo(() => curve.getPoint(badgeAlong).toArray() as Vec3, [curve, badgeAlong])
  return (
    <>
      <Reveal
        name={`Step ${step} arrow`}
        at={at}
        until={until}
        duration={drawSeconds}
        effect="fade"
      >
        <FlowArrow curve={curve} color={color} active />
      </Reveal>
      <Reveal
        name={`Step ${step} badge`}
        at={at}
        until={until}
        effect="pop"
        position={tuple(badgeAt)}
      >
        <StepBadge
          step={step}
          scale={badgeScale}
          position={tuple(badgeOffset)}
          color={badgeColor}
        />
      </Reveal>
      {note && (
        <Reveal
          name={`Step ${step} note`}
          at={at}
          until={until}
          effect="fade"
          position={tuple(badgeAt)}
        >
          <group position={tuple(badgeOffset)} scale={badgeScale}>
            <Label
              text={note.text}
              size={note.size}
              color={note.color ?? color}
              anchorX="left"
              position={[NOTE_GAP, 0, 0.01]}
            />
          </group>
        </Reveal>
      )}
      <PacketTrip
        name={`Step ${step} packet`}
        curve={curve}
        at={at + PACKET_DELAY}
        color={color}
        {...packet}
      />
    </>
  )
}

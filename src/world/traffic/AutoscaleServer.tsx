import { useRef } from 'react'
import type { Group } from 'three'
import { ServerRack } from '../../models/ServerRack'
import type { Autoscaler } from '../../sim'
import { ramp } from '../../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import type { Vec3 } from '../paths'

export type AutoscaleServerProps = {
  autoscaler: Autoscaler
  /** Slot number: the slot is filled while the autoscaler runs or starts more than this many. */
  slot: number
  position: Vec3
}

/** Short racks, so two rows of slots stand beside the chart. */
export const AUTOSCALE_RACK_UNITS = 2
/** Seconds a server takes to grow in or shrink away. */
const GROW = 0.5
/** A starting server: grey, not yet serving. */
const STARTING = '#64748b'

/**
 * One slot of the autoscaled web tier. It fills when the autoscaler launches a server into it
 * (grey until it has booted), turns green when the server serves, and empties when
 * the autoscaler scales in; each change eases in from the moment of the autoscaler's decision.
 */
export function AutoscaleServer({ autoscaler, slot, position }: AutoscaleServerProps) {
  const root = useRef<Group>(null)
  const ready = useRef<Group>(null)
  const starting = useRef<Group>(null)
  const min = autoscaler.params.minServers
  useChapterFrame((local) => {
    const s = autoscaler.stateAt(local)
    // Replay the decisions to find when this slot last filled or emptied.
    let total = min
    let changed = -Infinity
    for (const a of s.actions) {
      if (a.time > local) break
      const before = total
      total += a.kind === 'out' ? a.count : -a.count
      if (slot < before !== slot < total) changed = a.time
    }
    const filled = slot < s.running + s.launching
    const p = ramp(local, changed, GROW)
    const scale = filled ? p : 1 - p
    root.current!.visible = scale > 0.001
    root.current!.scale.setScalar(Math.max(scale, 0.001))
    ready.current!.visible = slot < s.running
    starting.current!.visible = slot >= s.running
  }, FRAME_PHASE.stage)
  return (
    <group ref={root} position={[position[0], position[1], position[2]]} visible={false}>
      <group ref={ready}>
        <ServerRack units={AUTOSCALE_RACK_UNITS} />
      </group>
      <group ref={starting} visible={false}>
        <ServerRack units={AUTOSCALE_RACK_UNITS} color={STARTING} />
      </group>
    </group>
  )
}

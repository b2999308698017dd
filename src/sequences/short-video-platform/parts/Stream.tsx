import { useMemo } from 'react'
import { Color, type Curve, type Vector3 } from 'three'
import { PacketSwarm } from '../../../world/PacketSwarm'

export type StreamProps = {
  /** The stream's key in the studio ('Traffic: viewers to the edge'). */
  name: string
  /** The paths packets take, in turn: packet k goes along paths[k % paths.length]. */
  paths: readonly Curve<Vector3>[]
  /** Chapter-local seconds the first packet leaves, and after which no new one does. */
  from: number
  until: number
  /** Seconds between departures, and each packet's time on its path. */
  every: number
  travel: number
  color: string
  radius?: number
}

/**
 * A steady flow of packets along fixed paths (video segments to the players, events into a
 * topic): packet k leaves at from + k · every, so where each one is follows from the time alone.
 */
export function Stream({
  name,
  paths,
  from,
  until,
  every,
  travel,
  color,
  radius = 0.14,
}: StreamProps) {
  const tint = useMemo(() => new Color(color), [color])
  const capacity = Math.ceil(travel / every) + 1
  return (
    <PacketSwarm
      name={name}
      capacity={capacity}
      radius={radius}
      fill={(local, put) => {
        if (local < from) return
        const last = Math.floor((Math.min(local, until) - from) / every)
        const first = Math.max(0, Math.ceil((local - travel - from) / every))
        for (let k = first; k <= last; k++) {
          const progress = (local - from - k * every) / travel
          if (progress >= 0 && progress <= 1) put(paths[k % paths.length]!, progress, tint)
        }
      }}
    />
  )
}

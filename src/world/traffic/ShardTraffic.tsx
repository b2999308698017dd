import { Color, type Curve, type Vector3 } from 'three'
import type { Sharding } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'

export type ShardTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  sharding: Sharding
  /** Chapter-local spans [from, to) in which requests are drawn; none is cut off mid-flight. */
  spans: readonly (readonly [number, number])[]
  /** From the left edge into the hash function (hidden behind its panel at the end). */
  toHash: Curve<Vector3>
  /** From under the hash function down to each shard, for each shard count in use. */
  toShard: Readonly<Record<number, readonly Curve<Vector3>[]>>
  celebrityId: number
}

/** Seconds into the hash function, hidden behind it, and down to the shard: easy to follow. */
const IN = 1.2
const HIDDEN = 0.3
const DOWN = 1
const TRIP = IN + HIDDEN + DOWN
const CAPACITY = 64
const REQUEST = new Color(palette.request)
const CELEBRITY = new Color(palette.failure)

/**
 * The simulation's requests as packets, one instanced draw call: each enters the hash function
 * and comes out towards the shard its key maps to (the simulation's placement at that moment).
 * Requests for the celebrity's key glow red.
 */
export function ShardTraffic({
  name,
  sharding,
  spans,
  toHash,
  toShard,
  celebrityId,
}: ShardTrafficProps) {
  return (
    <PacketSwarm
      name={name}
      capacity={CAPACITY}
      radius={0.2}
      fill={(local, put) => {
        for (const [from, to] of spans) {
          const t0 = Math.max(from, local - TRIP)
          const t1 = Math.min(local, to - TRIP)
          if (!(t1 > t0)) continue
          for (const r of sharding.requestsIn(t0, t1)) {
            const age = local - r.time
            const color = r.userId === celebrityId ? CELEBRITY : REQUEST
            if (age < IN) put(toHash, age / IN, color)
            else if (age >= IN + HIDDEN) {
              const path = toShard[sharding.shardsAt(r.time)]?.[r.shard]
              if (path) put(path, (age - IN - HIDDEN) / DOWN, color)
            }
          }
        }
      }}
    />
  )
}

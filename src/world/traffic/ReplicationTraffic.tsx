import { useMemo } from 'react'
import { Color } from 'three'
import type { Replication } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'
import { arcCurve, type Vec3 } from '../paths'

export type ReplicationTrafficProps = {
  replication: Replication
  /** Chapter-local seconds from which operations, and replication, are drawn. */
  from: number
  replicateFrom: number
  web: Vec3
  /** Each node's port, in the simulation's node order. */
  nodes: readonly Vec3[]
}

/** Seconds an operation takes from the web tier to its database, and a change to a replica. */
const TRIP = 1.1
const COPY = 0.9
const CAPACITY = 128
const WRITE = new Color(palette.request)
const READ = new Color(palette.response)
const COPY_COLOR = new Color(palette.database)
const FAILED = new Color(palette.failure)

/**
 * The simulated database traffic as packets, one instanced draw call: writes (warm) to the
 * master, reads (cool) to whichever node the simulation sent them, failures in red, and each
 * write's copy flowing from the master on to the replicas after it lands.
 */
export function ReplicationTraffic({
  replication,
  from,
  replicateFrom,
  web,
  nodes,
}: ReplicationTrafficProps) {
  const toNode = useMemo(
    () => nodes.map((n, i) => arcCurve(web, n, 0, 1.5 + i * 0.5)),
    [web, nodes],
  )
  const between = useMemo(() => nodes.map((a) => nodes.map((b) => arcCurve(a, b, 0, 0.8))), [nodes])
  const index = useMemo(() => new Map(nodes.map((_, i) => [`db-${i + 1}`, i])), [nodes])
  return (
    <PacketSwarm
      capacity={CAPACITY}
      radius={0.18}
      fill={(local, put) => {
        if (local <= from) return
        const state = replication.stateAt(local)
        const master = index.get(state.master) ?? 0
        for (const op of replication.operationsIn(Math.max(from, local - TRIP - COPY), local)) {
          const target = op.node === null ? -1 : index.get(op.node)!
          const age = local - op.time
          if (age < TRIP && target >= 0) {
            put(toNode[target]!, age / TRIP, !op.ok ? FAILED : op.kind === 'write' ? WRITE : READ)
          } else if (op.kind === 'write' && op.ok && age >= TRIP && local >= replicateFrom) {
            // The change travels on from the node that took it to every other node that is up.
            const source = target < 0 ? master : target
            state.nodes.forEach((node, i) => {
              if (i !== target && node.status === 'up')
                put(between[source]![i]!, (age - TRIP) / COPY, COPY_COLOR)
            })
          }
        }
      }}
    />
  )
}

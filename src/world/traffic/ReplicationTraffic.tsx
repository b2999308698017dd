import { useMemo } from 'react'
import { Color } from 'three'
import type { Replication } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'
import { arcCurve, type Vec3 } from '../paths'

export type ReplicationTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
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
/** Requests arc a little over the floor, clear of the racks they pass beside. */
const TO_NODE_LIFT = 1.5

/** Copies arc a little higher than requests. */
const COPY_LIFT = 1.8
/** A copy's path keeps at least this far (at its middle) from the node it must go around. */
const CLEARANCE = 3

/**
 * The path a change is copied along, from one node to another: the chapter draws the same
 * curve as an arrow, so the copies ride on what the viewer sees. With `avoid` (the first
 * master's place, once another node has taken over), a path that would pass over it bows aside
 * in the ground plane, toward the viewer, so no copy is drawn through a dead server.
 */
export function copyPath(from: Vec3, to: Vec3, avoid?: Vec3) {
  if (!avoid) return arcCurve(from, to, 0, COPY_LIFT)
  const dx = to[0] - from[0]
  const dz = to[2] - from[2]
  const length = Math.hypot(dx, dz) || 1
  // arcCurve's sideways direction, and the midpoint's signed distance from `avoid` along it.
  const [px, pz] = [-dz / length, dx / length]
  const off = ((from[0] + to[0]) / 2 - avoid[0]) * px + ((from[2] + to[2]) / 2 - avoid[2]) * pz
  if (Math.abs(off) >= CLEARANCE) return arcCurve(from, to, 0, COPY_LIFT)
  // It bows toward the viewer (passing in front of the node, below its labels), and a
  // quadratic curve's middle lies half way to its control point: bow twice the distance.
  const front = pz < 0 ? -1 : 1
  const side = 2 * (front * CLEARANCE - off)
  return arcCurve(from, to, side, COPY_LIFT)
}

/**
 * The simulated database traffic as packets, one instanced draw call: writes (warm) to the
 * master, reads (cool) to whichever node the simulation sent them, failures in red, and each
 * write's copy flowing from the master on to the replicas after it lands.
 */
export function ReplicationTraffic({
  name,
  replication,
  from,
  replicateFrom,
  web,
  nodes,
}: ReplicationTrafficProps) {
  const toNode = useMemo(() => nodes.map((n) => arcCurve(web, n, 0, TO_NODE_LIFT)), [web, nodes])
  // Node 0 is the first master; a later master's copies go around its place.
  const between = useMemo(
    () => nodes.map((a, i) => nodes.map((b) => copyPath(a, b, i === 0 ? undefined : nodes[0]))),
    [nodes],
  )
  const index = useMemo(() => new Map(nodes.map((_, i) => [`db-${i + 1}`, i])), [nodes])
  return (
    <PacketSwarm
      name={name}
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

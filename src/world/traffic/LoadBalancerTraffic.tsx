import { useMemo } from 'react'
import { Color, type Curve, type Vector3 } from 'three'
import type { LoadBalancer } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'
import { arcCurve, type Vec3 } from '../paths'

export type LoadBalancerTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  lb: LoadBalancer
  /** Chapter-local second the traffic becomes visible. */
  from: number
  user: Vec3
  balancer: Vec3
  /** The path from the balancer to each server, in the balancer's server order. */
  paths: readonly Curve<Vector3>[]
}

/** Seconds a request takes from user to balancer, and from balancer to its server. */
const TO_BALANCER = 0.8
const TO_SERVER = 0.9
/** The most packets in flight at once that can be drawn: above the simulated peak. */
const CAPACITY = 96
const REQUEST = new Color(palette.request)
const FAILED = new Color(palette.failure)

/**
 * Every request the simulated load balancer handles, as a packet: from the users to the
 * balancer, then on to the server the simulation chose for it, turning red if that server had
 * failed. One instanced draw call for all of them.
 */
export function LoadBalancerTraffic({
  name,
  lb,
  from,
  user,
  balancer,
  paths,
}: LoadBalancerTrafficProps) {
  const toBalancer = useMemo(() => arcCurve(user, balancer, 0, 1.2), [user, balancer])
  const serverIndex = useMemo(() => new Map(lb.params.servers.map((s, i) => [s.id, i])), [lb])
  return (
    <PacketSwarm
      name={name}
      capacity={CAPACITY}
      fill={(local, put) => {
        if (local <= from) return
        for (const r of lb.requestsIn(Math.max(from, local - TO_BALANCER - TO_SERVER), local)) {
          const age = local - r.arrival
          const target = r.server === null ? -1 : serverIndex.get(r.server)!
          if (age < TO_BALANCER) put(toBalancer, age / TO_BALANCER, REQUEST)
          else if (target >= 0) {
            const failed = r.outcome === 'failed' && r.reason === 'refused'
            put(paths[target]!, (age - TO_BALANCER) / TO_SERVER, failed ? FAILED : REQUEST)
          }
        }
      }}
    />
  )
}

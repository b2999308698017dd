import { Color, type Curve, type Vector3 } from 'three'
import type { Sessions } from '../../sim'
import { PacketSwarm } from '../PacketSwarm'
import { palette } from '../palette'

export type SessionTrafficProps = {
  /** The stream's key in the studio ('Traffic: users to the balancer'). */
  name: string
  sessions: Sessions
  /** Chapter-local seconds the traffic becomes visible, and stops being drawn. */
  from: number
  until?: number
  /** The figure (column) each user id is drawn as. */
  figureOf: ReadonlyMap<number, number>
  /** paths[figure][server]: from a user to a server. */
  paths: readonly (readonly Curve<Vector3>[])[]
  /** Per server, the path the session takes from the shared store to it (stateless only). */
  reads?: readonly Curve<Vector3>[]
}

/** Seconds from user to server, then from the store back to the server. */
const TO_SERVER = 0.9
const READ = 0.6
const CAPACITY = 48
const REQUEST = new Color(palette.request)
const FAILED = new Color(palette.failure)
const RELOGIN = new Color(palette.failureText)
const SESSION = new Color('#bfdbfe')

/**
 * The requests of the shown users, as the session model routed them: each flies to the server
 * the model chose, red if that server had failed, pink if the user had to log in again; with a
 * shared store, the session then comes from the store to that server. One instanced draw call.
 */
export function SessionTraffic({
  name,
  sessions,
  from,
  until = Infinity,
  figureOf,
  paths,
  reads,
}: SessionTrafficProps) {
  const index = new Map(sessions.params.servers.map((s, i) => [s.id, i]))
  return (
    <PacketSwarm
      name={name}
      capacity={CAPACITY}
      radius={0.17}
      fill={(local, put) => {
        if (local <= from || local >= until) return
        for (const r of sessions.requestsIn(Math.max(from, local - TO_SERVER - READ), local)) {
          const figure = figureOf.get(r.userId)
          const server = r.server === null ? undefined : index.get(r.server)
          if (figure === undefined || server === undefined) continue
          const age = local - r.time
          if (age < TO_SERVER) {
            const color = !r.ok ? FAILED : r.relogin ? RELOGIN : REQUEST
            put(paths[figure]![server]!, age / TO_SERVER, color)
          } else if (reads && r.ok) put(reads[server]!, (age - TO_SERVER) / READ, SESSION)
        }
      }}
    />
  )
}

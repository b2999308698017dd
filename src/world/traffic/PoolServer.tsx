import { useRef } from 'react'
import type { Group } from 'three'
import { CheckMark } from '../../models/CheckMark'
import { Label } from '../../models/Label'
import { ServerRack, serverRackHeight } from '../../models/ServerRack'
import { XMark } from '../../models/XMark'
import type { LoadBalancer, ServerStatus } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import type { Vec3 } from '../paths'
import { Staged } from '../Staged'

export type PoolServerProps = {
  /** Its key in the studio ('Server 2'), where Theatre owns its place and presence. */
  name: string
  lb: LoadBalancer
  /** Which of the balancer's servers this is. */
  index: number
  position: Vec3
  /** Chapter-local second from which it may be seen (it also stays hidden while 'off'). */
  from: number
}

/** Name, address and counts: 36 px at 1080p from the chapter's wide shot, about 23 units away. */
const TEXT_SIZE = 0.6
const IP_SIZE = 0.56
/**
 * Above the rack, a line apart, top to bottom: its name, its address, its status and what it
 * has served. Nothing lies in front of it, where the balancer's paths arrive.
 */
const SERVED_ABOVE = 0.75
const STATUS_ABOVE = 1.5
const IP_ABOVE = 2.25
const NAME_ABOVE = 3.05

/** What the count line says for each state of the server in the simulation. */
const STATUS_TEXT: Record<ServerStatus, string> = {
  off: '',
  joining: 'joining…',
  healthy: 'in pool',
  failing: 'down, in pool',
  down: 'removed',
}

/**
 * One web server behind the load balancer, drawn from the simulation: healthy or failed (red,
 * with an X), joining (waiting for its first health check) or in the pool (a green check), with
 * its private IP and the requests it has served.
 */
export function PoolServer({ name, lb, index, position, from }: PoolServerProps) {
  const root = useRef<Group>(null)
  const ok = useRef<Group>(null)
  const failed = useRef<Group>(null)
  const check = useRef<Group>(null)
  const spec = lb.params.servers[index]!
  const top = serverRackHeight()
  useChapterFrame((local) => {
    const state = lb.stateAt(local).servers[index]!
    const shown = local >= from && state.status !== 'off'
    root.current!.visible = shown
    ok.current!.visible = state.up
    failed.current!.visible = !state.up
    // The green check marks a server that joined the pool during the chapter.
    check.current!.visible = state.status === 'healthy' && (spec.joinAt ?? 0) > 0
  }, FRAME_PHASE.stage)
  const server = lb.stateAt(0).servers[index]!
  return (
    <Staged name={name} position={position}>
      <group ref={root} visible={false}>
        <group ref={ok}>
          <ServerRack />
        </group>
        <group ref={failed} visible={false}>
          <ServerRack status="failed" />
          <XMark size={1.3} position={[0, top / 2, 0.9]} />
        </group>
        <group ref={check} visible={false}>
          <CheckMark size={0.9} position={[1.3, top - 0.4, 0.3]} />
        </group>
        {/* Above the rack: who it is and whether it is in the pool. In front: what it served. */}
        <Label text={server.name} size={TEXT_SIZE} billboard position={[0, top + NAME_ABOVE, 0]} />
        <Label
          text={server.ip}
          size={IP_SIZE}
          weight="mono"
          color={palette.textMuted}
          billboard
          position={[0, top + IP_ABOVE, 0]}
        />
        <LiveLabel
          compute={(local) => STATUS_TEXT[lb.stateAt(local).servers[index]!.status]}
          size={TEXT_SIZE}
          color={palette.textMuted}
          billboard
          position={[0, top + STATUS_ABOVE, 0]}
        />
        <LiveLabel
          compute={(local) => {
            // A server out of service serves nothing: its count is history, and says so.
            const s = lb.stateAt(local).servers[index]!
            return s.up ? `served ${s.served}` : `served ${s.served}, then died`
          }}
          size={TEXT_SIZE}
          billboard
          position={[0, top + SERVED_ABOVE, 0]}
        />
      </group>
    </Staged>
  )
}

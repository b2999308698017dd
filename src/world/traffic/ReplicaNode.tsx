import { useRef } from 'react'
import type { Group } from 'three'
import { DatabaseCylinder } from '../../models/DatabaseCylinder'
import { XMark } from '../../models/XMark'
import type { Replication } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import type { Vec3 } from '../paths'
import { Staged } from '../Staged'

export type ReplicaNodeProps = {
  /** Its key in the studio ('Server 2'), where Theatre owns its place and presence. */
  name: string
  replication: Replication
  index: number
  position: Vec3
  /** Chapter-local second from which it is shown. */
  from: number
}

/** Height of the cylinder, for placing labels above it. */
const TOP = 2
/**
 * Role and counts: 36 px at 1080p or more from the chapter's widest shot (about 25 units from
 * the row, while the advantages stack above it); a master's "writes · reads" line still clears
 * its neighbours' counts 5.5 apart.
 */
const TEXT_SIZE = 0.66
/** Role over counts, a line apart, above the cylinder where no packet path runs. */
const ROLE_ABOVE = 1.5
const COUNT_ABOVE = 0.75

/**
 * One database of the replicated data tier, drawn from the simulation: blue while it is the
 * master, green as a replica, dark red with an X while down; its role and, under it, what it
 * has served.
 */
export function ReplicaNode({ name, replication, index, position, from }: ReplicaNodeProps) {
  const root = useRef<Group>(null)
  const master = useRef<Group>(null)
  const replica = useRef<Group>(null)
  const down = useRef<Group>(null)
  const node = (local: number) => replication.stateAt(local).nodes[index]!
  useChapterFrame((local) => {
    const n = node(local)
    root.current!.visible = local >= from
    const up = n.status === 'up'
    master.current!.visible = up && n.role === 'master'
    replica.current!.visible = up && n.role !== 'master'
    down.current!.visible = !up
  }, FRAME_PHASE.stage)
  return (
    <Staged name={name} position={position}>
      <group ref={root} visible={false}>
        <group ref={master}>
          <DatabaseCylinder color={palette.database} />
        </group>
        <group ref={replica} visible={false}>
          <DatabaseCylinder color={palette.server} />
        </group>
        <group ref={down} visible={false}>
          <DatabaseCylinder status="failed" />
          <XMark size={1.2} position={[0, 1, 1]} />
        </group>
        <LiveLabel
          compute={(local) => {
            const n = node(local)
            return `${n.name}: ${n.status !== 'up' ? 'offline' : n.role === 'master' ? 'master' : 'replica'}`
          }}
          size={TEXT_SIZE}
          billboard
          position={[0, TOP + ROLE_ABOVE, 0]}
        />
        <LiveLabel
          compute={(local) => {
            const n = node(local)
            return n.role === 'master'
              ? `writes ${n.applied} · reads ${n.reads}`
              : `reads ${n.reads}`
          }}
          size={TEXT_SIZE}
          color={palette.textMuted}
          billboard
          position={[0, TOP + COUNT_ABOVE, 0]}
        />
      </group>
    </Staged>
  )
}

import { useRef } from 'react'
import type { Group } from 'three'
import { Label } from '../../models/Label'
import { ServerRack, serverRackHeight } from '../../models/ServerRack'
import { XMark } from '../../models/XMark'
import type { Sessions } from '../../sim'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import type { Vec3 } from '../paths'

export type SessionServerProps = {
  sessions: Sessions
  /** Which of the model's servers this is. */
  index: number
  position: Vec3
}

/** Short racks: six stand on screen at once. */
export const SESSION_RACK_UNITS = 2
/** Six names across the split frame: as large as fits over a rack and its gap. */
const NAME_SIZE = 0.58

/**
 * One web server of a session panel, up or failed (dark red with an X) as the session model says.
 */
export function SessionServer({ sessions, index, position }: SessionServerProps) {
  const ok = useRef<Group>(null)
  const failed = useRef<Group>(null)
  const top = serverRackHeight(SESSION_RACK_UNITS)
  useChapterFrame((local) => {
    const up = sessions.stateAt(local).servers[index]!.up
    ok.current!.visible = up
    failed.current!.visible = !up
  }, FRAME_PHASE.stage)
  return (
    <group position={[position[0], position[1], position[2]]}>
      <group ref={ok}>
        <ServerRack units={SESSION_RACK_UNITS} />
      </group>
      <group ref={failed} visible={false}>
        <ServerRack units={SESSION_RACK_UNITS} status="failed" />
        <XMark size={1.1} position={[0, top / 2, 0.9]} />
      </group>
      <Label
        text={sessions.params.servers[index]!.name}
        size={NAME_SIZE}
        billboard
        position={[0, top + 0.55, 0]}
      />
    </group>
  )
}

import { useThree } from '@react-three/fiber'
import { useContext, useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import { BRIDGE_MAP_STEP } from '../../timeline/bridge'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import type { Vec3 } from '../paths'
import { MapChaptersContext } from './MapChapters'

/**
 * What stays on the screen is drawn this much nearer the eye than its positions say: scaling
 * about the eye leaves its picture exactly the same, and keeps it in front of the ground and of
 * every piece, which a close shot would otherwise put in front of it.
 */
const SCREEN_NEARER = 0.25

/** How one bridge frames the map: what it looks at, and how far back along the map's view. */
export interface MapShot {
  target: Vec3
  /** A multiple of the map's own camera distance: below 1 comes closer, above 1 stands back. */
  scale: number
}

export type MapFramingProps = {
  /** The map's own camera (the film's `map.camera`): the direction every shot looks from. */
  home: { position: Vec3; target: Vec3 }
  /**
   * Per chapter id, the shot of the bridge after that chapter: close on the few pieces of an
   * early bridge, back for the whole diagram. A bridge not listed is seen from `home`.
   */
  shots: Readonly<Record<string, MapShot>>
  /**
   * What stays put on the screen whatever the shot (the bridge's titles): placed in the
   * camera's own space, x right, y up, looking down -z.
   */
  children?: ReactNode
}

/**
 * Frames each bridge of a film's map on what is built so far, so the diagram, not the empty
 * stage, takes the picture. Every shot looks from the same direction as the map's own camera,
 * so what an earlier chapter built keeps its place in the diagram; only the distance and the
 * point looked at change, once per bridge, never during one. Map time alone decides the shot.
 */
export function MapFraming({ home, shots, children }: MapFramingProps) {
  const ids = useContext(MapChaptersContext)
  if (!ids) throw new Error('MapFraming needs the map layer above it (the film scene adds it).')
  const camera = useThree((s) => s.camera)
  const screen = useRef<Group>(null)
  const offset: Vec3 = [
    home.position[0] - home.target[0],
    home.position[1] - home.target[1],
    home.position[2] - home.target[2],
  ]
  useChapterFrame((local) => {
    // Before the first bridge and between bridges the map is not drawn: nothing to frame.
    if (local < 0) return
    const id = ids[Math.floor(local / BRIDGE_MAP_STEP)]
    const shot = (id === undefined ? undefined : shots[id]) ?? { target: home.target, scale: 1 }
    const [tx, ty, tz] = shot.target
    camera.position.set(
      tx + offset[0] * shot.scale,
      ty + offset[1] * shot.scale,
      tz + offset[2] * shot.scale,
    )
    camera.lookAt(tx, ty, tz)
    camera.updateMatrixWorld()
    const group = screen.current
    if (group) {
      group.position.copy(camera.position)
      group.quaternion.copy(camera.quaternion)
      group.scale.setScalar(SCREEN_NEARER)
      group.updateMatrixWorld()
    }
  }, FRAME_PHASE.camera)
  return <group ref={screen}>{children}</group>
}

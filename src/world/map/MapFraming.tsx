import { useThree } from '@react-three/fiber'
import { createContext, useContext, useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import { BRIDGE_MAP_STEP } from '../../timeline/bridge'
import { FRAME_PHASE, useChapterFrame } from '../../timeline/ChapterTime'
import type { FilmMap, MapShot } from '../film'
import type { Vec3 } from '../paths'
import { MapChaptersContext } from './MapChapters'

/** The film map's camera and its shots (given by the map layer). */
export const MapShotsContext = createContext<Pick<FilmMap, 'camera' | 'shots'> | null>(null)

/**
 * What stays on the screen is drawn this much nearer the eye than its positions say: scaling
 * about the eye leaves its picture exactly the same, and keeps it in front of the ground and of
 * every piece, which a close shot would otherwise put in front of it.
 */
const SCREEN_NEARER = 0.25

export type MapFramingProps = {
  /**
   * What stays put on the screen whatever the shot (the bridge's titles): placed in the
   * camera's own space, x right, y up, looking down -z.
   */
  children?: ReactNode
}

/**
 * Frames each bridge of a film's map on what is built so far (the film's `map.shots`), so the
 * diagram, not the empty stage, takes the picture. Every shot looks from the same direction as the map's own camera,
 * so what an earlier chapter built keeps its place in the diagram; only the distance and the
 * point looked at change, once per bridge, never during one. Map time alone decides the shot.
 */
export function MapFraming({ children }: MapFramingProps) {
  const ids = useContext(MapChaptersContext)
  const map = useContext(MapShotsContext)
  if (!ids || !map) {
    throw new Error('MapFraming needs the map layer above it (the film scene adds it).')
  }
  const home = map.camera
  const shots = map.shots ?? {}
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
    const shot: MapShot = (id === undefined ? undefined : shots[id]) ?? {
      target: home.target,
      scale: 1,
    }
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

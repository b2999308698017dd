import { createPortal, useFrame, useThree } from '@react-three/fiber'
import type { ISheet } from '@theatre/core'
import { SheetProvider } from '@theatre/r3f'
import { useContext, useLayoutEffect, useMemo, useRef } from 'react'
import { PerspectiveCamera, Scene } from 'three'
import type { FilmMap } from './film'
import { bridgeLocal, mapSeconds, mapShowing, mapVeil, type BridgePlan } from '../timeline/bridge'
import {
  ChapterTimeProvider,
  DrawnFrameContext,
  FRAME_PHASE,
  type DrawnFrame,
} from '../timeline/ChapterTime'
import { recordDrawn } from './drawnScene'
import { MapChaptersContext } from './map/MapChapters'
import { MapShotsContext } from './map/MapFraming'
import { Stage } from './Stage'
import { Veil } from './Veil'

/** Draws after every other per-frame task: this layer renders the frame itself. */
const RENDER_PRIORITY = 1
/** Map seconds while no bridge is on screen: before the map's first piece, so nothing shows. */
const OFF_SCREEN = -1

export type MapLayerProps = {
  map: FilmMap
  /** The film's chapter ids, in order: map pieces name the chapter that builds them. */
  chapters: readonly string[]
  plan: BridgePlan
  durations: readonly number[]
  /** The map's Theatre sheet ('map'), so its pieces can be staged like a chapter's. */
  sheet: ISheet
}

/**
 * The film's map, in a scene of its own with a camera of its own, drawn instead of the chapter
 * during a bridge (see src/timeline/bridge.ts). It renders every frame of the film: the map's
 * scene while a bridge shows it, else the chapters' scene with the active chapter's camera. The
 * map's pieces read map seconds, so each bridge shows everything built up to its chapter.
 */
export function MapLayer({ map, chapters, plan, durations, sheet }: MapLayerProps) {
  const drawn = useContext(DrawnFrameContext)
  if (!drawn) throw new Error('MapLayer needs the film scene (DrawnFrameContext) above it.')
  const scene = useMemo(() => new Scene(), [])
  const camera = useMemo(() => new PerspectiveCamera(map.camera.fov, 1, 0.1, 200), [map])
  const size = useThree((s) => s.size)
  const mapDrawn = useRef<DrawnFrame>({ time: 0, index: 0, local: OFF_SCREEN })
  const showing = useRef(false)
  const veil = useRef(1)

  useLayoutEffect(() => {
    camera.position.set(...map.camera.position)
    camera.lookAt(...map.camera.target)
    camera.aspect = size.width / Math.max(1, size.height)
    camera.updateProjectionMatrix()
    camera.updateMatrixWorld()
  }, [camera, map, size])

  // The map's clock, from the film's, before anything in the map reads it.
  useFrame(() => {
    const { time, index, local } = drawn.current
    const s = bridgeLocal(plan, durations, index, local)
    showing.current = mapShowing(s)
    mapDrawn.current = {
      time,
      index: 0,
      local: mapShowing(s) ? mapSeconds(index, s) : OFF_SCREEN,
    }
    veil.current = mapShowing(s) ? mapVeil(plan, s) : 1
  }, FRAME_PHASE.clock)

  useFrame((state) => {
    const [drawnScene, drawnCamera] = showing.current
      ? [scene, camera]
      : [state.scene, state.camera]
    state.gl.render(drawnScene, drawnCamera)
    recordDrawn(drawnScene, drawnCamera)
  }, RENDER_PRIORITY)

  return createPortal(
    <DrawnFrameContext.Provider value={mapDrawn}>
      <SheetProvider sheet={sheet}>
        <ChapterTimeProvider index={0} duration={Number.POSITIVE_INFINITY}>
          <MapChaptersContext.Provider value={chapters}>
            <MapShotsContext.Provider value={map}>
              <Stage />
              <map.Scene />
              <Veil opacity={veil} />
            </MapShotsContext.Provider>
          </MapChaptersContext.Provider>
        </ChapterTimeProvider>
      </SheetProvider>
    </DrawnFrameContext.Provider>,
    scene,
    { camera },
  )
}

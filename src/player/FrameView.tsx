import { Canvas } from '@react-three/fiber'
import { RafDriverProvider } from '@theatre/r3f'
import { memo, Suspense, useSyncExternalStore } from 'react'
import { registerRenderer } from '../capture/rendererRegistry'
import { FilmScene } from '../world/FilmScene'
import { palette } from '../world/palette'
import type { FilmSession } from './filmSession'

export type FrameViewProps = {
  session: FilmSession
  /** A fixed device pixel ratio (1 for tests, stills and thumbnails); omitted, up to 2. */
  pixelRatio?: number
}

/**
 * A film's canvas and nothing else, filling its parent: what the clock of `session` says,
 * drawn as the player draws it. The presenter's screen, the notes window's preview and an embed
 * all show frames this way. Memoized: a parent that re-renders with the time (the embed's
 * controls) does not make React go over the scene, which learns the time from the clock.
 */
export const FrameView = memo(function FrameView({ session, pixelRatio }: FrameViewProps) {
  const { film, project, clock, holds, sim } = session
  const simParams = useSyncExternalStore(sim.subscribe, sim.get)
  return (
    <Canvas
      frameloop="never"
      flat
      dpr={pixelRatio ?? [1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      onCreated={(state) => registerRenderer(state.gl)}
      style={{ background: palette.background, width: '100%', height: '100%' }}
    >
      <RafDriverProvider driver={clock.rafDriver}>
        <Suspense fallback={null}>
          <FilmScene film={film} project={project} clock={clock} holds={holds} sim={simParams} />
        </Suspense>
      </RafDriverProvider>
    </Canvas>
  )
})

import { Canvas } from '@react-three/fiber'
import type { IProject } from '@theatre/core'
import { RafDriverProvider } from '@theatre/r3f'
import { memo, Suspense } from 'react'
import { registerRenderer } from '../capture/rendererRegistry'
import type { SimParams } from '../sim'
import type { FilmClock } from '../timeline/clock'
import type { FrameHolds } from '../timeline/holds'
import type { FilmDefinition } from '../world/film'
import { FilmScene } from '../world/FilmScene'
import { palette } from '../world/palette'

export type FilmCanvasProps = {
  film: FilmDefinition
  project: IProject
  clock: FilmClock
  holds: FrameHolds
  sim: SimParams
  /** A fixed device pixel ratio (1 for tests, stills and thumbnails); omitted, up to 2. */
  pixelRatio?: number
}

/**
 * The film's WebGL canvas, filling its parent, drawing what `clock` says. Every view of a film
 * (the player, the presenter's screen, the notes window's preview, an embed) draws through it.
 *
 * Memoized: the views around it re-render at every frame (their controls and captions show the
 * time), but the scene learns the time from the clock, never from React, so nothing in it needs
 * to re-render then. Re-rendered with the player, React went over the whole scene at every
 * frame: in the first film's busiest chapter (the architecture recap, some 300 objects) the page
 * took 39 to 45 ms to draw a 1080p frame on llvmpipe, and takes 21 to 23 ms without.
 */
export const FilmCanvas = memo(function FilmCanvas({
  film,
  project,
  clock,
  holds,
  sim,
  pixelRatio,
}: FilmCanvasProps) {
  return (
    <Canvas
      frameloop="never"
      flat
      dpr={pixelRatio ?? [1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      onCreated={(state) => registerRenderer(state.gl)}
      style={{ background: palette.background }}
    >
      <RafDriverProvider driver={clock.rafDriver}>
        <Suspense fallback={null}>
          <FilmScene film={film} project={project} clock={clock} holds={holds} sim={sim} />
        </Suspense>
      </RafDriverProvider>
    </Canvas>
  )
})

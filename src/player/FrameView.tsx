import { useSyncExternalStore } from 'react'
import { FilmCanvas } from './FilmCanvas'
import type { FilmSession } from './filmSession'

export type FrameViewProps = {
  session: FilmSession
  /** A fixed device pixel ratio (1 for tests, stills and thumbnails); omitted, up to 2. */
  pixelRatio?: number
}

/**
 * A film's canvas and nothing else, filling its parent: what the clock of `session` says,
 * drawn as the player draws it. The presenter's screen, the notes window's preview and an embed
 * all show frames this way.
 */
export function FrameView({ session, pixelRatio }: FrameViewProps) {
  const { film, project, clock, holds, sim } = session
  const simParams = useSyncExternalStore(sim.subscribe, sim.get)
  return (
    <FilmCanvas
      film={film}
      project={project}
      clock={clock}
      holds={holds}
      sim={simParams}
      pixelRatio={pixelRatio}
    />
  )
}

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
  const simParams = useSyncExternalStore(session.sim.subscribe, session.sim.get)
  // The session's film, project, clock and holds; its store of parameters gives way to their values.
  return <FilmCanvas {...session} sim={simParams} pixelRatio={pixelRatio} />
}

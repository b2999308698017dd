import { useFilmAudio } from '../audio/useFilmAudio'
import type { FilmSession } from './filmSession'
import { FrameView } from './FrameView'

export type PresenterScreenProps = {
  session: FilmSession
  /** Narration and music audible (presenter mode starts silent: the speaker talks). */
  audio: boolean
  pixelRatio?: number
}

/** The projected frame of one film in presenter mode, with its sound following the clock. */
export function PresenterScreen({ session, audio, pixelRatio }: PresenterScreenProps) {
  useFilmAudio(session.clock, session.film.script.id, audio ? 1 : 0)
  return <FrameView session={session} pixelRatio={pixelRatio} />
}

import { useEffect, useRef, useState } from 'react'
import type { FilmCatalog } from './catalog'
import { createFilmSession, type FilmSession } from './filmSession'
import { FrameView } from './FrameView'

export type NotesThumbnailProps = {
  catalog: FilmCatalog
  film: string
  /** Film seconds of the frame to show. */
  time: number
  fps: number
  search: string
}

/**
 * The next stop's frame, small: the film drawn in this window by its own clock at the stop's
 * time, so it is the very frame the audience will see (time is the only input).
 */
export function NotesThumbnail({ catalog, film, time, fps, search }: NotesThumbnailProps) {
  const sessions = useRef(new Map<string, FilmSession>())
  const [session, setSession] = useState<FilmSession | null>(null)
  const [drawn, setDrawn] = useState<number | null>(null)

  useEffect(() => {
    let live = true
    const made = sessions.current.get(film)
    if (made) {
      setSession(made)
      return
    }
    void catalog.load(film).then(async (definition) => {
      const created = await createFilmSession(definition, fps, search)
      if (!live) return
      sessions.current.set(film, created)
      setSession(created)
    })
    return () => {
      live = false
    }
  }, [catalog, film, fps, search])

  useEffect(() => {
    if (!session) return
    let live = true
    void session.clock.seek(time).then(() => live && setDrawn(time))
    return () => {
      live = false
    }
  }, [session, time])

  return (
    <div
      className="notes-thumbnail"
      data-testid="notes-thumbnail"
      data-film={film}
      data-time={drawn ?? ''}
    >
      {session && <FrameView key={film} session={session} pixelRatio={1} />}
    </div>
  )
}

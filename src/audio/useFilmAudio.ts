import { useEffect, useMemo } from 'react'
import type { NarrationLine } from '../script/types'
import type { FilmClock } from '../timeline/clock'
import { FilmAudio } from './FilmAudio'
import { spokenSecondsFrom, type VoiceManifest } from './manifest'
import { manifestOf } from './manifests'

export interface FilmAudioState {
  /** The film's voice manifest, or null when its voice has not been made. */
  manifest: VoiceManifest | null
  /** Each line's spoken length: real durations where there is voice, else the estimate. */
  spokenSeconds: (line: NarrationLine) => number
}

/**
 * Plays the film's narration and music in time with `clock` (see FilmAudio), from the first
 * user gesture on; does nothing in capture mode. Returns the voice manifest for the captions.
 */
export function useFilmAudio(clock: FilmClock, filmId: string): FilmAudioState {
  const manifest = useMemo(() => manifestOf(filmId), [filmId])
  const spokenSeconds = useMemo(() => spokenSecondsFrom(manifest), [manifest])
  useEffect(() => {
    if (clock.mode === 'capture') return
    const audio = new FilmAudio({
      clock,
      filmId,
      manifest,
      baseUrl: import.meta.env.BASE_URL,
    })
    audio.start()
    return () => audio.dispose()
  }, [clock, filmId, manifest])
  return { manifest, spokenSeconds }
}

import { useEffect, useMemo, useRef } from 'react'
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
 * `volume` (0–1) may change at any time: presenter mode starts silent, the speaker talking.
 */
export function useFilmAudio(clock: FilmClock, filmId: string, volume = 1): FilmAudioState {
  const manifest = useMemo(() => manifestOf(filmId), [filmId])
  const spokenSeconds = useMemo(() => spokenSecondsFrom(manifest), [manifest])
  const audioRef = useRef<FilmAudio | null>(null)
  const volumeRef = useRef(volume)
  useEffect(() => {
    volumeRef.current = volume
    audioRef.current?.setVolume(volume)
  }, [volume])
  useEffect(() => {
    if (clock.mode === 'capture') return
    const audio = new FilmAudio({
      clock,
      filmId,
      manifest,
      baseUrl: import.meta.env.BASE_URL,
      volume: volumeRef.current,
    })
    audio.start()
    audioRef.current = audio
    return () => {
      audioRef.current = null
      audio.dispose()
    }
  }, [clock, filmId, manifest])
  return { manifest, spokenSeconds }
}

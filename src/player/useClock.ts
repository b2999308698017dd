import { useSyncExternalStore } from 'react'
import type { FilmClock } from '../timeline/clock'

export interface ClockSnapshot {
  time: number
  playing: boolean
  rate: number
}

/** Re-renders with the clock's playhead, for the player's controls (DOM, not the scene). */
export function useClock(clock: FilmClock): ClockSnapshot {
  const time = useSyncExternalStore(
    (cb) => clock.subscribe(cb),
    () => clock.frameTime,
  )
  const playing = useSyncExternalStore(
    (cb) => clock.subscribe(cb),
    () => clock.playing,
  )
  const rate = useSyncExternalStore(
    (cb) => clock.subscribe(cb),
    () => clock.rate,
  )
  return { time, playing, rate }
}

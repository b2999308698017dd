import { useEffect } from 'react'
import type { FilmClock } from '../timeline/clock'
import type { ChapterSpan } from '../timeline/filmTime'
import { keyIsForSomethingElse } from './keyTarget'

/** ← and → move the playhead by this much, as in common video players. */
export const SEEK_STEP_SECONDS = 5

export interface KeyActions {
  toggleCaptions(): void
  toggleFullscreen(): void
  /** Switches to presenter mode at the chapter on screen. */
  present(): void
}

/**
 * The player's keys: space plays/pauses, ←/→ move 5 s, a digit jumps to that chapter (0 is the
 * introduction, 1 is Chapter 1…), f toggles full screen, c toggles captions, p presents. Keys
 * typed into a field or the Theatre studio are theirs.
 */
export function useKeys(
  clock: FilmClock,
  spans: readonly ChapterSpan[],
  actions: KeyActions,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || keyIsForSomethingElse(e)) return
      if (e.key === ' ' || e.key === 'k') {
        clock.toggle()
      } else if (e.key === 'ArrowLeft') {
        void clock.seek(clock.time - SEEK_STEP_SECONDS)
      } else if (e.key === 'ArrowRight') {
        void clock.seek(clock.time + SEEK_STEP_SECONDS)
      } else if (/^[0-9]$/.test(e.key)) {
        const span = spans[Number(e.key)]
        if (!span) return
        void clock.seek(span.start)
      } else if (e.key === 'f') {
        actions.toggleFullscreen()
      } else if (e.key === 'c') {
        actions.toggleCaptions()
      } else if (e.key === 'p' || e.key === 'P') {
        actions.present()
      } else {
        return
      }
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [clock, spans, actions])
}

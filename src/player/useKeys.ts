import { useEffect } from 'react'
import type { FilmClock } from '../timeline/clock'
import type { ChapterSpan } from '../timeline/filmTime'

/** ← and → move the playhead by this much, as in common video players. */
export const SEEK_STEP_SECONDS = 5

export interface KeyActions {
  toggleCaptions(): void
  toggleFullscreen(): void
}

/** Where the Theatre studio draws its panels; its inputs sit in this element's shadow root. */
const STUDIO_ROOT_ID = 'theatrejs-studio-root'

/**
 * Whether a key press belongs to something other than the player: a text field (the studio's
 * live in a shadow DOM, so `e.target` is only its host and the real field is found on the
 * event's composed path) or anything inside the studio. The player's own sliders do not count.
 */
export function isForAnotherControl(e: KeyboardEvent): boolean {
  for (const node of e.composedPath()) {
    if (!(node instanceof HTMLElement)) continue
    if (node.id === STUDIO_ROOT_ID) return true
    if (node instanceof HTMLInputElement) return node.type !== 'range'
    if (node.tagName === 'TEXTAREA' || node.tagName === 'SELECT' || node.isContentEditable) {
      return true
    }
  }
  return false
}

/**
 * The player's keys: space plays/pauses, ←/→ move 5 s, a digit jumps to that chapter (0 is the
 * introduction, 1 is Chapter 1…), f toggles full screen, c toggles captions.
 */
export function useKeys(
  clock: FilmClock,
  spans: readonly ChapterSpan[],
  actions: KeyActions,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      if (isForAnotherControl(e)) return
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
      } else {
        return
      }
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [clock, spans, actions])
}

import { useEffect } from 'react'
import { keyIsForSomethingElse } from './keyTarget'
import type { Presenter } from './presenter'

export interface PresenterKeyActions {
  openNotes(): void
  toggleFullscreen(): void
  leave(): void
}

/** Keys a clicker sends for "next" (most send PageDown or →; some Space or Enter). */
const NEXT_KEYS = new Set([' ', 'ArrowRight', 'ArrowDown', 'PageDown', 'Enter', 'n'])
/** Keys a clicker sends for "back". */
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])

/**
 * Presenter mode's keys: Space, →, ↓, PageDown, Enter step to the next stop; ←, ↑, PageUp go
 * back one; Home and End jump to the first and last; a digit jumps to that chapter of the talk
 * (0 is the first); B or . blanks the screen; A toggles sound; S opens the notes window; F full
 * screen; P goes back to the player. Nothing fires while a field or the studio has focus.
 */
export function usePresenterKeys(presenter: Presenter, actions: PresenterKeyActions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || keyIsForSomethingElse(e)) return
      const key = e.key
      if (NEXT_KEYS.has(key)) void presenter.next()
      else if (PREVIOUS_KEYS.has(key)) void presenter.previous()
      else if (key === 'Home') void presenter.first()
      else if (key === 'End') void presenter.last()
      else if (/^[0-9]$/.test(key)) void presenter.chapter(Number(key))
      else if (key === 'b' || key === 'B' || key === '.') presenter.toggleBlank()
      else if (key === 'a' || key === 'A') presenter.toggleAudio()
      else if (key === 's' || key === 'S') actions.openNotes()
      else if (key === 'f' || key === 'F') actions.toggleFullscreen()
      else if (key === 'p' || key === 'P') actions.leave()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [presenter, actions])
}

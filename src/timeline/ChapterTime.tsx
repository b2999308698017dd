import { useFrame } from '@react-three/fiber'
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react'

/** What is being drawn right now, set by the film scene before every frame. */
export interface DrawnFrame {
  /** Film seconds of the frame. */
  time: number
  /** Index of the chapter on screen. */
  index: number
  /** Seconds into that chapter. */
  local: number
}

export const DrawnFrameContext = createContext<{ current: DrawnFrame } | null>(null)

interface ChapterTimeValue {
  index: number
  duration: number
  /** The line over the chapter's heading, as the film numbers it ('Chapter 3', 'Conclusion'). */
  kicker?: string
}

const ChapterTimeContext = createContext<ChapterTimeValue | null>(null)

/** Marks a subtree as chapter `index`, so that `useChapterFrame` inside it reads that chapter's time. */
export function ChapterTimeProvider({
  index,
  duration,
  kicker,
  children,
}: ChapterTimeValue & { children: ReactNode }) {
  return (
    <ChapterTimeContext.Provider value={{ index, duration, kicker }}>
      {children}
    </ChapterTimeContext.Provider>
  )
}

export function useChapterInfo(): ChapterTimeValue {
  const value = useContext(ChapterTimeContext)
  if (!value) {
    throw new Error(
      'useChapterFrame/useChapterInfo needs a chapter: render this inside a ChapterTimeProvider (the film scene adds one per chapter).',
    )
  }
  return value
}

/**
 * Order of per-frame work within one frame. Everything a frame shows must be computed from this
 * frame's time, never left over from the previous frame, so work that others read runs first:
 * the camera's aim (billboards read it), then staging (what is visible, where it is, how far it
 * has come), then everything that reads the staging (arrows drawing on). r3f runs lower numbers
 * first. The film scene's map layer draws the frame itself at priority 1, after all of these.
 */
export const FRAME_PHASE = {
  /** Clocks derived from the film's (the map's, between chapters) are set before anything reads them. */
  clock: -4,
  camera: -3,
  stage: -2,
  draw: 0,
} as const

/**
 * Runs `callback(local)` before each drawn frame while this chapter is on screen, with the
 * chapter's local seconds. This is the only way scene code learns the time: never from r3f's
 * clock or a frame delta, so every frame is a pure function of its time.
 */
export function useChapterFrame(
  callback: (local: number, duration: number) => void,
  phase: number = FRAME_PHASE.draw,
): void {
  const chapter = useChapterInfo()
  const drawn = useContext(DrawnFrameContext)
  if (!drawn) throw new Error('useChapterFrame needs the film scene (DrawnFrameContext) above it.')
  const cb = useRef(callback)
  useLayoutEffect(() => {
    cb.current = callback
  })
  useFrame(() => {
    if (drawn.current.index !== chapter.index) return
    cb.current(drawn.current.local, chapter.duration)
  }, phase)
}

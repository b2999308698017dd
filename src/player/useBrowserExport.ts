import { useCallback, useRef, useState } from 'react'
import { download, recordInBrowser } from '../capture/browserExport'
import type { FilmClock } from '../timeline/clock'
import type { ChapterSpan } from '../timeline/filmTime'
import { frameAt } from '../timeline/frames'

export interface BrowserExport {
  /** 0–1 while recording, null otherwise. */
  progress: number | null
  error: string | null
  /** Records the chapter holding the playhead and downloads it as MP4. */
  start(): void
}

/**
 * The Export button's work: the current chapter through CCapture's in-browser WebCodecs MP4
 * encoder, for users without the CLI. Slower than `npm run render` and without audio tracks,
 * chapters or captions in the file; the frames are the same.
 */
export function useBrowserExport(
  clock: FilmClock,
  filmId: string,
  spans: readonly ChapterSpan[],
  chapterIndex: number,
): BrowserExport {
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  const start = useCallback(() => {
    const span = spans[chapterIndex]
    const canvas = document.querySelector<HTMLCanvasElement>('.frame canvas')
    if (busy.current || !span || !canvas) return
    busy.current = true
    setError(null)
    const first = frameAt(span.start, clock.fps)
    const count = Math.round(span.end * clock.fps) - first
    const resumeAt = clock.time
    setProgress(0)
    recordInBrowser(clock, canvas, first, count, (done) => setProgress(done / count))
      .then((rec) => download(rec.blob, `${filmId}-${span.id}.mp4`))
      .catch((e: unknown) =>
        setError(`Export failed: ${(e as Error).message}. Use npm run render instead.`),
      )
      .finally(() => {
        busy.current = false
        setProgress(null)
        void clock.seek(resumeAt)
      })
  }, [clock, filmId, spans, chapterIndex])
  return { progress, error, start }
}

import { FrameWrap, TimeWarp } from 'ccapture.js'
import type { FilmClock } from '../timeline/clock'

export interface BrowserRecording {
  blob: Blob
  frames: number
  totalMs: number
}

/**
 * Records frames [first, first+count) in the browser with CCapture's own WebCodecs MP4 encoder,
 * for users without the CLI (and as the benchmark's stock path). Same clock, same frames as the
 * CLI export; only the encoder differs.
 */
export async function recordInBrowser(
  clock: FilmClock,
  canvas: HTMLCanvasElement,
  first: number,
  count: number,
  onProgress: (done: number) => void = () => {},
): Promise<BrowserRecording> {
  const wasPlaying = clock.playing
  clock.pause()
  const timewarp = new TimeWarp({ framerate: clock.fps, startTime: first / clock.fps })
  const wrap = new FrameWrap({ format: 'mp4', framerate: clock.fps, quality: 90 })
  const start = performance.now()
  await wrap.start()
  timewarp.start()
  try {
    for (let f = first; f < first + count; f++) {
      await clock.drawFrame(f)
      await wrap.capture(canvas)
      timewarp.step()
      onProgress(f - first + 1)
    }
    await wrap.stop()
  } finally {
    timewarp.stop()
  }
  let blob: Blob | null = null
  await wrap.save((b) => (blob = b))
  await wrap.dispose()
  if (!blob) throw new Error('The browser encoder produced no video.')
  if (wasPlaying) clock.play()
  return { blob, frames: count, totalMs: performance.now() - start }
}

/** Offers a recording as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  URL.revokeObjectURL(url)
}

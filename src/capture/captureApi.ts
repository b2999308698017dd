import { FrameWrap, TimeWarp } from 'ccapture.js'
import type { FilmClock } from '../timeline/clock'
import { recordInBrowser } from './browserExport'
import { NodeFrameEncoder, type PixelFormat } from './NodeFrameEncoder'
import { pageReader } from './pageReader'
import { FrameReadback } from './readback'
import { wallNow } from './wallClock'

export interface RenderFramesRequest {
  /** First frame (at the clock's fps) and how many to draw. */
  first: number
  count: number
  /** Where the Node side receives frames (see NodeFrameEncoder). */
  endpoint: string
  pixelFormat: PixelFormat
}

export interface RenderStats {
  frames: number
  /** Milliseconds drawing (seek to frame drawn), reading back, and the whole loop. */
  drawMs: number
  readMs: number
  /** Waiting for the previous frame to reach Node before sending this one (the pipeline only). */
  waitMs?: number
  totalMs: number
}

/** The export's handle on the page, present only with `?capture=1`. */
export interface CaptureApi {
  /** Draws frames [first, first+count) and sends each to Node through CCapture. */
  renderFrames(request: RenderFramesRequest): Promise<RenderStats>
  /**
   * The benchmark's limit: draws and reads back the same frames, sending nothing; in the
   * export's pixel format where given (the packing is part of the drawing), else RGBA.
   */
  renderOnly(
    request: Omit<RenderFramesRequest, 'endpoint' | 'pixelFormat'> & { pixelFormat?: PixelFormat },
  ): Promise<RenderStats>
  /** CCapture's stock path: the same frames through its in-browser WebCodecs MP4 encoder. */
  renderStock(
    request: Omit<RenderFramesRequest, 'endpoint' | 'pixelFormat'>,
  ): Promise<RenderStats & { bytes: number }>
  /**
   * Draws one frame and returns it shrunk to cols×rows RGBA (averages of blocks, bottom row
   * first): small enough to compare what two GL backends draw.
   */
  thumbnail(request: { frame: number; cols: number; rows: number }): Promise<number[]>
  /** Name of the WebGL renderer, to say which GL backend the export runs on. */
  glRenderer(): string
}

declare global {
  interface Window {
    cinematicCapture?: CaptureApi
  }
}

function canvasOf(): HTMLCanvasElement {
  const canvas = document.querySelector('canvas')
  if (!canvas) throw new Error('capture: the page has no canvas yet')
  return canvas
}

/**
 * Capture drives the film with CCapture's two halves: TimeWarp owns the page's clocks (timers,
 * requestAnimationFrame, performance.now and Date step one frame per captured frame, so any
 * third-party code that reads them is frame-exact too), and FrameWrap takes each drawn frame
 * and hands it to the encoder.
 */
export function createCaptureApi(clock: FilmClock): CaptureApi {
  return {
    async renderFrames({ first, count, endpoint, pixelFormat }) {
      const canvas = canvasOf()
      const timewarp = new TimeWarp({ framerate: clock.fps, startTime: first / clock.fps })
      const encoder = new NodeFrameEncoder({
        endpoint,
        firstFrame: first,
        framerate: clock.fps,
        pixelFormat,
      })
      const wrap = new FrameWrap({ encoder, framerate: clock.fps })
      let drawMs = 0
      const start = wallNow()
      await wrap.start()
      timewarp.start()
      try {
        for (let f = first; f < first + count; f++) {
          const t0 = wallNow()
          await clock.drawFrame(f)
          drawMs += wallNow() - t0
          await wrap.capture(canvas)
          timewarp.step()
        }
        await wrap.stop()
      } finally {
        timewarp.stop()
      }
      return {
        frames: count,
        drawMs,
        readMs: encoder.readMs,
        waitMs: encoder.waitMs,
        totalMs: wallNow() - start,
      }
    },

    async renderOnly({ first, count, pixelFormat = 'rgba' }) {
      // RGBA reads the canvas as it is and holds nothing; the packed reader is the export's own
      // (see pageReader), so asking for RGBA here does not replace it.
      const readback =
        pixelFormat === 'rgba' ? new FrameReadback(canvasOf()) : pageReader(pixelFormat, canvasOf())
      let drawMs = 0
      let readMs = 0
      const start = wallNow()
      for (let f = first; f < first + count; f++) {
        const t0 = wallNow()
        await clock.drawFrame(f)
        const t1 = wallNow()
        readback.read()
        drawMs += t1 - t0
        readMs += wallNow() - t1
      }
      return { frames: count, drawMs, readMs, totalMs: wallNow() - start }
    },

    async renderStock({ first, count }) {
      const rec = await recordInBrowser(clock, canvasOf(), first, count)
      return { frames: count, drawMs: 0, readMs: 0, totalMs: rec.totalMs, bytes: rec.blob.size }
    },

    async thumbnail({ frame, cols, rows }) {
      const readback = new FrameReadback(canvasOf())
      await clock.drawFrame(frame)
      const pixels = readback.read()
      const { width, height } = readback
      const sums = new Float64Array(cols * rows * 4)
      const counts = new Float64Array(cols * rows)
      for (let y = 0; y < height; y++) {
        const row = Math.min(rows - 1, Math.floor((y * rows) / height))
        for (let x = 0; x < width; x++) {
          const cell = row * cols + Math.min(cols - 1, Math.floor((x * cols) / width))
          const p = (y * width + x) * 4
          for (let c = 0; c < 4; c++) sums[cell * 4 + c] += pixels[p + c]
          counts[cell]++
        }
      }
      return Array.from(sums, (sum, i) => sum / counts[i >> 2])
    },

    glRenderer() {
      const gl = canvasOf().getContext('webgl2') ?? canvasOf().getContext('webgl')
      if (!gl) return 'no WebGL'
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      return String(
        info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      )
    },
  }
}

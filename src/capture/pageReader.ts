import type { PixelFormat } from './NodeFrameEncoder'
import { FrameReadback, type PixelReader } from './readback'
import { capturedRenderer } from './rendererRegistry'
import { YuvReadback } from './yuvReadback'

/** The reader the page's export uses now, and what it was made for. */
let held: {
  format: PixelFormat
  canvas: HTMLCanvasElement
  width: number
  height: number
  renderer: ReturnType<typeof capturedRenderer>
  reader: PixelReader
} | null = null

/**
 * The page's one pixel reader for `format` frames of `canvas`, shared by every segment the
 * export asks for. A reader per segment left its textures and quad on the GPU (hundreds in a
 * film) and compiled the packing shader again each time; one kept for the page costs that once.
 * A new canvas, size, renderer or format replaces it, and the old one's GPU resources are freed.
 */
export function pageReader(format: PixelFormat, canvas: HTMLCanvasElement): PixelReader {
  const renderer = capturedRenderer()
  const h = held
  if (
    h &&
    h.format === format &&
    h.canvas === canvas &&
    h.width === canvas.width &&
    h.height === canvas.height &&
    h.renderer === renderer
  )
    return h.reader
  h?.reader.dispose()
  const reader =
    format === 'yuv420p'
      ? new YuvReadback(renderer, canvas.width, canvas.height)
      : new FrameReadback(canvas)
  held = { format, canvas, width: canvas.width, height: canvas.height, renderer, reader }
  return reader
}

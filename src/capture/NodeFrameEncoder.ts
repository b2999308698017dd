import { FrameEncoder, type CCaptureParams } from 'ccapture.js'
import { FrameReadback } from './readback'
import { capturedRenderer } from './rendererRegistry'
import { YuvReadback } from './yuvReadback'

export interface NodeFrameEncoderParams extends CCaptureParams {
  /** Where frames go: `${endpoint}/${frameIndex}` receives each frame's raw RGBA bytes. */
  endpoint: string
  /** Index of the first frame this encoder receives. */
  firstFrame: number
  /** 'yuv420p': packed on the GPU, top-down; 'rgba': as drawn, bottom-up. */
  pixelFormat: PixelFormat
}

export type PixelFormat = 'yuv420p' | 'rgba'

/**
 * A CCapture encoder that hands each frame to the Node side of the export over loopback HTTP,
 * as raw RGBA, where ffmpeg encodes it. It does not wait for a frame to be encoded before the
 * next is drawn: one frame is in flight while the page draws the next, so drawing frame f+1
 * overlaps the transfer and encoding of frame f.
 */
export class NodeFrameEncoder extends FrameEncoder {
  private readback: { read(): Uint8Array<ArrayBuffer> } | null = null
  private readonly pixelFormat: PixelFormat
  private inFlight: Promise<void> = Promise.resolve()
  private index: number
  private readonly endpoint: string
  /** Milliseconds spent reading pixels back, for the benchmark. */
  readMs = 0

  constructor(params: NodeFrameEncoderParams) {
    super(params)
    this.endpoint = params.endpoint
    this.index = params.firstFrame
    this.pixelFormat = params.pixelFormat
    this.extension = 'raw'
    this.mimeType = 'application/octet-stream'
  }

  override async add(frame?: unknown): Promise<void> {
    const canvas = frame as HTMLCanvasElement
    this.readback ??=
      this.pixelFormat === 'yuv420p'
        ? new YuvReadback(capturedRenderer(), canvas.width, canvas.height)
        : new FrameReadback(canvas)
    const t0 = performance.now()
    const pixels = this.readback.read()
    this.readMs += performance.now() - t0
    // Window of one: the previous frame must have reached Node before this buffer is reused.
    await this.inFlight
    const index = this.index++
    // A Blob body is handed to the network service by reference; a typed-array body is copied
    // through it in small chunks, which measured ten times slower for a 1080p frame.
    this.inFlight = fetch(`${this.endpoint}/${index}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Blob([pixels]),
    }).then(async (res) => {
      if (!res.ok)
        throw new Error(`frame ${index}: the exporter answered ${res.status} ${await res.text()}`)
    })
    await super.add()
  }

  override async stop(): Promise<void> {
    await this.inFlight
  }
}

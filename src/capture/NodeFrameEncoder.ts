import { FrameEncoder, type CCaptureParams } from 'ccapture.js'
import { batchFor } from './batch'
import { pageReader } from './pageReader'
import type { PixelReader } from './readback'
import { upload } from './upload'
import { wallNow } from './wallClock'

export interface NodeFrameEncoderParams extends CCaptureParams {
  /** Where frames go: `${endpoint}/${first}?frames=n` receives frames first…first+n−1, raw. */
  endpoint: string
  /** Index of the first frame this encoder receives. */
  firstFrame: number
  /** 'yuv420p': packed on the GPU, top-down; 'rgba': as drawn, bottom-up. */
  pixelFormat: PixelFormat
  /** Frames sent per request (default: `batchFor` the frame size). */
  batch?: number
}

export type PixelFormat = 'yuv420p' | 'rgba'

/**
 * A CCapture encoder that hands frames to the Node side of the export over loopback HTTPS, raw
 * (RGBA or packed YUV), where ffmpeg encodes them. It does not wait for frames to be encoded
 * before drawing more: one batch is in flight while the page draws the next, so drawing frame
 * f+1 overlaps the transfer and encoding of frame f.
 */
export class NodeFrameEncoder extends FrameEncoder {
  private readback: PixelReader | null = null
  private readonly pixelFormat: PixelFormat
  private inFlight: Promise<void> = Promise.resolve()
  /** Frames read back and not yet sent, one after another, and how many. */
  private staged: Uint8Array<ArrayBuffer> | null = null
  /**
   * The other staging buffer, given back when the batch in flight, which was sent from it, has
   * arrived; null before then. The two take turns, so no batch allocates memory.
   */
  private sent: Uint8Array<ArrayBuffer> | null = null
  private count = 0
  private frameBytes = 0
  /** Frames per request; 0 until the first frame's size is known. */
  private batch: number
  private index: number
  private readonly endpoint: string
  /** Milliseconds spent reading pixels back, for the benchmark. */
  readMs = 0
  /** Milliseconds waiting for the previous frame to reach Node, for the benchmark. */
  waitMs = 0

  constructor(params: NodeFrameEncoderParams) {
    super(params)
    this.endpoint = params.endpoint
    this.index = params.firstFrame
    this.pixelFormat = params.pixelFormat
    this.batch = params.batch ?? 0
    this.extension = 'raw'
    this.mimeType = 'application/octet-stream'
  }

  override async add(frame?: unknown): Promise<void> {
    const canvas = frame as HTMLCanvasElement
    this.readback ??= pageReader(this.pixelFormat, canvas)
    const t0 = wallNow()
    const bytes = this.readback.bytes
    this.batch ||= batchFor(bytes)
    this.staged ??= new Uint8Array(bytes * this.batch)
    // Straight into the frame's slot of the batch: no copy of the frame in the page.
    this.readback.read(this.staged.subarray(this.count * bytes, (this.count + 1) * bytes))
    this.count++
    this.frameBytes = bytes
    this.readMs += wallNow() - t0
    if (this.count >= this.batch) await this.flush()
    await super.add()
  }

  override async stop(): Promise<void> {
    if (this.count > 0) await this.flush()
    await this.inFlight
  }

  /**
   * Sends the frames read so far in one request. Window of one: the previous request must have
   * arrived first, so frames reach Node in order and at most two batches are held in memory.
   */
  private async flush(): Promise<void> {
    const frames = this.count
    const bytes = frames * this.frameBytes
    const t0 = wallNow()
    await this.inFlight
    this.waitMs += wallNow() - t0
    const batch = this.staged!
    // The buffer the last batch went out from is free again: the next frames go there.
    this.staged = this.sent
    this.sent = null
    this.count = 0
    const first = this.index
    this.index += frames
    this.inFlight = upload(`${this.endpoint}/${first}?frames=${frames}`, batch.buffer, bytes).then(
      (given) => {
        this.sent = new Uint8Array(given)
      },
      (e: Error) => {
        throw new Error(`frames ${first}–${first + frames - 1}: ${e.message}`)
      },
    )
  }
}

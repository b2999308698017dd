import { FrameEncoder, type CCaptureParams } from 'ccapture.js'
import { batchFor } from './batch'
import { pageReader } from './pageReader'
import type { PixelReader } from './readback'
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
 * Chromium holds a Blob's bytes until its JS object is garbage-collected, and its blob store
 * has a quota (about 500 MB here); a sent frame's Blob is small to V8, so nothing makes V8
 * collect it, and a 1080p render stopped with "Failed to fetch" after about 60 frames. The
 * export starts Chromium with `--expose-gc` so that the page can collect them itself once they
 * have been sent; without that flag (a page opened by hand) this does nothing.
 */
function releaseSentBlobs(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/**
 * Bytes sent between two such collections. A full collection of the player's heap costs the
 * page's one thread about 200 ms on a small machine: after every 1080p batch that was a sixth of
 * the export's time. A quarter of the blob store's quota (see releaseSentBlobs) leaves room for
 * the batch in flight and the one being sent while collecting five times less often.
 */
const BLOB_BYTES_BETWEEN_COLLECTIONS = 128 * 1024 * 1024

/**
 * A CCapture encoder that hands frames to the Node side of the export over loopback HTTP, raw
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
  private count = 0
  private frameBytes = 0
  /** Frames per request; 0 until the first frame's size is known. */
  private batch: number
  private index: number
  private readonly endpoint: string
  /** Bytes sent since the sent Blobs were last collected. */
  private uncollected = 0
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
    // One Blob per request, copied from the staging buffer, which is then free for the next
    // batch. A Blob body is handed to the network service by reference, where a typed-array
    // body is copied through it in small chunks (ten times slower for a 1080p frame); and one
    // Blob per batch, not per frame, keeps Chromium's blob storage from filling up.
    const body = new Blob([this.staged!.subarray(0, frames * this.frameBytes)])
    this.count = 0
    const t0 = wallNow()
    await this.inFlight
    this.waitMs += wallNow() - t0
    // The Blobs sent before the one in flight are garbage now; collect them once they add up.
    if (this.uncollected >= BLOB_BYTES_BETWEEN_COLLECTIONS) {
      releaseSentBlobs()
      this.uncollected = 0
    }
    this.uncollected += body.size
    const first = this.index
    this.index += frames
    this.inFlight = fetch(`${this.endpoint}/${first}?frames=${frames}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body,
    }).then(async (res) => {
      if (!res.ok) {
        throw new Error(
          `frames ${first}–${first + frames - 1}: the exporter answered ${res.status} ${await res.text()}`,
        )
      }
    })
  }
}

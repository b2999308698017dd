/**
 * Reading a drawn frame back from the WebGL canvas: the one copy every export path needs.
 * WebGL's origin is the bottom-left, so rows arrive bottom-up; the Node side flips them in
 * ffmpeg (cheaper there than a copy here).
 */
export class FrameReadback {
  private readonly gl: WebGLRenderingContext | WebGL2RenderingContext
  /** Two buffers: one may still be in flight to Node while the next frame is read. */
  private buffers: Uint8Array<ArrayBuffer>[] | null = null
  private next = 0
  readonly width: number
  readonly height: number

  constructor(canvas: HTMLCanvasElement) {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    if (!gl) throw new Error('FrameReadback: the canvas has no WebGL context')
    this.gl = gl
    this.width = gl.drawingBufferWidth
    this.height = gl.drawingBufferHeight
  }

  /** Bytes of one frame: RGBA. */
  get bytes(): number {
    return this.width * this.height * 4
  }

  /**
   * RGBA bytes of the frame on the canvas, bottom row first, in `into` (a view of `bytes`
   * bytes, e.g. a slot of the export's batch, which saves a copy of each frame) or in one of
   * this reader's own buffers.
   */
  read(into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    let buffer = into
    if (!buffer) {
      // Own buffers only for callers that bring none (the benchmark's render-only pass).
      this.buffers ??= [0, 1].map(() => new Uint8Array(this.bytes))
      buffer = this.buffers[this.next]!
      this.next = (this.next + 1) % this.buffers.length
    }
    const { gl } = this
    gl.readPixels(0, 0, this.width, this.height, gl.RGBA, gl.UNSIGNED_BYTE, buffer)
    return buffer
  }
}

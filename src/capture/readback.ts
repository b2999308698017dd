/**
 * Reading a drawn frame back from the WebGL canvas: the one copy every export path needs.
 * WebGL's origin is the bottom-left, so rows arrive bottom-up; the Node side flips them in
 * ffmpeg (cheaper there than a copy here).
 */
/** Reads the frame on the canvas back, in the byte layout ffmpeg is told to expect. */
export interface PixelReader {
  /** Bytes of one frame. */
  readonly bytes: number
  /** The frame's bytes, in `into` (a view of `bytes` bytes) or in a buffer of the reader's. */
  read(into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>
  /** Frees what the reader holds on the GPU, when the page's export replaces it. */
  dispose(): void
}

export class FrameReadback implements PixelReader {
  private readonly gl: WebGLRenderingContext | WebGL2RenderingContext
  private own: Uint8Array<ArrayBuffer> | null = null
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
   * bytes, e.g. a slot of the export's batch, which saves a copy of each frame) or in a buffer
   * of this reader's.
   */
  read(into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    // A buffer of its own only for callers that bring none (the benchmark's render-only pass).
    const buffer = into ?? (this.own ??= new Uint8Array(this.bytes))
    const { gl } = this
    gl.readPixels(0, 0, this.width, this.height, gl.RGBA, gl.UNSIGNED_BYTE, buffer)
    return buffer
  }

  /** It reads the canvas directly: nothing on the GPU is its own. */
  dispose(): void {
    this.own = null
  }
}

import {
  FramebufferTexture,
  LinearFilter,
  Mesh,
  NearestFilter,
  OrthographicCamera,
  PlaneGeometry,
  Scene,
  ShaderMaterial,
  Vector2,
  WebGLRenderTarget,
  type WebGLRenderer,
} from 'three'
import { yuvChromaFragmentShader, yuvLumaFragmentShader, yuvVertexShader } from '../shaders/yuv'
import type { PixelReader } from './readback'

/** Sizes the YUV packing handles: whole texels for luma (×4) and chroma rows (×8, ×4). */
export function canPackYuv(width: number, height: number): boolean {
  return width % 8 === 0 && height % 4 === 0
}

/**
 * Reads the frame on the canvas back as yuv420p bytes (see src/shaders/yuv.ts), using the
 * player's own renderer: copy the drawn frame to a texture, pack it in one pass, read 1.5 bytes
 * a pixel. The canvas itself is left untouched.
 */
export class YuvReadback implements PixelReader {
  private readonly frame: FramebufferTexture
  private readonly target: WebGLRenderTarget
  private readonly scene = new Scene()
  private readonly camera = new OrthographicCamera()
  /** The Y band's quad and the U and V band's (see src/shaders/yuv.ts). */
  private readonly bands: Mesh<PlaneGeometry, ShaderMaterial>[]
  private own: Uint8Array<ArrayBuffer> | null = null

  constructor(
    private readonly renderer: WebGLRenderer,
    readonly width: number,
    readonly height: number,
  ) {
    if (!canPackYuv(width, height))
      throw new Error(`YuvReadback: ${width}x${height} is not a multiple of 8x4`)
    this.frame = new FramebufferTexture(width, height)
    this.frame.minFilter = LinearFilter
    this.frame.magFilter = LinearFilter
    this.target = new WebGLRenderTarget(width / 4, height * 1.5, {
      depthBuffer: false,
      minFilter: NearestFilter,
      magFilter: NearestFilter,
    })
    const uniforms = { uFrame: { value: this.frame }, uSize: { value: new Vector2(width, height) } }
    // The luma rows are the lower two thirds of the target in clip space (rows count up from
    // -1), the chroma rows the upper third: the band edge falls between two rows of texels.
    const band = (fragmentShader: string, bottom: number, top: number) => {
      const material = new ShaderMaterial({
        vertexShader: yuvVertexShader,
        fragmentShader,
        uniforms,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
      })
      const geometry = new PlaneGeometry(2, top - bottom).translate(0, (top + bottom) / 2, 0)
      const mesh = new Mesh(geometry, material)
      mesh.frustumCulled = false
      this.scene.add(mesh)
      return mesh
    }
    const edge = -1 + 2 / 1.5
    this.bands = [band(yuvLumaFragmentShader, -1, edge), band(yuvChromaFragmentShader, edge, 1)]
  }

  /** Bytes of one frame: yuv420p, 1.5 a pixel. */
  get bytes(): number {
    return this.width * this.height * 1.5
  }

  /** The frame on the canvas as yuv420p, top row first, in `into` (see FrameReadback.read). */
  read(into?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    const { renderer } = this
    // A buffer of its own only for callers that bring none (the benchmark's render-only pass).
    const buffer = into ?? (this.own ??= new Uint8Array(this.bytes))
    const previous = renderer.getRenderTarget()
    const autoClear = renderer.autoClear
    renderer.setRenderTarget(null)
    renderer.copyFramebufferToTexture(this.frame)
    renderer.setRenderTarget(this.target)
    renderer.autoClear = false
    renderer.render(this.scene, this.camera)
    renderer.readRenderTargetPixels(this.target, 0, 0, this.width / 4, this.height * 1.5, buffer)
    renderer.autoClear = autoClear
    renderer.setRenderTarget(previous)
    return buffer
  }

  /**
   * Frees the copy of the frame, the packed target and the band quads: three keeps each on the GPU,
   * and in its bookkeeping, until it is disposed.
   */
  dispose(): void {
    this.frame.dispose()
    this.target.dispose()
    for (const band of this.bands) {
      band.geometry.dispose()
      band.material.dispose()
    }
    this.own = null
  }
}

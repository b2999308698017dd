import { Vector3, type Camera, type Material, type Mesh, type Object3D } from 'three'

/** Sizes are given for a frame this many pixels tall: the export's 1080p. */
export const REFERENCE_HEIGHT = 1080
/** Text fainter than this is on its way in or out, not meant to be read. */
const MIN_OPACITY = 0.5
/** How far outside the frame a label's anchor may lie and still count as on screen. */
const NDC_MARGIN = 0.1

export interface TextOnScreen {
  text: string
  /** The font size as drawn, in pixels of a 1080p frame. */
  px: number
}

type TroikaText = Mesh & { text?: unknown; fontSize?: unknown; sync?: unknown }

/** Whether `o` and all its ancestors are visible. */
function shown(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false
  return true
}

function opacityOf(mesh: Mesh): number {
  const m = mesh.material as Material | Material[]
  return Array.isArray(m) ? Math.max(...m.map((x) => x.opacity)) : m.opacity
}

/**
 * Every readable text mesh (troika, behind drei's Text) in the frame drawn with `camera`, with
 * its font size in pixels of a 1080p frame, smallest first. Perspective cameras only.
 */
export function textSizes(scene: Object3D, camera: Camera): TextOnScreen[] {
  const out: TextOnScreen[] = []
  const fov = (camera as Camera & { fov?: number }).fov
  if (fov === undefined) return out
  const tan = Math.tan(((fov / 2) * Math.PI) / 180)
  const forward = new Vector3()
  camera.getWorldDirection(forward)
  const eye = new Vector3().setFromMatrixPosition(camera.matrixWorld)
  const at = new Vector3()
  const scale = new Vector3()
  scene.traverse((o) => {
    const t = o as TroikaText
    if (
      typeof t.sync !== 'function' ||
      typeof t.text !== 'string' ||
      typeof t.fontSize !== 'number'
    )
      return
    if (!t.text.trim() || !shown(t)) return
    if (opacityOf(t) < MIN_OPACITY) return
    at.setFromMatrixPosition(t.matrixWorld)
    const depth = at.clone().sub(eye).dot(forward)
    if (depth <= 0) return
    const ndc = at.clone().project(camera)
    if (Math.abs(ndc.x) > 1 + NDC_MARGIN || Math.abs(ndc.y) > 1 + NDC_MARGIN) return
    t.getWorldScale(scale)
    const px = (t.fontSize * scale.y * REFERENCE_HEIGHT) / (2 * depth * tan)
    out.push({ text: t.text, px: Math.round(px * 10) / 10 })
  })
  return out.sort((a, b) => a.px - b.px)
}

/** A rectangle on screen, in pixels of a 1080p frame (x right, y down from the top left). */
export interface ScreenBox {
  x: number
  y: number
  width: number
  height: number
}

export interface TextBox extends TextOnScreen {
  /** Where the text's ink is drawn: the screen-space bounds of its glyphs. */
  box: ScreenBox
  /**
   * How far perspective skews the text: 0 for text facing the camera square on, 0.2 when one
   * edge is drawn 20 % shorter than the edge opposite it.
   */
  skew: number
}

type RenderInfo = { visibleBounds?: readonly number[]; blockBounds?: readonly number[] }
type UniformOpacity = { uniforms?: { uOpacity?: { value: unknown } } }

/** Text showing through a veil at least this opaque is not meant to be read. */
const VEILED = 0.5

/** The opacity of the veils (full-screen fades) drawn over `scene`. */
function veilOpacity(scene: Object3D): number {
  let veil = 0
  scene.traverse((o) => {
    if (!o.userData.veil || !shown(o)) return
    const value = ((o as Mesh).material as UniformOpacity).uniforms?.uOpacity?.value
    if (typeof value === 'number') veil = Math.max(veil, value)
  })
  return veil
}

/**
 * Every readable text of the frame drawn with `camera`, as `textSizes` finds them, each with
 * the box its glyphs cover on a 1080p frame of the camera's aspect and how much perspective
 * skews it. Texts under a closing veil are left out: nobody can read them.
 */
export function textBoxes(scene: Object3D, camera: Camera): TextBox[] {
  const fov = (camera as Camera & { fov?: number }).fov
  const aspect = (camera as Camera & { aspect?: number }).aspect ?? 16 / 9
  if (fov === undefined || veilOpacity(scene) >= VEILED) return []
  const tan = Math.tan(((fov / 2) * Math.PI) / 180)
  const forward = new Vector3()
  camera.getWorldDirection(forward)
  const eye = new Vector3().setFromMatrixPosition(camera.matrixWorld)
  const width1080 = REFERENCE_HEIGHT * aspect
  const at = new Vector3()
  const scale = new Vector3()
  const out: TextBox[] = []
  scene.traverse((o) => {
    const t = o as TroikaText & { textRenderInfo?: RenderInfo | null }
    if (
      typeof t.sync !== 'function' ||
      typeof t.text !== 'string' ||
      typeof t.fontSize !== 'number'
    )
      return
    if (!t.text.trim() || !shown(t) || opacityOf(t) < MIN_OPACITY) return
    const bounds = t.textRenderInfo?.visibleBounds ?? t.textRenderInfo?.blockBounds
    if (!bounds || bounds.length < 4) return
    at.setFromMatrixPosition(t.matrixWorld)
    const depth = at.clone().sub(eye).dot(forward)
    if (depth <= 0) return
    const [x0, y0, x1, y1] = bounds as [number, number, number, number]
    const corners = [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ].map(([x, y]) => {
      const p = new Vector3(x, y, 0).applyMatrix4(t.matrixWorld)
      const inFront = p.clone().sub(eye).dot(forward) > 0
      p.project(camera)
      return { x: ((p.x + 1) / 2) * width1080, y: ((1 - p.y) / 2) * REFERENCE_HEIGHT, inFront }
    })
    if (corners.some((c) => !c.inFront)) return
    const xs = corners.map((c) => c.x)
    const ys = corners.map((c) => c.y)
    const box = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    }
    // Off screen entirely: not part of the frame (a text may wait outside before it enters).
    if (
      box.x > width1080 ||
      box.y > REFERENCE_HEIGHT ||
      box.x + box.width < 0 ||
      box.y + box.height < 0
    )
      return
    const edge = (a: number, b: number): number =>
      Math.hypot(corners[a]!.x - corners[b]!.x, corners[a]!.y - corners[b]!.y)
    const ratio = (a: number, b: number): number =>
      Math.max(a, b) === 0 ? 1 : Math.min(a, b) / Math.max(a, b)
    const skew = 1 - Math.min(ratio(edge(0, 3), edge(1, 2)), ratio(edge(0, 1), edge(3, 2)))
    t.getWorldScale(scale)
    const px = (t.fontSize * scale.y * REFERENCE_HEIGHT) / (2 * depth * tan)
    const round = (v: number): number => Math.round(v * 10) / 10
    out.push({
      text: t.text,
      px: round(px),
      box: { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) },
      skew: Math.round(skew * 100) / 100,
    })
  })
  return out
}

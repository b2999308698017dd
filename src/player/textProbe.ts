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

import { Box3, Vector3, type Camera, type Mesh, type Object3D } from 'three'
import { DuplicateStagedKeyError } from '../world/stagedKeys'
import { REFERENCE_HEIGHT, type ScreenBox } from './textProbe'

/**
 * Where a staged object is drawn on screen: for tests and tools that check a studio edit moved
 * or hid what it should, and nothing else.
 */

/** What Staged writes on its Theatre-owned group, so the object can be found in the scene. */
export interface StagedTag {
  sheet: string
  key: string
}

function tagOf(o: Object3D): StagedTag | undefined {
  const tag = o.userData.staged as StagedTag | undefined
  return tag && typeof tag.key === 'string' && typeof tag.sheet === 'string' ? tag : undefined
}

/** Whether `o` and all its ancestors are visible. */
function shown(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false
  return true
}

/**
 * The screen box (pixels of a 1080p frame of the camera's aspect) of everything drawn below the
 * staged object `key` of sheet `sheetId` in the frame drawn with `camera`, or null when it draws
 * nothing (not mounted, hidden, or faded out by its envelope or its presence). Throws a
 * DuplicateStagedKeyError if two objects in the scene carry the key.
 */
export function stagedObjectBox(
  scene: Object3D,
  camera: Camera,
  sheetId: string,
  key: string,
): ScreenBox | null {
  const roots: Object3D[] = []
  scene.traverse((o) => {
    const tag = tagOf(o)
    if (tag && tag.sheet === sheetId && tag.key === key) roots.push(o)
  })
  // The key registry refuses a second key while staging; a shipped film only logs it, so the
  // scene itself is the last word on whether two objects share one.
  if (roots.length > 1) throw new DuplicateStagedKeyError(sheetId, key)
  const root = roots[0]
  if (!root || !shown(root)) return null
  const world = new Box3()
  const part = new Box3()
  const visit = (o: Object3D): void => {
    if (!o.visible) return
    const geometry = (o as Mesh).geometry
    if (geometry) {
      if (!geometry.boundingBox) geometry.computeBoundingBox()
      if (geometry.boundingBox && !geometry.boundingBox.isEmpty()) {
        world.union(part.copy(geometry.boundingBox).applyMatrix4(o.matrixWorld))
      }
    }
    for (const c of o.children) visit(c)
  }
  root.updateWorldMatrix(true, true)
  visit(root)
  if (world.isEmpty()) return null
  const aspect = (camera as Camera & { aspect?: number }).aspect ?? 16 / 9
  const width1080 = REFERENCE_HEIGHT * aspect
  const xs: number[] = []
  const ys: number[] = []
  for (let i = 0; i < 8; i++) {
    const p = new Vector3(
      i & 1 ? world.max.x : world.min.x,
      i & 2 ? world.max.y : world.min.y,
      i & 4 ? world.max.z : world.min.z,
    ).project(camera)
    xs.push(((p.x + 1) / 2) * width1080)
    ys.push(((1 - p.y) / 2) * REFERENCE_HEIGHT)
  }
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

/** Something a frame may draw that no staged object owns. */
export interface UnstagedDrawable {
  /** The chapter whose group holds it, or null for a layer outside every chapter. */
  chapter: string | null
  /** Its name and its named ancestors', outermost first ('Ground'); '' when none is named. */
  path: string
  /** What it is, to find it in the code: three's type, geometry, material colour, text. */
  what: string
  /** Whether this frame draws it: it and all its ancestors are visible. */
  shown: boolean
}

interface Drawable extends Object3D {
  isMesh?: boolean
  isPoints?: boolean
  isLine?: boolean
  isSprite?: boolean
  geometry?: { type: string }
  material?: unknown
  text?: unknown
}

function describeDrawable(o: Drawable): string {
  const material = (Array.isArray(o.material) ? o.material[0] : o.material) as
    { type?: string; color?: { getHexString(): string } } | undefined
  const parts = [o.type, o.geometry?.type, material?.type]
  if (material?.color) parts.push(`#${material.color.getHexString()}`)
  if (typeof o.text === 'string') parts.push(JSON.stringify(o.text))
  return parts.filter(Boolean).join(' ')
}

/**
 * Every mesh, points, line or sprite (text included) mounted in `scene` that is not below a
 * staged object, with the chapter that holds it (its group carries `userData.chapter`): what a
 * studio user could not select or keyframe. Hidden ones are listed too (marked), so one frame of
 * a chapter finds what shows only at other moments of it.
 */
export function unstagedDrawables(scene: Object3D): UnstagedDrawable[] {
  const out: UnstagedDrawable[] = []
  const visit = (o: Object3D, chapter: string | null, names: string[], shown: boolean): void => {
    if (tagOf(o)) return
    const here = typeof o.userData.chapter === 'string' ? (o.userData.chapter as string) : chapter
    const path = o.name ? [...names, o.name] : names
    const visible = shown && o.visible
    const d = o as Drawable
    if (d.isMesh || d.isPoints || d.isLine || d.isSprite) {
      out.push({ chapter: here, path: path.join(' > '), what: describeDrawable(d), shown: visible })
    }
    for (const c of o.children) visit(c, here, path, visible)
  }
  visit(scene, null, [], true)
  return out
}

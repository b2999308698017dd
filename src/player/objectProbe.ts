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

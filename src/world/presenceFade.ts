import { useRef, type RefObject } from 'react'
import type { Material, Object3D } from 'three'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { materialsBelow, setTransparent } from './materialsBelow'
import { presenceOf, type PresenceObject } from './Staged'

/** Below this presence an object is hidden outright (as Reveal hides a closed envelope). */
const HIDDEN = 0.001

interface Kept {
  material: Material
  opacity: number
  transparent: boolean
}

/**
 * Materials below `root` with what the fade changes, not descending into nested entrances or
 * staged objects (they fade their own).
 */
function materialsKept(root: Object3D): Kept[] {
  return materialsBelow(root, (o) => Boolean(o.userData.reveal || o.userData.staged)).map(
    (material) => ({ material, opacity: material.opacity, transparent: material.transparent }),
  )
}

/**
 * Fades what is below `group` by the staged object's presence, for an object always on stage
 * (no entrance multiplies it, as Reveal's envelope does). At presence 1 its materials are left
 * exactly as the code made them, so a film without presence keyframes draws the same pixels; below
 * 1 they turn transparent at that fraction of their opacity, and are given back on returning to 1.
 */
export function usePresenceFade(
  group: RefObject<Object3D | null>,
  staged: RefObject<PresenceObject | null>,
): void {
  const kept = useRef<Kept[] | null>(null)
  useChapterFrame(() => {
    const g = group.current
    if (!g) return
    const p = presenceOf(staged.current)
    g.visible = p > HIDDEN
    if (p >= 1) {
      for (const k of kept.current ?? []) {
        k.material.opacity = k.opacity
        setTransparent(k.material, k.transparent)
      }
      kept.current = null
      return
    }
    // Text meshes add their materials after layout: look again while faded.
    const known = new Set((kept.current ?? []).map((k) => k.material))
    kept.current = [
      ...(kept.current ?? []),
      ...materialsKept(g).filter((k) => !known.has(k.material)),
    ]
    for (const k of kept.current) {
      k.material.opacity = k.opacity * p
      setTransparent(k.material, true)
    }
  }, FRAME_PHASE.stage)
}

import { useRef, type RefObject } from 'react'
import type { Material, Object3D } from 'three'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { presenceOf, type PresenceObject } from './Staged'

/** Below this presence an object is hidden outright (as Reveal hides a closed envelope). */
const HIDDEN = 0.001

interface Kept {
  material: Material
  opacity: number
  transparent: boolean
}

/** Materials below `root`, not descending into nested entrances or staged objects (they fade their own). */
function materialsBelow(root: Object3D): Kept[] {
  const out: Kept[] = []
  const visit = (o: Object3D, isRoot: boolean): void => {
    if (!isRoot && (o.userData.reveal || o.userData.staged)) return
    const m = (o as Object3D & { material?: Material | Material[] }).material
    for (const material of m ? (Array.isArray(m) ? m : [m]) : []) {
      out.push({ material, opacity: material.opacity, transparent: material.transparent })
    }
    for (const c of o.children) visit(c, false)
  }
  visit(root, true)
  return out
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
        k.material.transparent = k.transparent
      }
      kept.current = null
      return
    }
    // Text meshes add their materials after layout: look again while faded.
    const known = new Set((kept.current ?? []).map((k) => k.material))
    kept.current = [
      ...(kept.current ?? []),
      ...materialsBelow(g).filter((k) => !known.has(k.material)),
    ]
    for (const k of kept.current) {
      k.material.opacity = k.opacity * p
      k.material.transparent = true
    }
  }, FRAME_PHASE.stage)
}

import type { Material, Object3D } from 'three'

/**
 * The materials of `root` and of everything below it, not descending below a descendant for
 * which `stop` holds (an entrance or a staged object nested inside, which fades its own).
 */
export function materialsBelow(root: Object3D, stop: (o: Object3D) => boolean): Material[] {
  const out: Material[] = []
  const visit = (o: Object3D): void => {
    const m = (o as Object3D & { material?: Material | Material[] }).material
    if (m) out.push(...(Array.isArray(m) ? m : [m]))
    for (const c of o.children) if (!stop(c)) visit(c)
  }
  visit(root)
  return out
}

/**
 * Turns a material's blending by opacity on or off. three compiles an opaque material's shader
 * to draw at full alpha and keeps that shader until told the material changed: flipped without
 * that, a material drawn before it was turned transparent would stay opaque, and a frame would
 * depend on whether the material had been drawn before it.
 */
export function setTransparent(material: Material, transparent: boolean): void {
  if (material.transparent === transparent) return
  material.transparent = transparent
  material.needsUpdate = true
}

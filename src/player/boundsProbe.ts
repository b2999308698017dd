import { BufferGeometry, type InstancedMesh, type Mesh, type Object3D, type Sphere } from 'three'

/**
 * Bounds three holds that no longer fit what they bound. three measures an object's bounds the
 * first time it draws it and keeps them; it sorts transparent objects by their centre. Bounds
 * left from an earlier frame make a frame's draw order, and so a few blended pixels, depend on
 * which frames were drawn before it (see world/rewritten.ts): a resumed export would not match
 * an uninterrupted one. For tests: after any frame, in any order of frames, this is empty.
 */

/** What `staleBounds` reports: the drawable, by the names of its ancestors, and which bounds. */
export interface StaleBounds {
  path: string
  which: 'geometry' | 'instances'
}

type Drawable = Mesh & { isInstancedMesh?: boolean; isLine?: boolean; isPoints?: boolean }

const same = (a: Sphere, b: Sphere): boolean => a.center.equals(b.center) && a.radius === b.radius

/** The sphere three would measure now around `geometry`'s vertices, leaving it as it is. */
function freshGeometrySphere(geometry: BufferGeometry): Sphere | null {
  const position = geometry.getAttribute('position')
  if (!position) return null
  const probe = new BufferGeometry()
  probe.setAttribute('position', position)
  probe.morphAttributes = geometry.morphAttributes
  probe.morphTargetsRelative = geometry.morphTargetsRelative
  probe.computeBoundingSphere()
  return probe.boundingSphere
}

/** The sphere three would measure now around `mesh`'s drawn instances, leaving it as it is. */
function freshInstanceSphere(mesh: InstancedMesh): Sphere | null {
  const held = mesh.boundingSphere
  mesh.boundingSphere = null
  mesh.computeBoundingSphere()
  const fresh = mesh.boundingSphere
  mesh.boundingSphere = held
  return fresh
}

/**
 * Every drawn mesh, line or points of `scene` whose held bounds differ from what its vertices or
 * instances give now. A geometry that measures itself its own way (troika's text keeps its
 * bounds with its layout) is its own business and is not checked.
 */
export function staleBounds(scene: Object3D): StaleBounds[] {
  const out: StaleBounds[] = []
  const visit = (o: Object3D, names: string[]): void => {
    if (!o.visible) return
    // Chapters and staged objects name the way to an unnamed mesh.
    const tag = o.userData.chapter ?? (o.userData.staged as { key?: unknown } | undefined)?.key
    const name = o.name || (typeof tag === 'string' ? tag : '')
    const path = name ? [...names, name] : names
    const d = o as Drawable
    if (d.isMesh || d.isLine || d.isPoints) {
      const where = path.join(' > ') || o.type
      const g = d.geometry
      const measuredByThree =
        g && g.computeBoundingSphere === BufferGeometry.prototype.computeBoundingSphere
      if (measuredByThree && g.boundingSphere) {
        const fresh = freshGeometrySphere(g)
        if (fresh && !same(fresh, g.boundingSphere)) out.push({ path: where, which: 'geometry' })
      }
      const m = d as unknown as InstancedMesh
      if (d.isInstancedMesh && m.boundingSphere) {
        const fresh = freshInstanceSphere(m)
        if (fresh && !same(fresh, m.boundingSphere)) out.push({ path: where, which: 'instances' })
      }
    }
    for (const c of o.children) visit(c, path)
  }
  visit(scene, [])
  return out
}

import type { BufferGeometry, InstancedMesh } from 'three'

/*
 * three measures an object's bounds once, the first time it draws the object, and keeps them: it
 * sorts transparent objects by the centre of those bounds and culls by them. For an object whose
 * vertices or instances are rewritten as the film plays, bounds kept from an earlier frame make
 * the draw order hang on which frames were drawn before: a frame drawn straight after a jump (a
 * resumed export, a shard, a still) would blend a few pixels differently from the same frame
 * played through. Dropping the bounds after each rewrite makes three measure this frame's.
 */

/** Call after writing an instanced mesh's instance matrices (or its count) for this frame. */
export function instancesMoved(mesh: InstancedMesh): void {
  mesh.instanceMatrix.needsUpdate = true
  mesh.boundingSphere = null
  mesh.boundingBox = null
}

/**
 * Call after writing a geometry's positions for this frame. three measures every vertex of the
 * buffer, drawn or not, so a writer that draws fewer than it holds clears the rest first.
 */
export function positionsMoved(geometry: BufferGeometry): void {
  geometry.getAttribute('position').needsUpdate = true
  geometry.boundingSphere = null
  geometry.boundingBox = null
}

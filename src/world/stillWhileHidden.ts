import { Object3D } from 'three'

/**
 * three recomputes every object's matrices before each render, drawn or not, and a film mounts
 * all of its chapters at once: most of that work was for chapters off screen (about 4 ms of the
 * page's script a frame, in the first film). A chapter's root, given this as its ref, leaves its
 * subtree's world matrices alone while it is hidden. Nothing in a hidden chapter moves (its
 * per-frame work runs only while it is on screen), the first render after it is shown again
 * recomputes the whole subtree, and code that needs a hidden object's place asks for it with
 * `getWorldPosition` and the like, which update the matrices they read.
 */
export function stillWhileHidden(root: Object3D | null): void {
  if (root) root.updateMatrixWorld = updateWhileShown
}

function updateWhileShown(this: Object3D, force?: boolean): void {
  if (this.visible) Object3D.prototype.updateMatrixWorld.call(this, force)
}

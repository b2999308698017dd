import type { Camera, Object3D } from 'three'

/**
 * What the last frame drew: the scene and the camera it was drawn with. The film scene records
 * its chapters' scene before each frame, and the map layer, which draws the frame, records what
 * it chose; scripts read it to inspect a frame (see `textSizes` in the automation API).
 */
let drawn: { scene: Object3D; camera: Camera } | null = null

export function recordDrawn(scene: Object3D, camera: Camera): void {
  drawn = { scene, camera }
}

export function lastDrawn(): { scene: Object3D; camera: Camera } | null {
  return drawn
}

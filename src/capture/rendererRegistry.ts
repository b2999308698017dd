import type { WebGLRenderer } from 'three'

let current: WebGLRenderer | null = null

/** The player registers its renderer here when the canvas is created, for the export's read-back. */
export function registerRenderer(renderer: WebGLRenderer): void {
  current = renderer
}

export function capturedRenderer(): WebGLRenderer {
  if (!current) throw new Error('capture: the player has not created its renderer yet')
  return current
}

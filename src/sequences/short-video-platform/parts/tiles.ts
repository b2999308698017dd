/**
 * The dashboard's tiles: three across the width of the bullets' panel above (19.6), with half a
 * unit between; low enough that two lines of captions pass under them.
 */
export const TILE_WIDTH = 6.2
export const TILE_HEIGHT = 3.2
export const TILE_PITCH = 6.7

/**
 * Where things stand in "Short-Video Platform", in world units, each number with its reason.
 *
 * Every chapter is a set of shots: flat frames laid out in the plane z = 0, each one screen of
 * content around a centre. The camera (keyframed in state/short-video-platform.theatre.json)
 * sits SHOT_DISTANCE in front of a shot's centre and a little above, so at 1080p one world unit
 * is about 1080 / (2 · 17 · tan 20°) ≈ 87 px: body text of 0.48 is ~42 px, over the 36 px floor.
 * A frame then spans about ±11 units across and ±6.2 up and down; the lowest 1.7 units are kept
 * for the captions.
 */
import type { Vec3 } from '../../world/paths'

/** The camera's distance from a shot: the farthest at which body text stays over 36 px. */
export const SHOT_DISTANCE = 17
/**
 * The camera looks straight at a shot, level: looking down would lean the panels' edges
 * (keystone); the models' own depth still reads through the perspective.
 */
export const SHOT_RISE = 0

/** Text sizes of this film (world units at SHOT_DISTANCE). */
export const text = {
  /** A panel's title: a layer's name as the document gives it. */
  title: 0.55,
  /** Bullets: ~42 px at 1080p. */
  body: 0.48,
  /** Numbers that are the point of a chart. */
  figure: 0.9,
} as const

/** Vertical pitch between lines of body text: the size and a third, for easy reading. */
export const LINE_PITCH = 0.66
/** Inner margin of a panel. */
export const PANEL_PADDING = 0.4

/** Where a frame's content may go, relative to its centre (captions keep the bottom free). */
export const FRAME = { left: -10.4, right: 10.4, top: 5.4, bottom: -4.2 } as const

/** The camera for a shot centred at `centre`. */
export function shotCamera(centre: Vec3): { position: Vec3; target: Vec3 } {
  return {
    position: [centre[0], centre[1] + SHOT_RISE, centre[2] + SHOT_DISTANCE],
    target: centre,
  }
}

/**
 * Shots are laid out down the page, one layer under the other: the flight goes down. The first
 * is a drop below the stage's ground (y = 0), so no shot ever shows the grid cut by a model.
 */
export const SHOT_DROP = 14

/** The centre of shot `i` of a chapter: straight down from the first. */
export function shot(i: number, across = 0): Vec3 {
  return [across * 26, -(i + 1) * SHOT_DROP, 0]
}

/** The two halves of a layer shot: the picture on the left, the document's bullets on the right. */
export const halves = {
  /** Centre of the picture. */
  picture: [-5.4, -0.6, 0] as Vec3,
  /** Top-left corner of the bullets' panel. */
  panel: [0, 4.6, 0] as Vec3,
  panelWidth: 9.8,
} as const

/** Where a chapter's opening heading stands, relative to its first shot. */
export const HEADING: Vec3 = [0, 0.6, 0]

/** Position relative to a shot: `shot` plus an offset. */
export function inShot(centre: Vec3, offset: Vec3): [number, number, number] {
  return [centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2]]
}

/**
 * Shots with three columns of cards (services, caches, workers, models) stand this much further
 * back, so the columns fit the frame; body text is then still ~38 px at 1080p.
 */
export const WIDE_DEPTH = -1.5
/** A card in a three-column grid at WIDE_DEPTH, and the distance between columns. */
export const CARD_WIDTH = 7.1
export const COLUMN_PITCH = 7.45

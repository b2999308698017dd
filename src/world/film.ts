import type { ComponentType } from 'react'
import type { FilmScript } from '../script/types'
import type { Vec3 } from './paths'

/** What a chapter's scene receives from the film scene. */
export interface ChapterSceneProps {
  /** True while this chapter is on screen: its camera is the one that renders. */
  active: boolean
}

export interface ChapterEntry {
  /** Must equal the script chapter's id and the Theatre sheet's id. */
  id: string
  Scene: ComponentType<ChapterSceneProps>
}

/**
 * A film's map: one diagram of everything built so far, seen from one fixed viewpoint, shown at
 * the end of the chapters listed in `after` (see src/timeline/bridge.ts). Its scene reads map
 * seconds through `useChapterFrame`, like a chapter, so Reveal and friends work inside it.
 */
export interface FilmMap {
  /** Ids of the chapters that end on the map. */
  after: readonly string[]
  /** Seconds at the end of each of those chapters that the map takes. */
  seconds: number
  camera: { position: Vec3; target: Vec3; fov: number }
  Scene: ComponentType
}

/** A film: its words (script) and, in the same order, one scene per chapter. */
export interface FilmDefinition {
  script: FilmScript
  chapters: readonly ChapterEntry[]
  map?: FilmMap
}

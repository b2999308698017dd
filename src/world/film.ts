import type { ComponentType } from 'react'
import type { ChapterIdOf, FilmScript } from '../script/types'
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

/** How one bridge frames the map: what it looks at, and how far back along the map's view. */
export interface MapShot {
  target: Vec3
  /** A multiple of the map camera's own distance: below 1 comes closer, above 1 stands back. */
  scale: number
}

/**
 * A film's map: one diagram of everything built so far, seen from one direction, shown at the
 * end of the chapters listed in `after` (see src/timeline/bridge.ts). Its scene reads map
 * seconds through `useChapterFrame`, like a chapter, so Reveal and friends work inside it.
 */
export interface FilmMap {
  /** Ids of the chapters that end on the map. */
  after: readonly string[]
  /** Seconds at the end of each of those chapters that the map takes. */
  seconds: number
  camera: { position: Vec3; target: Vec3; fov: number }
  /**
   * Per chapter id, the shot of the bridge after it (see src/world/map/MapFraming.tsx): close on
   * an early bridge's few pieces, wider as the map grows, always looking the camera's way. A
   * bridge not listed is seen from `camera`.
   */
  shots?: Readonly<Record<string, MapShot>>
  Scene: ComponentType
}

/** A film: its words (script) and, in the same order, one scene per chapter. */
export interface FilmDefinition {
  script: FilmScript
  chapters: readonly ChapterEntry[]
  map?: FilmMap
}

/** One scene per chapter of the script, by chapter id: no chapter missing, none extra. */
export type SceneTable<S extends FilmScript> = {
  readonly [Id in ChapterIdOf<S>]: ComponentType<ChapterSceneProps>
}

/**
 * Declares a film from its script and a scene for each of its chapters. The table is typed by
 * the script's chapter ids, so a missing or extra scene fails to compile; the order is the
 * script's, declared there once.
 */
export function defineFilm<const S extends FilmScript>(film: {
  script: S
  scenes: SceneTable<S>
  map?: FilmMap & { after: readonly ChapterIdOf<S>[] }
}): FilmDefinition {
  const scenes: Readonly<Record<string, ComponentType<ChapterSceneProps>>> = film.scenes
  const chapters = film.script.chapters.map(({ id }) => {
    const Scene = Object.hasOwn(scenes, id) ? scenes[id] : undefined
    if (!Scene) throw new Error(`Film '${film.script.id}' has no scene for chapter '${id}'.`)
    return { id, Scene }
  })
  const extra = Object.keys(scenes).filter((id) => !chapters.some((c) => c.id === id))
  if (extra.length > 0) {
    throw new Error(
      `Film '${film.script.id}' has scenes for chapters its script does not have: ${extra.join(', ')}.`,
    )
  }
  return { script: film.script, chapters, map: film.map }
}

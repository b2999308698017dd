import type { ComponentType } from 'react'
import type { FilmScript } from '../script/types'

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

/** A film: its words (script) and, in the same order, one scene per chapter. */
export interface FilmDefinition {
  script: FilmScript
  chapters: readonly ChapterEntry[]
}

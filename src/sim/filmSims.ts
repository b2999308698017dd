/**
 * A film's simulations, declared in one Node-safe place (`src/sequences/<film>/sims/`): for each
 * chapter that runs a model, the builders that make it from the showing's parameters. The scenes
 * build their models through these (`useChapterSim`), and `npm run bench:sim` times the very same
 * builders over each chapter's length, so what is measured is what the film shows.
 */
import type { ChapterIdOf, FilmScript } from '../script/types'
import type { SimParams } from './index'

/** Anything the film reads by time: every model has `stateAt(t)`. */
export interface SimModel {
  stateAt(t: number): unknown
}

/** Makes one model from the showing's simulation parameters (`?sim.seed=…` etc.). */
export type SimBuilder<M extends SimModel = SimModel> = (params: SimParams) => M

/** A chapter's models by name ('balancer', 'sticky'…). */
export type ChapterSims = Readonly<Record<string, SimBuilder>>

/** A film's models, by chapter id. Chapters without a simulation are left out. */
export interface FilmSims {
  film: string
  chapters: Readonly<Record<string, ChapterSims>>
}

/**
 * Declares a film's simulations. The chapter ids are checked against the script, as types and
 * when the module loads, so that a renamed chapter cannot leave its models unmeasured.
 */
export function defineFilmSims<S extends FilmScript>(
  script: S,
  chapters: Partial<Record<ChapterIdOf<S>, ChapterSims>>,
): FilmSims {
  const ids = new Set(script.chapters.map((c) => c.id))
  for (const id of Object.keys(chapters)) {
    if (!ids.has(id)) {
      throw new Error(`Simulations of film '${script.id}': no chapter '${id}' in its script.`)
    }
  }
  return { film: script.id, chapters: chapters as Record<string, ChapterSims> }
}

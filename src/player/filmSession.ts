import type { IProject } from '@theatre/core'
import type { FilmDefinition } from '../sequences/types'
import { bridgePlanOf } from '../sequences/bridgePlan'
import { parseSimParams } from '../sim'
import { createSimParamsStore, type SimParamsStore } from '../sim/paramsStore'
import { loadFilmProject } from '../theatre/project'
import { FilmClock } from '../timeline/clock'
import { chapterSpans, filmDuration, type ChapterSpan } from '../timeline/filmTime'
import { FrameHolds } from '../timeline/holds'
import { chapterEdges, type ChapterEdges } from '../timeline/stops'
import { createAutomation, mapSpans, type CinematicApi } from './automation'

/**
 * Everything one film needs on a page besides its canvas: its Theatre project, its clock (in
 * playback mode), frame holds, chapter spans, simulation parameters (from `?sim.*`) and its
 * automation API. Presenting a talk keeps one per film it has shown; the notes window and an
 * embed make their own.
 */
export interface FilmSession {
  film: FilmDefinition
  project: IProject
  clock: FilmClock
  holds: FrameHolds
  spans: ChapterSpan[]
  sim: SimParamsStore
  automation: CinematicApi
  /** How chapter `index` opens and closes (where a chapter without stops holds). */
  edges(index: number): ChapterEdges
}

export function createFilmSession(film: FilmDefinition, fps: number, search: string): FilmSession {
  const spans = chapterSpans(film.script.chapters)
  const clock = new FilmClock({ fps, duration: filmDuration(spans) })
  const sim = createSimParamsStore(parseSimParams(new URLSearchParams(search)))
  const plan = bridgePlanOf(film)
  return {
    film,
    project: loadFilmProject(film.script),
    clock,
    holds: new FrameHolds(),
    spans,
    sim,
    automation: createAutomation(clock, film.script, spans, sim, mapSpans(plan, spans)),
    edges: (index) => chapterEdges(plan, spans.length, index),
  }
}

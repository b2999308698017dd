import type { IProject } from '@theatre/core'
import { loadManifest } from '../audio/manifests'
import type { FilmDefinition } from '../world/film'
import { bridgePlanOf } from '../world/bridgePlan'
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

/** Makes a film's session, loading what it needs first (its Theatre state, its voice manifest). */
export async function createFilmSession(
  film: FilmDefinition,
  fps: number,
  search: string,
): Promise<FilmSession> {
  const [project] = await Promise.all([loadFilmProject(film.script), loadManifest(film.script.id)])
  const spans = chapterSpans(film.script.chapters)
  const clock = new FilmClock({ fps, duration: filmDuration(spans) })
  const sim = createSimParamsStore(parseSimParams(new URLSearchParams(search)))
  const plan = bridgePlanOf(film)
  return {
    film,
    project,
    clock,
    holds: new FrameHolds(),
    spans,
    sim,
    automation: createAutomation(clock, film.script, spans, sim, mapSpans(plan, spans)),
    edges: (index) => chapterEdges(plan, spans.length, index),
  }
}

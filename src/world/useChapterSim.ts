import { useMemo } from 'react'
import type { SimParams } from '../sim'
import { useSimParams } from './SimContext'

/** Any model of src/sim: a pure function of time. */
export interface SimModel {
  stateAt(t: number): unknown
}

/**
 * How a chapter builds its simulation: a pure function of the viewer's simulation parameters
 * (`?sim.*`, the studio's Simulation pane). A film keeps its chapters' builders together in its
 * `sims.ts` (Node-safe), so `npm run bench:sim` times exactly the models the film shows.
 */
export type SimBuilder<M extends SimModel | readonly SimModel[] = SimModel> = (
  params: SimParams,
) => M

/** The chapter's simulation, built once for each set of parameters. */
export function useChapterSim<M extends SimModel | readonly SimModel[]>(build: SimBuilder<M>): M {
  const params = useSimParams()
  return useMemo(() => build(params), [build, params])
}

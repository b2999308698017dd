import type { IProject } from '@theatre/core'
import { Player } from './player/Player'
import { ErrorScreen } from './player/ErrorScreen'
import type { PlayerParams } from './player/params'
import type { SimParamsStore } from './sim/paramsStore'
import type { FilmDefinition } from './world/film'
import type { FilmClock } from './timeline/clock'
import type { ChapterSpan } from './timeline/filmTime'
import type { FrameHolds } from './timeline/holds'

export type AppProps =
  | {
      kind: 'film'
      film: FilmDefinition
      films: readonly { id: string; title: string }[]
      project: IProject
      clock: FilmClock
      holds: FrameHolds
      spans: ChapterSpan[]
      params: PlayerParams
      sim: SimParamsStore
    }
  | { kind: 'error'; title: string; message: string }

/** The page: the player with its film, or a screen that says why it cannot start. */
export function App(props: AppProps) {
  if (props.kind === 'error') return <ErrorScreen title={props.title} message={props.message} />
  const { kind: _kind, ...player } = props
  return <Player {...player} />
}

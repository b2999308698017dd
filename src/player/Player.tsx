import type { IProject } from '@theatre/core'
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { useFilmAudio } from '../audio/useFilmAudio'
import { filmCues } from '../script/captions'
import type { FilmDefinition } from '../world/film'
import type { FilmClock } from '../timeline/clock'
import { locate, type ChapterSpan } from '../timeline/filmTime'
import type { FrameHolds } from '../timeline/holds'
import { Captions } from './Captions'
import { ChapterList } from './ChapterList'
import { Controls } from './Controls'
import { FilmCanvas } from './FilmCanvas'
import { presentUrl } from './presentUrl'
import { TalkList } from './TalkList'
import type { PlayerParams } from './params'
import type { SimParamsStore } from '../sim/paramsStore'
import { useClock } from './useClock'
import { useBrowserExport } from './useBrowserExport'
import { useKeys } from './useKeys'

export type PlayerProps = {
  film: FilmDefinition
  /** Every film of the registry, for the film menu. */
  films: readonly { id: string; title: string }[]
  project: IProject
  clock: FilmClock
  holds: FrameHolds
  spans: ChapterSpan[]
  params: PlayerParams
  sim: SimParamsStore
}

/** The film's frame is always 16:9; the window letterboxes it. */
const ASPECT = 16 / 9

/** The player: the film's canvas, and over it captions and controls (hidden with `?ui=0`). */
export function Player({ film, films, project, clock, holds, spans, params, sim }: PlayerProps) {
  const root = useRef<HTMLDivElement>(null)
  const simParams = useSyncExternalStore(sim.subscribe, sim.get)
  const { time, playing } = useClock(clock)
  const [captions, setCaptions] = useState(params.captions)
  const [chaptersOpen, setChaptersOpen] = useState(false)
  const { spokenSeconds } = useFilmAudio(clock, film.script.id)
  const cues = useMemo(
    () => filmCues(film.script, spans, spokenSeconds),
    [film, spans, spokenSeconds],
  )
  const chapterIndex = locate(spans, time).index
  const toggleCaptions = useCallback(() => setCaptions((c) => !c), [])
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void root.current?.requestFullscreen()
  }, [])
  const present = useCallback(() => {
    window.location.assign(presentUrl(window.location.search, film.script.id, spans[chapterIndex]))
  }, [film, spans, chapterIndex])
  const actions = useMemo(
    () => ({ toggleCaptions, toggleFullscreen, present }),
    [toggleCaptions, toggleFullscreen, present],
  )
  useKeys(clock, spans, actions)
  const browserExport = useBrowserExport(clock, film.script.id, spans, chapterIndex)

  const fixed = params.width !== null && params.height !== null
  const frameStyle = fixed
    ? { width: params.width!, height: params.height! }
    : { width: `min(100vw, calc(100vh * ${ASPECT}))`, aspectRatio: `${ASPECT}` }

  return (
    <div className={`player${params.ui ? '' : ' clean'}`} ref={root}>
      <div className="frame" style={frameStyle} data-testid="frame">
        <FilmCanvas
          film={film}
          project={project}
          clock={clock}
          holds={holds}
          sim={simParams}
          pixelRatio={fixed ? 1 : undefined}
        />
        {params.ui && captions && <Captions cues={cues} time={time} />}
        {params.ui && browserExport.error && (
          <div className="export-error" role="alert">
            {browserExport.error}
          </div>
        )}
        {params.ui && chaptersOpen && (
          <div className="chapter-panel">
            <ChapterList
              spans={spans}
              current={chapterIndex}
              onPick={(span) => {
                void clock.seek(span.start)
                setChaptersOpen(false)
              }}
            />
            <TalkList film={film.script.id} />
          </div>
        )}
        {params.ui && (
          <Controls
            films={films}
            filmId={film.script.id}
            clock={clock}
            time={time}
            playing={playing}
            spans={spans}
            chapterIndex={chapterIndex}
            captions={captions}
            chaptersOpen={chaptersOpen}
            onToggleCaptions={toggleCaptions}
            onToggleChapters={() => setChaptersOpen((o) => !o)}
            onToggleFullscreen={toggleFullscreen}
            exportProgress={browserExport.progress}
            onExport={browserExport.start}
          />
        )}
      </div>
    </div>
  )
}

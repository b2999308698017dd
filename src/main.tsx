import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, type AppProps } from './App'
import { createCaptureApi } from './capture/captureApi'
import { createAutomation, mapSpans } from './player/automation'
import { parseParams } from './player/params'
import { startPresenting } from './player/presenting'
import './player/player.css'
import { DEFAULT_FILM, filmById } from './sequences'
import { bridgePlanOf } from './sequences/bridgePlan'
import { parseSimParams } from './sim'
import { createSimParamsStore } from './sim/paramsStore'
import { loadFilmProject } from './theatre/project'
import { FilmClock } from './timeline/clock'
import { chapterSpans, filmDuration, findChapter } from './timeline/filmTime'
import { FrameHolds } from './timeline/holds'

function setup(): AppProps {
  const params = parseParams(window.location.search)
  const sim = createSimParamsStore(parseSimParams(new URLSearchParams(window.location.search)))
  const film = filmById(params.film ?? DEFAULT_FILM)
  const spans = chapterSpans(film.script.chapters)
  const duration = filmDuration(spans)
  const start = params.chapter
    ? findChapter(spans, params.chapter).start + (params.t ?? 0)
    : (params.t ?? 0)
  if (start > duration) {
    throw new Error(
      `URL parameter 't' points past the film's end (${duration} s); use a smaller time.`,
    )
  }
  const project = loadFilmProject(film.script)
  const clock = new FilmClock({
    fps: params.fps,
    duration,
    mode: params.capture ? 'capture' : 'playback',
  })
  const holds = new FrameHolds()
  window.cinematic = createAutomation(
    clock,
    film.script,
    spans,
    sim,
    mapSpans(bridgePlanOf(film), spans),
  )
  void window.cinematic.ready.then(async () => {
    await clock.seek(start)
    if (params.autoplay) clock.play()
  })
  if (params.capture) window.cinematicCapture = createCaptureApi(clock)
  if (import.meta.env.DEV && !params.capture) {
    void import('./theatre/studio').then(({ startStudio }) =>
      startStudio({ project, clock, spans, sim }),
    )
  }
  return { kind: 'film', film, project, clock, holds, spans, params, sim }
}

function watch(): AppProps {
  try {
    return setup()
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    window.cinematicError = message
    console.error(message)
    return { kind: 'error', title: 'This film cannot start', message }
  }
}

const root = createRoot(document.getElementById('root')!)
// Presenter mode, a talk and the notes window have pages of their own.
if (!startPresenting(window.location.search, root)) {
  root.render(
    <StrictMode>
      <App {...watch()} />
    </StrictMode>,
  )
}

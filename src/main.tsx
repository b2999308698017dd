import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, type AppProps } from './App'
import { loadManifest } from './audio/manifests'
import { createCaptureApi } from './capture/captureApi'
import { createAutomation, mapSpans } from './player/automation'
import { parseParams } from './player/params'
import { startPresenting } from './player/presenting'
import './player/player.css'
import { DEFAULT_FILM, films, loadFilm, scriptOf } from './sequences'
import { bridgePlanOf } from './world/bridgePlan'
import { parseSimParams } from './sim'
import { createSimParamsStore } from './sim/paramsStore'
import { loadFilmProject } from './theatre/project'
import { FilmClock } from './timeline/clock'
import { chapterSpans, filmDuration, findChapter } from './timeline/filmTime'
import { FrameHolds } from './timeline/holds'

/** Every film of the menu: its id and title. */
const filmMenu = films.map(({ script }) => ({ id: script.id, title: script.title }))

async function setup(): Promise<AppProps> {
  const params = parseParams(window.location.search)
  const sim = createSimParamsStore(parseSimParams(new URLSearchParams(window.location.search)))
  // The script first: a wrong film or chapter is reported before any film code is fetched.
  const script = scriptOf(params.film ?? DEFAULT_FILM)
  const spans = chapterSpans(script.chapters)
  const duration = filmDuration(spans)
  const start = params.chapter
    ? findChapter(spans, params.chapter).start + (params.t ?? 0)
    : (params.t ?? 0)
  if (start > duration) {
    throw new Error(
      `URL parameter 't' points past the film's end (${duration} s); use a smaller time.`,
    )
  }
  // The studio (dev server only) must be loaded before the film's Theatre project is made, so
  // that it takes charge of the project's state (and of an empty one, for a new film).
  const studio =
    import.meta.env.DEV && !params.capture ? await import('./theatre/studio') : undefined
  const clock = new FilmClock({
    fps: params.fps,
    duration,
    mode: params.capture ? 'capture' : 'playback',
  })
  studio?.initStudio({ filmId: script.id, clock, sim })
  // The film's own chunks: its scenes, its Theatre state and its voice manifest.
  const [film, project] = await Promise.all([
    loadFilm(script.id),
    loadFilmProject(script),
    loadManifest(script.id),
  ])
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
  studio?.startStudio({ project, clock, spans })
  return { kind: 'film', film, films: filmMenu, project, clock, holds, spans, params, sim }
}

async function start(): Promise<AppProps> {
  try {
    return await setup()
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
  void start().then((props) =>
    root.render(
      <StrictMode>
        <App {...props} />
      </StrictMode>,
    ),
  )
}

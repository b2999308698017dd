import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, type AppProps } from './App'
import { createCaptureApi } from './capture/captureApi'
import { createAutomation, mapSpans } from './player/automation'
import { parseParams } from './player/params'
import './player/player.css'
import { DEFAULT_FILM, filmById } from './sequences'
import { bridgePlanOf } from './sequences/bridgePlan'
import { parseSimParams } from './sim'
import { createSimParamsStore } from './sim/paramsStore'
import { loadFilmProject } from './theatre/project'
import { FilmClock } from './timeline/clock'
import { chapterSpans, filmDuration, findChapter } from './timeline/filmTime'
import { FrameHolds } from './timeline/holds'
import { fillGlyphAtlas } from './world/glyphAtlas'

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
  // `ready` includes the move to the URL's start, so a seek made before then comes after it.
  window.cinematic = createAutomation(
    clock,
    film.script,
    spans,
    sim,
    mapSpans(bridgePlanOf(film), spans),
    start,
  )
  void window.cinematic.ready.then(() => {
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

let props: AppProps
try {
  props = setup()
} catch (e) {
  const message = e instanceof Error ? e.message : String(e)
  window.cinematicError = message
  console.error(message)
  props = { kind: 'error', title: 'This film cannot start', message }
}

// No text is mounted before every glyph has its fixed place in the atlas (see glyphAtlas.ts).
void (props.kind === 'film' ? fillGlyphAtlas() : Promise.resolve()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  ),
)

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
import { checkObjectKeys } from './theatre/objectKeys'
import { loadFilmProject, parseFilmState, stateTextOf } from './theatre/project'
import { stateFileOf, type TheatreState } from './theatre/stateSchema'
import { stagedKeys } from './world/stagedKeys'
import { FilmClock } from './timeline/clock'
import { chapterSpans, filmDuration, findChapter } from './timeline/filmTime'
import { FrameHolds } from './timeline/holds'
import { fillGlyphAtlas } from './world/glyphAtlas'

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
  const studied = import.meta.env.DEV && !params.capture
  const base = studied
    ? await (await import('./theatre/stateBase')).settleStudioCopy(script.id)
    : 'none'
  const studio = studied ? await import('./theatre/studio') : undefined
  const clock = new FilmClock({
    fps: params.fps,
    duration,
    mode: params.capture ? 'capture' : 'playback',
  })
  studio?.initStudio({ filmId: script.id, script, base, clock, sim })
  // The film's own chunks: its scenes, its Theatre state and its voice manifest.
  const [film, project] = await Promise.all([
    loadFilm(script.id),
    loadFilmProject(script),
    loadManifest(script.id),
  ])
  const holds = new FrameHolds()
  // `ready` includes the move to the URL's start, so a seek made before then comes after it.
  const maps = mapSpans(bridgePlanOf(film), spans)
  window.cinematic = createAutomation(clock, film.script, spans, sim, maps, start)
  const started = window.cinematic.ready.then(() => {
    if (params.autoplay) clock.play()
  })
  // Every chapter is mounted by the first frame: only now can the state's object keys be checked.
  void started.then(async () => {
    const state = parseFilmState(script, await stateTextOf(script.id), 'empty')
    if (state === undefined) return
    try {
      checkObjectKeys(
        state as TheatreState,
        (sheet) => stagedKeys.keys(sheet),
        stateFileOf(script.id),
      )
    } catch (e) {
      showError((e as Error).message)
    }
  })
  if (params.capture) window.cinematicCapture = createCaptureApi(clock)
  studio?.startStudio({ project, clock, spans, maps, started })
  return { kind: 'film', film, films: filmMenu, project, clock, holds, spans, params, sim }
}

/** The props of the error screen, recorded for automation and the console. */
function errorProps(message: string): AppProps {
  window.cinematicError = message
  console.error(message)
  return { kind: 'error', title: 'This film cannot start', message }
}

/** Replaces the film with the error screen (a problem found after the first frame). */
function showError(message: string): void {
  root.render(
    <StrictMode>
      <App {...errorProps(message)} />
    </StrictMode>,
  )
}

async function start(): Promise<AppProps> {
  try {
    return await setup()
  } catch (e) {
    return errorProps(e instanceof Error ? e.message : String(e))
  }
}

const root = createRoot(document.getElementById('root')!)
// No text is mounted before every glyph has its fixed place in the atlas (see glyphAtlas.ts);
// the film's chunks load meanwhile.
const atlas = fillGlyphAtlas()
// Presenter mode, a talk and the notes window have pages of their own.
void atlas.then(() => {
  if (startPresenting(window.location.search, root)) return
  void Promise.all([start(), atlas]).then(([props]) =>
    root.render(
      <StrictMode>
        <App {...props} />
      </StrictMode>,
    ),
  )
})

import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { DEFAULT_FILM } from '../sequences'
import { bridgePlanOf } from '../world/bridgePlan'
import type { FilmDefinition } from '../world/film'
import { chapterEdges, type DeckStop } from '../timeline/stops'
import { filmCatalog } from './catalog'
import { ErrorScreen } from './ErrorScreen'
import { NotesRoot } from './NotesRoot'
import { parseParams, type PlayerParams } from './params'
import { Presenter, type PresenterState } from './presenter'
import { newSession } from './presenterChannel'
import { PresenterRoot } from './PresenterRoot'
import { PresenterScreens } from './screens'
import { filmTalk, talkDeck } from './talk'
import { loadTalk } from './talks'
import './presenter.css'

/** What tests read of a presentation: where it is, its stops, and when it has started. */
export interface PresenterApi {
  readonly state: PresenterState
  stops: DeckStop[]
  /** Resolves once the first stop (or the title card) is on screen. */
  ready: Promise<void>
}

declare global {
  interface Window {
    cinematicPresenter?: PresenterApi
  }
}

/**
 * Presenting's pages: `?present=1` (a film, stop by stop), `?talk=<name>` (a talk from
 * talks/), and `?notes=1&session=…` (the speaker's notes window). Renders into `root` and
 * returns true when the URL asks for one of them; false leaves the page to the player.
 */
export function startPresenting(search: string, root: Root): boolean {
  let params: PlayerParams
  try {
    params = parseParams(search)
  } catch {
    return false // the player shows the parameter's message
  }
  if (params.notes) {
    if (!params.session) {
      showError(
        root,
        'The notes window has no presentation',
        "Open it with S in presenter mode (its address carries '?session=').",
      )
      return true
    }
    root.render(
      <StrictMode>
        <NotesRoot
          catalog={filmCatalog}
          session={params.session}
          fps={params.fps}
          search={search}
        />
      </StrictMode>,
    )
    return true
  }
  if (!params.present && params.talk === null) return false
  void present(params, search, root).catch((e: unknown) => {
    const message = e instanceof Error ? e.message : String(e)
    window.cinematicError = message
    console.error(message)
    showError(root, 'This talk cannot start', message)
  })
  return true
}

function showError(root: Root, title: string, message: string): void {
  root.render(<ErrorScreen title={title} message={message} />)
}

async function present(params: PlayerParams, search: string, root: Root): Promise<void> {
  const filmId = params.film ?? DEFAULT_FILM
  const talk = params.talk
    ? loadTalk(params.talk, filmCatalog)
    : filmTalk(
        filmCatalog.script(filmId) ??
          (() => {
            throw new Error(
              `URL parameter 'film=${filmId}' names no film; use one of: ${filmCatalog.filmIds().join(', ')}.`,
            )
          })(),
      )
  const ids = [...new Set(talk.chapters.map((c) => c.film))]
  const loaded = new Map<string, FilmDefinition>()
  for (const id of ids) loaded.set(id, await filmCatalog.load(id))
  const entries = talkDeck(talk, filmCatalog, (film, index) =>
    chapterEdges(bridgePlanOf(loaded.get(film)!), loaded.get(film)!.script.chapters.length, index),
  )
  const screens = new PresenterScreens(loaded, params.fps, search)
  const card = talk.titleCard
    ? {
        title: talk.titleCard.title,
        subtitle: talk.titleCard.subtitle ?? null,
        notes: talk.titleCard.notes ?? null,
      }
    : null
  const presenter = new Presenter(talk.title, entries, screens, card)
  const session = params.session ?? newSession()

  const notes = new URLSearchParams(search)
  for (const name of ['present', 'talk', 'chapter', 't', 'w', 'h', 'ui', 'autoplay'])
    notes.delete(name)
  notes.set('notes', '1')
  notes.set('session', session)

  const playerUrl = (): string => {
    const q = new URLSearchParams(search)
    for (const name of ['present', 'talk', 'session', 't']) q.delete(name)
    const current = presenter.stops[Math.max(presenter.state.index, 0)]!
    q.set('film', current.film)
    q.set('chapter', current.chapter)
    return `?${q.toString()}`
  }

  const start = params.chapter ? entries.findIndex((e) => e.chapter === params.chapter) : -1
  if (params.chapter && start < 0) {
    throw new Error(
      `URL parameter 'chapter=${params.chapter}' is not in this presentation; use one of: ${entries.map((e) => e.chapter).join(', ')}.`,
    )
  }
  const ready = start >= 0 ? presenter.chapter(start) : presenter.start()
  window.cinematicPresenter = {
    get state() {
      return presenter.state
    },
    stops: presenter.stops.map((s) => ({ ...s })),
    ready,
  }
  root.render(
    <StrictMode>
      <PresenterRoot
        presenter={presenter}
        screens={screens}
        session={session}
        notesUrl={`?${notes.toString()}`}
        playerUrl={playerUrl}
        size={
          params.width !== null && params.height !== null
            ? { width: params.width, height: params.height }
            : null
        }
      />
    </StrictMode>,
  )
}

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { filmCatalog } from './player/catalog'
import { EmbedPlayer } from './player/EmbedPlayer'
import { ErrorScreen } from './player/ErrorScreen'
import { createFilmSession } from './player/filmSession'
import { parseParams } from './player/params'
import './player/player.css'
import './player/presenter.css'
import { chapterSpans, findChapter } from './timeline/filmTime'

/**
 * embed.html?film=…&chapter=…: one chapter of one film for an iframe in a blog post or a slide
 * tool. It loads the registry's scripts and that film's chunk only.
 */
async function start(): Promise<void> {
  const search = window.location.search
  const params = parseParams(search)
  if (!params.film || !params.chapter) {
    throw new Error(
      "embed.html needs '?film=<id>&chapter=<id>'; films: " + filmCatalog.filmIds().join(', '),
    )
  }
  const script = filmCatalog.script(params.film)
  if (!script) {
    throw new Error(
      `URL parameter 'film=${params.film}' names no film; use one of: ${filmCatalog.filmIds().join(', ')}.`,
    )
  }
  const span = findChapter(chapterSpans(script.chapters), params.chapter)
  const session = await createFilmSession(await filmCatalog.load(params.film), params.fps, search)
  window.cinematic = session.automation
  void session.clock.ready().then(() => session.clock.seek(span.start + (params.t ?? 0)))
  root.render(
    <StrictMode>
      <EmbedPlayer session={session} chapter={span.id} captions={params.captions} />
    </StrictMode>,
  )
}

const root = createRoot(document.getElementById('root')!)
start().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e)
  window.cinematicError = message
  console.error(message)
  root.render(<ErrorScreen title="This chapter cannot be shown" message={message} />)
})

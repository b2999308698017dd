import { useEffect, useMemo, useState } from 'react'
import { formatClock } from '../timeline/frames'
import type { FilmCatalog } from './catalog'
import { keyIsForSomethingElse } from './keyTarget'
import { speakerNow } from '../timeline/speakerClock'
import { NotesThumbnail } from './NotesThumbnail'
import type { NotesSnapshot } from './presenter'
import { presenterChannel, type PresenterCommand, type PresenterMessage } from './presenterChannel'

export type NotesRootProps = {
  catalog: FilmCatalog
  session: string
  fps: number
  search: string
}

/** How often the elapsed time and the wall clock refresh. */
const CLOCK_TICK_MS = 1000

/** The speaker's keys in this window: the same as on the projected screen. */
const KEY_COMMANDS: Record<string, PresenterCommand> = {
  ' ': { type: 'next' },
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  Enter: { type: 'next' },
  n: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Backspace: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'blank' },
  B: { type: 'blank' },
  '.': { type: 'blank' },
  a: { type: 'audio' },
  A: { type: 'audio' },
}

/**
 * The speaker's window (S in presenter mode opens it, on the laptop's screen): the stop now
 * and its narration as notes, the chapter's and the talk's notes, the next stop's first line and
 * frame, elapsed time and the wall clock. It follows the projected window over a
 * BroadcastChannel and drives it: a click or a key here moves both.
 */
export function NotesRoot({ catalog, session, fps, search }: NotesRootProps) {
  const channel = useMemo(() => presenterChannel(session), [session])
  const [snapshot, setSnapshot] = useState<NotesSnapshot | null>(null)
  const [now, setNow] = useState(() => speakerNow())

  useEffect(() => {
    channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
      if (event.data.kind === 'state') setSnapshot(event.data.snapshot)
    }
    const hello: PresenterMessage = { kind: 'hello' }
    channel.postMessage(hello)
    return () => channel.close()
  }, [channel])

  useEffect(() => {
    const timer = setInterval(() => setNow(speakerNow()), CLOCK_TICK_MS)
    return () => clearInterval(timer)
  }, [])

  const send = useMemo(
    () =>
      (command: PresenterCommand): void => {
        const message: PresenterMessage = { kind: 'command', command }
        channel.postMessage(message)
      },
    [channel],
  )

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || keyIsForSomethingElse(e)) return
      const command = KEY_COMMANDS[e.key]
      if (!command) return
      send(command)
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [send])

  if (!snapshot) {
    return (
      <div className="notes" data-testid="notes">
        <p className="notes-waiting">
          Waiting for the presentation… (open it with S in presenter mode)
        </p>
      </div>
    )
  }

  const { current, next, titleCard } = snapshot
  const elapsed = snapshot.startedAt === null ? 0 : (now - snapshot.startedAt) / 1000
  const wall = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  const notes = current
    ? [current.entryNotes, current.chapterNotes].filter((n): n is string => !!n)
    : titleCard?.notes
      ? [titleCard.notes]
      : []

  return (
    <div className="notes" data-testid="notes" data-index={snapshot.index}>
      <header className="notes-bar">
        <span className="notes-counter" data-testid="notes-counter">
          {snapshot.index < 0 ? 'Title' : `Stop ${snapshot.index + 1}`} / {snapshot.count}
        </span>
        <span className="notes-title">{snapshot.title}</span>
        <span className="spacer" />
        {snapshot.moving && <span className="notes-flag">playing</span>}
        {snapshot.blank && <span className="notes-flag warn">screen blank</span>}
        <span className="notes-elapsed" data-testid="notes-elapsed">
          {formatClock(elapsed).replace(/\.\d$/, '')}
        </span>
        <span className="notes-wall" data-testid="notes-wall">
          {wall}
        </span>
      </header>
      <main className="notes-body">
        <section className="notes-now">
          <h2 data-testid="notes-where">
            {current
              ? `${current.chapterTitle} · ${current.filmTitle}`
              : (titleCard?.title ?? snapshot.title)}
          </h2>
          <ol className="notes-narration" data-testid="notes-narration">
            {(current?.narration ?? []).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
          {notes.map((n, i) => (
            <p key={i} className="notes-extra" data-testid="notes-extra">
              {n}
            </p>
          ))}
        </section>
        <aside className="notes-next">
          <h3>Next</h3>
          {next ? (
            <>
              <NotesThumbnail
                catalog={catalog}
                film={next.film}
                time={next.time}
                fps={fps}
                search={search}
              />
              <p className="notes-next-where">{next.chapterTitle}</p>
              <p className="notes-next-line" data-testid="notes-next-line">
                {next.narration[0] ?? '(no narration)'}
              </p>
            </>
          ) : (
            <p className="notes-next-line">End of the talk</p>
          )}
          <div className="notes-buttons">
            <button
              type="button"
              data-testid="notes-previous"
              onClick={() => send({ type: 'previous' })}
            >
              ◀ Back
            </button>
            <button type="button" data-testid="notes-next" onClick={() => send({ type: 'next' })}>
              Next ▶
            </button>
            <button
              type="button"
              data-testid="notes-blank"
              aria-pressed={snapshot.blank}
              onClick={() => send({ type: 'blank' })}
            >
              Blank
            </button>
            <button
              type="button"
              data-testid="notes-audio"
              aria-pressed={snapshot.audio}
              onClick={() => send({ type: 'audio' })}
            >
              {snapshot.audio ? 'Sound on' : 'Sound off'}
            </button>
          </div>
        </aside>
      </main>
    </div>
  )
}

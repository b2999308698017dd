import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { presenterChannel, type PresenterMessage } from './presenterChannel'
import type { Presenter } from './presenter'
import { PresenterScreen } from './PresenterScreen'
import type { PresenterScreens } from './screens'
import { TitleCard } from './TitleCard'
import { usePresenterKeys } from './usePresenterKeys'

export type PresenterRootProps = {
  presenter: Presenter
  screens: PresenterScreens
  /** The channel id the notes window joins. */
  session: string
  /** The notes window's address (same page, `?notes=1&session=…`). */
  notesUrl: string
  /** Where P leaves to: the player at the chapter on screen. */
  playerUrl(): string
  /** Fixed frame size (tests, stills), or null to fill the window at 16:9. */
  size: { width: number; height: number } | null
}

/** The film's frame is always 16:9; the window letterboxes it. */
const ASPECT = 16 / 9

/**
 * Presenter mode's projected screen: the frame and nothing else (no controls, no counter, no
 * clock: those are in the notes window), a title card before the first stop if the talk has one,
 * and black when blanked. It runs the presentation and tells the notes window every change.
 */
export function PresenterRoot({
  presenter,
  screens,
  session,
  notesUrl,
  playerUrl,
  size,
}: PresenterRootProps) {
  const root = useRef<HTMLDivElement>(null)
  useSyncExternalStore(screens.subscribe, screens.getVersion)
  const state = useSyncExternalStore(
    (cb) => presenter.subscribe(cb),
    () => presenter.state,
  )

  useEffect(() => {
    const channel = presenterChannel(session)
    const send = (): void => {
      const message: PresenterMessage = { kind: 'state', snapshot: presenter.snapshot() }
      channel.postMessage(message)
    }
    channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
      const message = event.data
      if (message.kind === 'hello') send()
      if (message.kind !== 'command') return
      const { command } = message
      if (command.type === 'next') void presenter.next()
      else if (command.type === 'previous') void presenter.previous()
      else if (command.type === 'first') void presenter.first()
      else if (command.type === 'last') void presenter.last()
      else if (command.type === 'goto') void presenter.goTo(command.index)
      else if (command.type === 'blank') presenter.toggleBlank()
      else if (command.type === 'audio') presenter.toggleAudio()
    }
    const unsubscribe = presenter.subscribe(send)
    send()
    return () => {
      unsubscribe()
      channel.close()
    }
  }, [presenter, session])

  const openNotes = useCallback(() => {
    window.open(notesUrl, `cinematic-notes-${session}`, 'popup=yes,width=1200,height=760')
  }, [notesUrl, session])
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void root.current?.requestFullscreen()
  }, [])
  const leave = useCallback(() => window.location.assign(playerUrl()), [playerUrl])
  const actions = useMemo(
    () => ({ openNotes, toggleFullscreen, leave }),
    [openNotes, toggleFullscreen, leave],
  )
  usePresenterKeys(presenter, actions)

  const frameStyle = size
    ? { width: size.width, height: size.height }
    : { width: `min(100vw, calc(100vh * ${ASPECT}))`, aspectRatio: `${ASPECT}` }
  const card = presenter.titleCard

  return (
    <div className="player presenter" ref={root} data-testid="presenter">
      <div className="frame" style={frameStyle} data-testid="frame">
        {screens.sessions.map((s) => (
          <div
            key={s.film.script.id}
            className="screen"
            data-film={s.film.script.id}
            style={{ visibility: s === screens.current ? 'visible' : 'hidden' }}
          >
            <PresenterScreen
              session={s}
              audio={state.audio && s === screens.current}
              pixelRatio={size ? 1 : undefined}
            />
          </div>
        ))}
        {card && state.index < 0 && <TitleCard title={card.title} subtitle={card.subtitle} />}
        {state.blank && <div className="blank" data-testid="blank" />}
      </div>
    </div>
  )
}

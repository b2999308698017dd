import type { NotesSnapshot } from './presenter'

/**
 * The presenter's main window and its notes window talk over a BroadcastChannel (same origin,
 * any window, any screen). The main window owns the presentation and sends its state on every
 * change; the notes window sends commands and asks for the state when it opens.
 */

export type PresenterCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'blank' }
  | { type: 'audio' }

export type PresenterMessage =
  | { kind: 'state'; snapshot: NotesSnapshot }
  | { kind: 'command'; command: PresenterCommand }
  | { kind: 'hello' }

/** The channel of one presentation: `session` keeps two presentations in one browser apart. */
export function presenterChannel(session: string): BroadcastChannel {
  return new BroadcastChannel(`cinematic-presenter:${session}`)
}

/** A new session id for a presentation's channel. */
export function newSession(): string {
  return crypto.randomUUID().slice(0, 8)
}

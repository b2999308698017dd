import type { FilmDefinition } from '../world/film'
import type { FilmClock } from '../timeline/clock'
import { createFilmSession, type FilmSession } from './filmSession'
import type { PresenterStage } from './presenter'

/**
 * The films a presentation has put on screen, and which one shows now. A film's canvas, once
 * made, stays mounted (hidden when another film shows), so returning to it in a talk is
 * instant and its clock keeps its place. `window.cinematic` follows the film on screen.
 */
export class PresenterScreens implements PresenterStage {
  private made: FilmSession[] = []
  private currentNow: FilmSession | null = null
  private listeners = new Set<() => void>()

  constructor(
    private readonly films: ReadonlyMap<string, FilmDefinition>,
    private readonly fps: number,
    private readonly search: string,
  ) {}

  get sessions(): readonly FilmSession[] {
    return this.made
  }

  get current(): FilmSession | null {
    return this.currentNow
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** A stable snapshot for React: changes whenever a film is made or shown. */
  version = 0
  getVersion = (): number => this.version

  private pending = new Map<string, Promise<FilmSession>>()

  /** Makes a film's session once, however many moves ask for it at the same time. */
  private making(film: string, definition: FilmDefinition): Promise<FilmSession> {
    let made = this.pending.get(film)
    if (!made) {
      made = createFilmSession(definition, this.fps, this.search).then((session) => {
        this.made = [...this.made, session]
        return session
      })
      this.pending.set(film, made)
    }
    return made
  }

  async show(film: string): Promise<FilmClock> {
    let session = this.made.find((s) => s.film.script.id === film)
    if (!session) {
      const definition = this.films.get(film)
      if (!definition) throw new Error(`The talk's film '${film}' was not loaded`)
      session = await this.making(film, definition)
    }
    if (this.currentNow !== session) {
      // The film on screen stops where it is; the one coming on holds until asked to play.
      this.currentNow?.clock.pause()
      this.currentNow = session
      window.cinematic = session.automation
      this.version++
      for (const l of this.listeners) l()
    }
    await session.clock.ready()
    return session.clock
  }
}

import type { FilmClock } from '../timeline/clock'
import { deckStops, legsToNext, type DeckStop } from '../timeline/stops'
import { speakerNow } from '../timeline/speakerClock'
import { linesBetween, type TalkDeckEntry } from './talk'

/**
 * Presenter mode's logic, apart from the page: where in the deck the speaker is, and how to get
 * to the next stop. Time stays the only input: stepping plays the film's own clock to the next
 * stop's film time and holds there; jumping seeks. The page provides the stage (which film is on
 * screen) and draws whatever the clock says.
 */

/** The page's side: puts a film on screen (loading it if needed) and hands back its clock. */
export interface PresenterStage {
  show(film: string): Promise<FilmClock>
}

export interface PresenterState {
  /** The stop held, or moved towards; −1 is the title card before the first. */
  index: number
  /** True while the film plays towards `index`. */
  moving: boolean
  /** The projected screen is black (B or .). */
  blank: boolean
  /** Narration audio on (off by default: the speaker talks). */
  audio: boolean
  /** Wall-clock milliseconds (Date.now) of the first step, for the speaker's elapsed time. */
  startedAt: number | null
}

/** What the notes window shows: everything it needs, sent over the channel as plain data. */
export interface NotesSnapshot extends PresenterState {
  title: string
  count: number
  titleCard: { title: string; subtitle: string | null; notes: string | null } | null
  current: StopNotes | null
  next: StopNotes | null
}

export interface StopNotes {
  index: number
  film: string
  filmTitle: string
  chapter: string
  chapterTitle: string
  beat: string
  /** Film seconds in its film. */
  time: number
  /** The narration on the way to this stop: what explains the picture held there. */
  narration: string[]
  chapterNotes: string | null
  entryNotes: string | null
}

type Listener = (state: PresenterState) => void

export class Presenter {
  readonly stops: readonly DeckStop[]
  private stateNow: PresenterState
  private listeners = new Set<Listener>()
  /** Bumped by every move; a move that finds it changed stops where it is. */
  private generation = 0

  constructor(
    readonly title: string,
    readonly entries: readonly TalkDeckEntry[],
    private readonly stage: PresenterStage,
    readonly titleCard: NotesSnapshot['titleCard'] = null,
    private readonly now: () => number = () => speakerNow(),
  ) {
    this.stops = deckStops(entries)
    if (this.stops.length === 0) throw new Error(`Talk '${title}' has no stops to present`)
    this.stateNow = {
      index: titleCard ? -1 : 0,
      moving: false,
      blank: false,
      audio: false,
      startedAt: null,
    }
  }

  get state(): PresenterState {
    return this.stateNow
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Shows where the deck begins: the title card's first frame behind it, or the first stop. */
  async start(): Promise<void> {
    if (this.stateNow.index < 0) {
      const [leg] = legsToNext(this.entries, -1)
      const clock = await this.stage.show(leg!.film)
      await clock.seek(leg!.from)
    } else {
      await this.goTo(0)
    }
  }

  /**
   * The clicker's "next": plays to the next stop and holds there. Pressed while moving, it
   * lands on the stop it was moving to at once (a speaker who clicks twice wants to be there).
   */
  async next(): Promise<void> {
    const { index, moving } = this.stateNow
    if (moving) return this.goTo(index)
    if (index >= this.stops.length - 1) return
    const legs = legsToNext(this.entries, index)
    const generation = ++this.generation
    this.set({
      index: index + 1,
      moving: true,
      startedAt: this.stateNow.startedAt ?? this.now(),
    })
    for (const leg of legs) {
      const clock = await this.stage.show(leg.film)
      if (generation !== this.generation) return
      if (Math.abs(clock.time - leg.from) > 1e-9) await clock.seek(leg.from)
      if (generation !== this.generation) return
      const reached = await clock.playTo(leg.to)
      if (!reached || generation !== this.generation) return
    }
    this.set({ moving: false })
  }

  /** Back one stop, jumping there (the motion is not played backwards). */
  async previous(): Promise<void> {
    // While moving towards a stop, the one before it is the one just left.
    await this.goTo(this.stateNow.index - 1)
  }

  /** Jumps to stop `index` and holds (clamped to the deck; −1 is the title card if any). */
  async goTo(index: number): Promise<void> {
    const lowest = this.titleCard ? -1 : 0
    const target = Math.min(Math.max(index, lowest), this.stops.length - 1)
    const generation = ++this.generation
    this.set({ index: target, moving: true })
    if (target < 0) {
      await this.start()
    } else {
      const stop = this.stops[target]!
      const clock = await this.stage.show(stop.film)
      if (generation !== this.generation) return
      await clock.seek(stop.time)
    }
    if (generation === this.generation) this.set({ moving: false })
  }

  first(): Promise<void> {
    return this.goTo(this.titleCard ? -1 : 0)
  }

  last(): Promise<void> {
    return this.goTo(this.stops.length - 1)
  }

  /** Jumps to the first stop of entry `entry` (0 is the first chapter of the talk). */
  async chapter(entry: number): Promise<void> {
    const stop = this.stops.find((s) => s.entry === entry)
    if (stop) await this.goTo(stop.index)
  }

  toggleBlank(): void {
    this.set({ blank: !this.stateNow.blank })
  }

  toggleAudio(): void {
    this.set({ audio: !this.stateNow.audio })
  }

  /**
   * The stop's notes: where it is, the notes that go with it, and its narration: the lines the
   * film speaks on the way to it (from the stop before), which explain the picture held there.
   */
  notesOf(index: number): StopNotes | null {
    const stop = this.stops[index]
    if (!stop) return null
    const entry = this.entries[stop.entry]!
    const narration: string[] = []
    for (const leg of legsToNext(this.entries, index - 1)) {
      const e = this.entries[leg.entry]!
      narration.push(
        ...linesBetween(e.narration, leg.from - e.chapterStart, leg.to - e.chapterStart),
      )
    }
    return {
      index,
      film: stop.film,
      filmTitle: entry.filmTitle,
      chapter: stop.chapter,
      chapterTitle: entry.chapterTitle,
      beat: stop.beat,
      time: stop.time,
      narration,
      chapterNotes: entry.chapterNotes,
      entryNotes: entry.entryNotes,
    }
  }

  snapshot(): NotesSnapshot {
    const state = this.stateNow
    return {
      ...state,
      title: this.title,
      count: this.stops.length,
      titleCard: this.titleCard,
      current: this.notesOf(state.index),
      next: this.notesOf(state.index + 1),
    }
  }

  private set(change: Partial<PresenterState>): void {
    this.stateNow = { ...this.stateNow, ...change }
    for (const l of this.listeners) l(this.stateNow)
  }
}

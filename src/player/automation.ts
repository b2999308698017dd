import { capturedRenderer } from '../capture/rendererRegistry'
import type { SimParams, SimParamsInput } from '../sim'
import type { SimParamsStore } from '../sim/paramsStore'
import type { BridgePlan } from '../timeline/bridge'
import type { FilmClock } from '../timeline/clock'
import type { ChapterSpan } from '../timeline/filmTime'
import { chapterEdges, chapterStops, type StopSource } from '../timeline/stops'
import { lastDrawn } from '../world/drawnScene'
import { MAP_SHEET, stagedKeys } from '../world/stagedKeys'
import { staleBounds, type StaleBounds } from './boundsProbe'
import { stagedObjectBox, unstagedDrawables, type UnstagedDrawable } from './objectProbe'
import { textBoxes, textSizes, type ScreenBox, type TextBox, type TextOnScreen } from './textProbe'

/**
 * The page's automation API, for tests and the export: everything a script needs to drive the
 * film frame by frame.
 */
export interface CinematicApi {
  film: string
  title: string
  fps: number
  /** Film length in seconds. */
  duration: number
  chapters: ChapterSpan[]
  /**
   * Where the film shows its architecture map (the end of each chapter that builds something),
   * in film seconds: the look begins at `start` and the next chapter at `end`. Empty for a film
   * without a map.
   */
  maps: MapSpan[]
  /**
   * Where presenter mode holds, in film order: each chapter's stops (see src/timeline/stops.ts)
   * in film seconds. Stills are drawn at these times.
   */
  stops: FilmStop[]
  /**
   * Resolves once the first frame is drawn (fonts and text laid out), at the start the URL asks
   * for (`t`, `chapter`).
   */
  ready: Promise<void>
  /**
   * Moves to the frame holding `seconds`; resolves when that exact frame is on the canvas.
   * Called before `ready`, it waits for it, so it is never undone by the page's own start.
   */
  seek(seconds: number): Promise<void>
  play(): void
  pause(): void
  readonly time: number
  readonly frame: number
  readonly playing: boolean
  /** Draw calls of the last frame drawn (three's renderer.info), for the draw-call budget. */
  readonly drawCalls: number
  /**
   * What the renderer holds on the GPU now (three's renderer.info): geometries and textures
   * uploaded and not disposed, and shader programs compiled. For checking that a film going
   * through its chapters again does not keep taking more.
   */
  readonly resources: GpuResources
  /**
   * The text of the frame on screen, smallest first, each with its font size in pixels of a
   * 1080p frame (labels should be ≥ 36, titles ≥ 72): for checking that a film stays readable.
   */
  textSizes(): TextOnScreen[]
  /**
   * Every readable text of the frame on screen, in the order the scene holds them, each with
   * the box its glyphs cover and its font size, in pixels of a 1080p frame, and how much
   * perspective skews it. Texts under a closing veil are left out. For checking that nothing
   * overlaps and nothing leaves the frame.
   */
  texts(): TextBox[]
  /** The simulation's parameters now (seed, load, cache, eviction, split, lb). */
  readonly sim: SimParams
  /**
   * Changes simulation parameters, as `?sim.*` would; resolves when the current frame is drawn
   * again with them. Rejects, changing nothing, with a message naming an invalid parameter.
   */
  setSim(changes: Partial<SimParamsInput>): Promise<void>
  /**
   * The Theatre object keys mounted on a chapter's sheet (or 'map', the architecture map's),
   * sorted: what the studio's outline lists and saved keyframes may address. Throws for a sheet
   * the film does not have.
   */
  objects(sheetId: string): string[]
  /**
   * Where the staged object `key` of a sheet is drawn in the frame on screen: the box (pixels of
   * a 1080p frame) around everything below it, or null when it draws nothing (another chapter,
   * before its entrance, or a presence of 0). For checking what a studio edit moved or hid.
   */
  objectBox(sheetId: string, key: string): ScreenBox | null
  /**
   * What the frame on screen draws that no staged object owns, each with the chapter holding
   * it (null: a layer outside every chapter, such as the ground or the transition veil). For
   * checking that everything a chapter shows can be selected and keyframed in the studio.
   */
  unstaged(): UnstagedDrawable[]
  /**
   * The drawn objects whose bounds, by which three sorts them, are left from an earlier frame:
   * for checking that a frame is drawn the same whatever frames came before it.
   */
  staleBounds(): StaleBounds[]
}

export interface GpuResources {
  geometries: number
  textures: number
  programs: number
}

export interface FilmStop {
  chapter: string
  beat: string
  /** Film seconds. */
  time: number
}

/** Every stop of a film, from its chapters' scripts and where its map looks close chapters. */
export function filmStops(
  chapters: readonly StopSource[],
  spans: readonly ChapterSpan[],
  maps: readonly MapSpan[],
): FilmStop[] {
  const mapped = new Map(maps.map((m) => [m.after, m.end - m.start]))
  return chapters.flatMap((chapter, i) => {
    const span = spans[i]!
    const edges = chapterEdges(null, chapters.length, i)
    const closing = mapped.get(span.id) ?? edges.closing
    return chapterStops(chapter, { ...edges, closing }).map((s) => ({
      chapter: span.id,
      beat: s.beat,
      time: span.start + s.local,
    }))
  })
}

export interface MapSpan {
  /** The chapter whose end shows the map. */
  after: string
  start: number
  end: number
}

/** The film-time windows of a film's map looks, from its bridge plan and chapter spans. */
export function mapSpans(plan: BridgePlan | null, spans: readonly ChapterSpan[]): MapSpan[] {
  if (!plan) return []
  return spans
    .filter((_, i) => plan.after[i])
    .map((s) => ({ after: s.id, start: s.end - plan.seconds, end: s.end }))
}

declare global {
  interface Window {
    cinematic?: CinematicApi
    /** Set instead of `cinematic` when the player cannot start; the message says why. */
    cinematicError?: string
  }
}

export function createAutomation(
  clock: FilmClock,
  film: { id: string; title: string; chapters: readonly StopSource[] },
  spans: ChapterSpan[],
  sim: SimParamsStore,
  maps: MapSpan[] = [],
  start = 0,
): CinematicApi {
  const ready = clock.ready().then(() => clock.seek(start))
  const checkSheet = (sheetId: string): void => {
    if (sheetId !== MAP_SHEET && !spans.some((s) => s.id === sheetId)) {
      throw new Error(
        `No sheet '${sheetId}' in film '${film.id}'; its sheets: ${[...spans.map((s) => s.id), MAP_SHEET].join(', ')}`,
      )
    }
  }
  return {
    film: film.id,
    title: film.title,
    fps: clock.fps,
    duration: clock.duration,
    chapters: spans.map((s) => ({ ...s })),
    maps: maps.map((m) => ({ ...m })),
    stops: filmStops(film.chapters, spans, maps),
    ready,
    seek: async (seconds) => {
      await ready
      await clock.seek(seconds)
    },
    play: () => clock.play(),
    pause: () => clock.pause(),
    get time() {
      return clock.time
    },
    get frame() {
      return clock.frame
    },
    get playing() {
      return clock.playing
    },
    get drawCalls() {
      return capturedRenderer().info.render.calls
    },
    get resources() {
      const { memory, programs } = capturedRenderer().info
      return {
        geometries: memory.geometries,
        textures: memory.textures,
        programs: programs?.length ?? 0,
      }
    },
    textSizes() {
      const drawn = lastDrawn()
      return drawn ? textSizes(drawn.scene, drawn.camera) : []
    },
    texts() {
      const drawn = lastDrawn()
      return drawn ? textBoxes(drawn.scene, drawn.camera) : []
    },
    get sim() {
      return sim.get()
    },
    async setSim(changes) {
      sim.set(changes)
      // Let React commit the chapters' new models before the frame is drawn again.
      await new Promise((resolve) => setTimeout(resolve, 0))
      await clock.requestDraw()
    },
    objects(sheetId) {
      checkSheet(sheetId)
      return stagedKeys.keys(sheetId)
    },
    objectBox(sheetId, key) {
      checkSheet(sheetId)
      const drawn = lastDrawn()
      return drawn ? stagedObjectBox(drawn.scene, drawn.camera, sheetId, key) : null
    },
    unstaged() {
      const drawn = lastDrawn()
      return drawn ? unstagedDrawables(drawn.scene) : []
    },
    staleBounds() {
      const drawn = lastDrawn()
      return drawn ? staleBounds(drawn.scene) : []
    },
  }
}

/**
 * The Theatre studio and its r3f extension, for the dev server only: main.tsx imports this
 * module dynamically under `import.meta.env.DEV`, so production builds and captures hold none of
 * it. Adds a "Save to state/" button (and Ctrl/Cmd+S) that writes the project's keyframes back
 * to `state/<film>.theatre.json` through the dev server, which validates before it writes, and a
 * "Simulation" pane for the `?sim.*` parameters.
 */
import { getProject, onChange, type IProject } from '@theatre/core'
import extensionModule from '@theatre/r3f/dist/extension'
import studioModule from '@theatre/studio'
import { attachChapterNarration } from '../audio/studioNarration'
import type { SimParamsStore } from '../sim/paramsStore'
import type { FilmClock } from '../timeline/clock'
import type { MapSpan } from '../player/automation'
import { BRIDGE_MAP_STEP, mapShowing } from '../timeline/bridge'
import type { ChapterSpan } from '../timeline/filmTime'
import { MAP_SHEET } from '../world/stagedKeys'
import { mountSimPane, SIM_ICON, SIM_PANE_CLASS } from './simPane'
import type { FilmScript } from '../script/types'
import { parseFilmState } from './project'
import { baseKey } from './stateBase'
import { stateFileOf } from './stateSchema'

/**
 * Both packages ship CommonJS; depending on how the dev server pre-bundles them, the default
 * import is either the export itself or a namespace holding it under `default`.
 */
function interopDefault<T>(m: T): T {
  const inner = (m as { default?: T }).default
  return inner !== undefined && (m as { __esModule?: boolean }).__esModule !== false ? inner : m
}

const studio = interopDefault(studioModule)
const extension = interopDefault(extensionModule)

/** Where the dev server accepts state files (see scripts/dev/stateSavePlugin.ts). */
export const SAVE_ENDPOINT = '/__cinematic/state'

const SAVE_ICON =
  '<svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5"><path d="M3 2h8l2 2v10H3z"/><path d="M5 2v4h6V2M5 14v-4h6v4"/></svg>'

/** Mirrors scripts/dev/stateSavePlugin.ts (which is Node code and cannot be imported here). */
const STATE_BASE_HEADER = 'x-cinematic-state-base'
const STATE_CHANGED_EVENT = 'cinematic:state-changed'

/** The fingerprint of the state file a save is based on: the loaded file, then each save. */
let stateBase: string | undefined

export interface StudioSetup {
  /** The film whose project the studio edits (made right after, by getProject). */
  filmId: string
  /** The film's script, for checking a state file changed on disk. */
  script: FilmScript
  /** The fingerprint of the state file the page loaded (settleStudioCopy). */
  base: string
  clock: FilmClock
  sim: SimParamsStore
}

export interface StudioOptions {
  project: IProject
  clock: FilmClock
  spans: readonly ChapterSpan[]
  /** Where the film shows its map, for scrubbing the map's sheet. */
  maps: readonly MapSpan[]
  /**
   * Resolves once the player has drawn its first frame at `?t=`: sequence positions that change
   * before it are the studio restoring its last session, not a scrub.
   */
  started: Promise<void>
}

function toast(text: string, ok: boolean): void {
  const el = document.createElement('div')
  el.className = `studio-toast ${ok ? 'ok' : 'bad'}`
  el.textContent = text
  document.body.appendChild(el)
  // A message the animator must read when saving fails stays until clicked.
  if (ok) setTimeout(() => el.remove(), 2500)
  else el.addEventListener('click', () => el.remove())
}

/** Sends the studio's copy of the project to the dev server, which validates and writes it. */
export async function saveState(project: IProject): Promise<void> {
  const id = project.address.projectId
  const body = JSON.stringify(studio.createContentOfSaveFile(id))
  try {
    const res = await fetch(`${SAVE_ENDPOINT}/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(stateBase === undefined ? {} : { [STATE_BASE_HEADER]: stateBase }),
      },
      body,
    })
    const reply = (await res.json()) as {
      ok?: boolean
      file?: string
      error?: string
      base?: string
    }
    if (!res.ok || !reply.ok) throw new Error(reply.error ?? `HTTP ${res.status}`)
    if (reply.base) {
      stateBase = reply.base
      localStorage.setItem(baseKey(id), reply.base)
    }
    toast(`Saved ${reply.file ?? stateFileOf(id)}`, true)
  } catch (e) {
    toast(`Not saved: ${(e as Error).message}`, false)
    console.error(e)
  }
}

/** The studio asks this address for newer versions; the project pins 0.7.2 and runs offline. */
const STUDIO_UPDATE_CHECK = 'https://updates.theatrejs.com/'

/**
 * Answers the studio's update check locally ("no updates"), so the dev server makes no request
 * outside the machine and logs no network error.
 */
function answerUpdateCheckLocally(): void {
  const fetchOriginal = window.fetch.bind(window)
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (url.startsWith(STUDIO_UPDATE_CHECK)) {
      return Promise.resolve(
        new Response(JSON.stringify({ hasUpdates: false }), {
          headers: { 'content-type': 'application/json' },
        }),
      )
    }
    return fetchOriginal(input, init)
  }
}

/**
 * Keeps the studio on the file on disk (see settleStudioCopy for a change while no page was
 * open). While the page is open, a change on
 * disk reloads the page at the same moment, or, if the new file is broken, says what the loader
 * says about it.
 */
function followStateFile(script: FilmScript, clock: FilmClock, base: string): void {
  const id = script.id
  stateBase = base
  import.meta.hot?.on(
    STATE_CHANGED_EVENT,
    (data: { film: string; text: string | undefined; base: string }) => {
      if (data.film !== id) return
      try {
        parseFilmState(script, data.text)
      } catch (e) {
        toast(`${(e as Error).message}`, false)
        return
      }
      toast(`${stateFileOf(id)} changed on disk; reloading it`, true)
      studio.__experimental.__experimental_clearPersistentStorage()
      localStorage.setItem(baseKey(id), data.base)
      const url = new URL(window.location.href)
      url.searchParams.delete('chapter')
      url.searchParams.set('t', clock.time.toFixed(3))
      window.location.replace(url)
    },
  )
}

/**
 * Starts the studio, before the film's Theatre project exists: the studio must be initialised
 * first to take charge of the project's state (and of an empty one, for a new film).
 */
export function initStudio({ filmId, script, base, clock, sim }: StudioSetup): void {
  // The project is made after this; the toolbar asks for it when clicked.
  const project = () => getProject(filmId)
  answerUpdateCheckLocally()
  followStateFile(script, clock, base)
  studio.extend(extension)
  studio.extend({
    id: 'scaling-cinematic-save',
    toolbars: {
      global(set) {
        set([
          {
            type: 'Icon',
            title: `Save keyframes to ${stateFileOf(filmId)} (Ctrl+S)`,
            svgSource: SAVE_ICON,
            onClick: () => void saveState(project()),
          },
          {
            type: 'Icon',
            title: 'Simulation parameters (seed, load, cache, eviction, split, balancing)',
            svgSource: SIM_ICON,
            onClick: () => void studio.createPane(SIM_PANE_CLASS),
          },
        ])
        return () => {}
      },
    },
    panes: [{ class: SIM_PANE_CLASS, mount: ({ node }) => mountSimPane(node, sim) }],
  })
  studio.initialize({ __experimental_rafDriver: clock.rafDriver })
  // The player's controls make room for the studio's panels (player.css).
  document.body.classList.add('studio-open')
  clock.setIdleTicking(true)
}

/** Ties the studio to the film's project: save on Ctrl/Cmd+S, narration, scrubbing. */
export function startStudio({ project, clock, spans, maps, started }: StudioOptions): void {
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') {
      e.preventDefault()
      void saveState(project)
    }
  })

  // Each chapter's sequence carries its narration, so the animator hears what keyframes match.
  void attachChapterNarration(project)

  // Scrubbing a chapter's sequence in the studio moves the film's playhead there. Until the
  // player stands at `?t=`, position changes are the studio restoring its last session's
  // playheads (which would jump to the last chapter), not a scrub.
  let following = false
  void started.then(() => {
    following = true
  })
  const follow = (sheetId: string, filmTime: (position: number) => number | null): void => {
    onChange(
      project.sheet(sheetId).sequence.pointer.position,
      (position) => {
        if (clock.playing || !following) return
        const target = filmTime(position)
        if (target === null) return
        if (Math.abs(target - clock.frameTime) > 0.5 / clock.fps) void clock.seek(target)
      },
      clock.rafDriver,
    )
  }
  spans.forEach((span) => follow(span.id, (position) => span.start + position))
  // The map's sequence runs in map seconds: a scrub inside a bridge moves the film there.
  if (maps.length > 0) follow(MAP_SHEET, (position) => filmTimeOfMapSecond(spans, maps, position))
}

/**
 * The film time at which map second `m` is drawn, or null if no bridge draws it. The player
 * rests the map's sequence at 0 while no map is drawn; that is no scrub, and is not followed.
 */
function filmTimeOfMapSecond(
  spans: readonly ChapterSpan[],
  maps: readonly MapSpan[],
  m: number,
): number | null {
  const index = Math.floor(m / BRIDGE_MAP_STEP)
  const map = maps.find((x) => x.after === spans[index]?.id)
  const s = m - index * BRIDGE_MAP_STEP
  return map && mapShowing(s) && s < map.end - map.start ? map.start + s : null
}

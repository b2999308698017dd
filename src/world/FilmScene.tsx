import { useThree } from '@react-three/fiber'
import type { IProject, ISheet } from '@theatre/core'
import { SheetProvider } from '@theatre/r3f'
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { FilmClock } from '../timeline/clock'
import { chapterKickers } from '../script/types'
import { ChapterTimeProvider, DrawnFrameContext, type DrawnFrame } from '../timeline/ChapterTime'
import { mapSecondAt } from '../timeline/bridge'
import { chapterSpans, locate } from '../timeline/filmTime'
import type { FrameHolds } from '../timeline/holds'
import { HoldsContext } from '../timeline/HoldsContext'
import { Stage } from './Stage'
import { MapLayer } from './MapLayer'
import { TransitionVeil } from './TransitionVeil'
import { recordDrawn } from './drawnScene'
import { stillWhileHidden } from './stillWhileHidden'
import { bridgePlanOf } from './bridgePlan'
import { MAP_SHEET } from './stagedKeys'
import type { SimParams } from '../sim'
import { SimParamsContext } from './SimContext'
import type { FilmDefinition } from './film'

/** A frame redraws at most this often while waiting for text layout, before giving up loudly. */
const MAX_SETTLE_PASSES = 8

export type FilmSceneProps = {
  film: FilmDefinition
  project: IProject
  clock: FilmClock
  holds: FrameHolds
  sim: SimParams
}

/**
 * Mounts every chapter of a film (each under its own Theatre sheet) and draws the frame for a
 * film time: it picks the chapter, sets that sheet's sequence position (and the map's), ticks
 * Theatre, waits for pending text layout, and renders. This is the clock's only way to put
 * pixels on screen.
 *
 * Memoized: the player re-renders on every frame (its controls show the playhead), and r3f hands
 * that render on into the canvas. Unmemoized, every chapter's scene rendered again on every
 * frame (the first film's 80 arrows, 80 times a frame), though nothing a scene renders depends
 * on the time: per-frame work runs in useChapterFrame. Now a scene renders when the chapter on
 * screen changes or the simulation's parameters do.
 */
export const FilmScene = memo(function FilmScene({
  film,
  project,
  clock,
  holds,
  sim,
}: FilmSceneProps) {
  const spans = useMemo(() => chapterSpans(film.script.chapters), [film])
  const sheets = useMemo(() => film.chapters.map((c) => project.sheet(c.id)), [film, project])
  const mapSheet = useMemo(() => project.sheet(MAP_SHEET), [project])
  const durations = useMemo(() => film.script.chapters.map((c) => c.duration), [film])
  const kickers = useMemo(() => chapterKickers(film.script), [film])
  const chapterIds = useMemo(() => film.chapters.map((c) => c.id), [film])
  const bridges = useMemo(() => bridgePlanOf(film), [film])
  const [active, setActive] = useState(0)
  const activeRef = useRef(0)
  const committed = useRef<(() => void) | null>(null)
  const drawn = useRef<DrawnFrame>({ time: 0, index: 0, local: 0 })
  const advance = useThree((s) => s.advance)
  const get = useThree((s) => s.get)
  const size = useThree((s) => s.size)

  // What each sheet's sequence was last set to (as Theatre reads it back, clamped to its length).
  const written = useRef(new Map<ISheet, number>())
  /**
   * Sets a sheet's sequence position for the frame, unless something else (a scrub in the studio)
   * has moved it since the last frame: then it is left for this frame's tick, where the studio
   * follows the scrub to its film time, and set again from the next frame on. Overwritten at once,
   * the scrub would be gone before Theatre ticked. Without a studio nothing else moves a sequence,
   * so every frame sets every position.
   */
  const setPosition = (sheet: ISheet, position: number): void => {
    const last = written.current.get(sheet)
    if (last !== undefined && sheet.sequence.position !== last) {
      written.current.set(sheet, sheet.sequence.position)
      return
    }
    sheet.sequence.position = position
    written.current.set(sheet, sheet.sequence.position)
  }

  useLayoutEffect(() => {
    activeRef.current = active
    committed.current?.()
    committed.current = null
  }, [active])

  useEffect(() => {
    const draw = async (t: number): Promise<void> => {
      const { index, local } = locate(spans, t)
      if (index !== activeRef.current) {
        // Switching cameras goes through React; wait for that commit before drawing.
        await new Promise<void>((resolve) => {
          committed.current = resolve
          setActive(index)
        })
      }
      drawn.current = { time: t, index, local }
      setPosition(sheets[index]!, local)
      // The map's sheet plays in map seconds, so keyframes on its pieces play at every bridge
      // as a chapter's do; while no map is drawn it rests at its start.
      if (bridges) setPosition(mapSheet, mapSecondAt(bridges, durations, index, local) ?? 0)
      // Theatre's values (camera keyframes) flush on this tick; timestamps are film time.
      clock.rafDriver.tick(t * 1000)
      for (let pass = 0; ; pass++) {
        await holds.settled()
        // What r3f draws unless a layer draws the frame itself (and records what it drew).
        const { scene, camera } = get()
        recordDrawn(scene, camera)
        advance(t * 1000)
        if (holds.pending === 0) break
        if (pass >= MAX_SETTLE_PASSES) {
          throw new Error(`Frame at ${t.toFixed(3)} s still waits on ${holds.pending} text layouts`)
        }
      }
    }
    return clock.attachRenderer(draw)
  }, [advance, bridges, clock, durations, get, holds, mapSheet, sheets, spans])

  // A resized canvas, or new simulation parameters, need the same frame drawn again.
  useEffect(() => {
    void clock.requestDraw()
  }, [clock, size, sim])

  return (
    <SimParamsContext.Provider value={sim}>
      <HoldsContext.Provider value={holds}>
        <DrawnFrameContext.Provider value={drawn}>
          <Stage />
          {film.chapters.map(({ id, Scene }, i) => (
            <SheetProvider key={id} sheet={sheets[i]!}>
              <ChapterTimeProvider index={i} duration={durations[i]!} kicker={kickers[i]}>
                {/* Tagged with its chapter, for the automation API's list of what is unstaged. */}
                <group ref={stillWhileHidden} visible={i === active} userData={{ chapter: id }}>
                  <Scene active={i === active} />
                </group>
              </ChapterTimeProvider>
            </SheetProvider>
          ))}
          <TransitionVeil durations={durations} bridges={bridges} />
          {film.map && bridges && (
            <MapLayer
              map={film.map}
              chapters={chapterIds}
              plan={bridges}
              durations={durations}
              sheet={mapSheet}
            />
          )}
        </DrawnFrameContext.Provider>
      </HoldsContext.Provider>
    </SimParamsContext.Provider>
  )
})

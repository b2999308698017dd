import { describe, expect, it } from 'vitest'
import { mapSpans } from '../../src/player/automation'
import {
  BRIDGE_FADE_SECONDS,
  BRIDGE_MAP_STEP,
  CUT_HALF_SECONDS,
  bridgeLocal,
  chapterVeil,
  mapSeconds,
  mapShowing,
  mapVeil,
  type BridgePlan,
} from '../../src/timeline/bridge'

/** Three chapters; only the middle one ends on the map. */
const durations = [10, 20, 30]
const plan: BridgePlan = { seconds: 3, after: [false, true, false] }

describe('bridges between chapters', () => {
  it('a bridge takes the last seconds of its own chapter only', () => {
    expect(bridgeLocal(plan, durations, 1, 16.9)).toBeNull()
    expect(bridgeLocal(plan, durations, 1, 17)).toBe(0)
    expect(bridgeLocal(plan, durations, 1, 19.5)).toBeCloseTo(2.5)
    expect(bridgeLocal(plan, durations, 0, 9.9)).toBeNull()
    expect(bridgeLocal(plan, durations, 2, 29.9)).toBeNull()
    expect(bridgeLocal(null, durations, 1, 19.5)).toBeNull()
  })

  it('the map is drawn once the chapter has dipped to the background', () => {
    expect(mapShowing(null)).toBe(false)
    expect(mapShowing(BRIDGE_FADE_SECONDS / 2)).toBe(false)
    expect(mapShowing(BRIDGE_FADE_SECONDS)).toBe(true)
    // The chapter is fully covered by the time the map replaces it: no frame jumps.
    expect(chapterVeil(plan, durations, 1, 17 + BRIDGE_FADE_SECONDS)).toBe(1)
    expect(chapterVeil(plan, durations, 1, 17 + BRIDGE_FADE_SECONDS / 2)).toBeCloseTo(0.5)
    expect(chapterVeil(plan, durations, 1, 16.9)).toBe(0)
  })

  it('the map rises from the background, stays clear, and dips again at the cut', () => {
    expect(mapVeil(plan, BRIDGE_FADE_SECONDS)).toBe(1)
    expect(mapVeil(plan, 2 * BRIDGE_FADE_SECONDS)).toBe(0)
    expect(mapVeil(plan, plan.seconds - BRIDGE_FADE_SECONDS)).toBe(0)
    expect(mapVeil(plan, plan.seconds)).toBe(1)
  })

  it('plain cuts fade out and in over half a second each; the film starts and ends unveiled', () => {
    expect(chapterVeil(plan, durations, 0, 0)).toBe(0)
    expect(chapterVeil(plan, durations, 0, 5)).toBe(0)
    expect(chapterVeil(plan, durations, 0, 10 - CUT_HALF_SECONDS / 2)).toBeCloseTo(0.5)
    expect(chapterVeil(plan, durations, 0, 10)).toBe(1)
    expect(chapterVeil(plan, durations, 1, 0)).toBe(1)
    expect(chapterVeil(plan, durations, 1, CUT_HALF_SECONDS)).toBe(0)
    expect(chapterVeil(plan, durations, 2, 30)).toBe(0)
    expect(chapterVeil(null, durations, 1, 20)).toBe(1)
  })

  it("each chapter's bridge has map seconds of its own, after every earlier chapter's", () => {
    for (let i = 0; i < 20; i++) {
      expect(mapSeconds(i, 0)).toBe(i * BRIDGE_MAP_STEP)
      expect(mapSeconds(i, BRIDGE_MAP_STEP - 0.001)).toBeLessThan(mapSeconds(i + 1, 0))
    }
  })

  it("lists the film-time windows of the map's looks for scripts (window.cinematic.maps)", () => {
    const spans = [
      { id: 'a', title: 'A', start: 0, end: 10 },
      { id: 'b', title: 'B', start: 10, end: 30 },
      { id: 'c', title: 'C', start: 30, end: 60 },
    ]
    expect(mapSpans(plan, spans)).toEqual([{ after: 'b', start: 27, end: 30 }])
    expect(mapSpans(null, spans)).toEqual([])
  })
})

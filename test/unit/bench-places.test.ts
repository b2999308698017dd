import { describe, expect, it } from 'vitest'
import { benchPlaces, DEFAULT_PLACES } from '../../scripts/lib/render/benchPlaces'
import { RenderError } from '../../scripts/lib/render/plan'

/** A 20-minute film at 60 fps. */
const plan = { fps: 60, endFrame: 72_000 }

describe('bench places', () => {
  it('centres its frames on the middles of the film’s quarters by default', () => {
    const places = benchPlaces(undefined, plan, 32)
    expect(places).toHaveLength(DEFAULT_PLACES)
    expect(places).toEqual([9_000 - 16, 27_000 - 16, 45_000 - 16, 63_000 - 16])
  })

  it('keeps every default place inside a film shorter than its frames would spread', () => {
    const places = benchPlaces(undefined, { fps: 24, endFrame: 40 }, 32)
    for (const first of places) {
      expect(first).toBeGreaterThanOrEqual(0)
      expect(first + 32).toBeLessThanOrEqual(40)
    }
  })

  it('takes film times in seconds or mm:ss from --at', () => {
    expect(benchPlaces('75, 10:00', plan, 48)).toEqual([4_500, 36_000])
  })

  it('names --at and the mend when a place is not a time or runs past the end', () => {
    expect(() => benchPlaces('75,soon', plan, 32)).toThrow(RenderError)
    expect(() => benchPlaces('75,soon', plan, 32)).toThrow(
      /--at 75,soon: "soon" is not a film time/,
    )
    expect(() => benchPlaces('75,', plan, 32)).toThrow(/is not a film time/)
    expect(() => benchPlaces('1199.9', plan, 32)).toThrow(
      /run past the film's end \(1200\.0 s\); use a time up to 1199\.5 s or fewer --frames/,
    )
  })

  it('names --frames when the film is shorter than one place', () => {
    expect(() => benchPlaces(undefined, { fps: 24, endFrame: 20 }, 32)).toThrow(
      /--frames 32: the film has only 20 frames/,
    )
  })
})

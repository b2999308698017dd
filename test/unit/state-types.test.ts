import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scripts } from '../../src/sequences'
import {
  stateFileOf,
  StateFileError,
  THEATRE_OBJECT_PROPS,
  validateState,
  type FilmShape,
} from '../../src/theatre/stateSchema'

/** Keyframe and static values of the wrong type are refused, naming where they are. */
const film: FilmShape = { id: 'test-film', chapters: [{ id: 'intro', duration: 10 }] }

function keyframe(position: number, value: unknown) {
  return { id: `k${position}`, position, value, connectedRight: true, handles: [0.5, 1, 0.5, 0] }
}

/** A state with one track per prop path given, each with the given keyframe values. */
function stateWith(
  object: string,
  tracks: Record<string, unknown[]>,
  staticValues: Record<string, unknown> = {},
) {
  const trackData: Record<string, unknown> = {}
  const trackIdByPropPath: Record<string, string> = {}
  Object.entries(tracks).forEach(([propPath, values], i) => {
    trackData[`t${i}`] = {
      type: 'BasicKeyframedTrack',
      keyframes: values.map((v, j) => keyframe(j, v)),
    }
    trackIdByPropPath[propPath] = `t${i}`
  })
  return {
    sheetsById: {
      intro: {
        staticOverrides: { byObject: { [object]: staticValues } },
        sequence: {
          type: 'PositionalSequence',
          length: 10,
          subUnitsPerUnit: 30,
          tracksByObject: { [object]: { trackData, trackIdByPropPath } },
        },
      },
    },
    definitionVersion: '0.4.0',
    revisionHistory: [],
  }
}

function problemsOf(raw: unknown): string[] {
  try {
    validateState(raw, film, 'state/test-film.theatre.json')
    return []
  } catch (e) {
    if (e instanceof StateFileError) return e.problems
    throw e
  }
}

describe('state value types', () => {
  it('accepts numbers for every camera and target prop', () => {
    const state = stateWith(
      'Camera',
      {
        '["position","x"]': [0, -20.1],
        '["rotation","y"]': [0.5],
        '["fov"]': [40, 35],
        '["zoom"]': [1],
      },
      { position: { y: 4 }, fov: 40 },
    )
    expect(problemsOf(state)).toEqual([])
    expect(problemsOf(stateWith('Camera Target', { '["position","z"]': [3] }))).toEqual([])
  })

  it.each([...scripts.keys()])('accepts the state of %s in the repository', (id) => {
    // Against the film's own chapters: every sheet a chapter, every sequence as long as it.
    const script = scripts.get(id)!
    const file = path.resolve(__dirname, '../..', stateFileOf(id))
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
    expect(() => validateState(raw, { id, chapters: script.chapters })).not.toThrow()
  })

  it('refuses a keyframe value of the wrong type, naming sheet, object, prop and time', () => {
    const problems = problemsOf(stateWith('Camera', { '["position","x"]': [0, 'banana'] }))
    expect(problems).toEqual([
      `sheet 'intro', object 'Camera', prop ["position","x"]: keyframe at 1 s: "banana" is not a finite number`,
    ])
    for (const bad of [null, true, [1, 2, 3], { x: 1 }, '3']) {
      expect(
        problemsOf(stateWith('Camera', { '["fov"]': [bad] })),
        JSON.stringify(bad),
      ).toHaveLength(1)
    }
    expect(problemsOf(stateWith('Camera Target', { '["scale","y"]': ['big'] }))).toHaveLength(1)
  })

  it('refuses a static value of the wrong type, and fields a prop does not have', () => {
    expect(problemsOf(stateWith('Camera', {}, { fov: 'wide' }))).toEqual([
      `sheet 'intro', object 'Camera', static value: fov: "wide" is not a finite number`,
    ])
    expect(problemsOf(stateWith('Camera', {}, { position: { x: 1, w: 2 } }))[0]).toMatch(
      /'w' is not one of its fields \(x, y, z\)/,
    )
    expect(problemsOf(stateWith('Camera', {}, { position: 5 }))[0]).toMatch(
      /position: 5 is not an object of x, y, z/,
    )
  })

  it('refuses a track on a prop the object does not have', () => {
    expect(problemsOf(stateWith('Camera', { '["colour"]': [1] }))[0]).toMatch(
      /object 'Camera': \["colour"\] is not a prop it has/,
    )
    expect(problemsOf(stateWith('Camera', { '["position"]': [1] }))[0]).toMatch(
      /\["position"\] is not a prop it has/,
    )
  })

  it('leaves objects it has no table for unchecked, and looks props up as own keys only', () => {
    expect(problemsOf(stateWith('Some Light', { '["intensity"]': ['anything'] }))).toEqual([])
    expect(problemsOf(stateWith('Camera', { '["constructor"]': [1] }))).toHaveLength(1)
    expect(problemsOf(stateWith('constructor', { '["x"]': ['y'] }))).toEqual([])
    expect(Object.keys(THEATRE_OBJECT_PROPS)).toEqual(['Camera', 'Camera Target'])
  })
})

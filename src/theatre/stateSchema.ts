import { z } from 'zod'
import { BRIDGE_MAP_STEP, mapSequenceLength } from '../timeline/bridge'
import { MAP_SHEET } from '../world/stagedKeys'

/**
 * The shape of a Theatre.js (0.7) project state file, as `studio.createContentOfSaveFile` writes
 * it, and the checks that tie it to a film: what `getProject(id, { state })` would otherwise
 * accept silently and draw wrong. Shared by the player and the dev server's save endpoint.
 */

const keyframe = z.object({
  id: z.string(),
  position: z.number().nonnegative(),
  value: z.unknown(),
  connectedRight: z.boolean(),
  handles: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  type: z.enum(['bezier', 'hold']).optional(),
})

const track = z.object({
  type: z.literal('BasicKeyframedTrack'),
  __debugName: z.string().optional(),
  keyframes: z.array(keyframe),
})

const sequence = z.object({
  type: z.literal('PositionalSequence'),
  length: z.number().positive(),
  subUnitsPerUnit: z.number().int().positive(),
  tracksByObject: z.record(
    z.string(),
    z.object({
      trackData: z.record(z.string(), track),
      trackIdByPropPath: z.record(z.string(), z.string()),
    }),
  ),
})

const sheet = z.object({
  // Theatre's studio reads this on load and fails without it, so it is required.
  staticOverrides: z.object({ byObject: z.record(z.string(), z.unknown()) }),
  sequence: sequence.optional(),
})

export const theatreStateSchema = z.object({
  sheetsById: z.record(z.string(), sheet),
  definitionVersion: z.string(),
  revisionHistory: z.array(z.string()),
})

export type TheatreState = z.infer<typeof theatreStateSchema>

/** A prop's value: a leaf type, or a compound prop's fields (position: { x, y, z }). */
type PropType = z.ZodType | { readonly [field: string]: PropType }

const number = z.number().finite()
/** @theatre/r3f's vector props. */
const vector = { x: number, y: number, z: number } as const
/** What @theatre/r3f makes editable on every object. */
const transform = { position: vector, rotation: vector, scale: vector } as const

/**
 * The Theatre objects the films make editable, by key, with the type of every prop's value (as
 * @theatre/r3f declares them). Keyframes and static values of these are checked against it: a
 * camera position of "banana" would otherwise load, save and render as a broken camera.
 * An object a scene makes editable goes here with its props; objects not listed are not checked.
 */
export const THEATRE_OBJECT_PROPS: Readonly<Record<string, Readonly<Record<string, PropType>>>> = {
  // ChapterCamera: @theatre/r3f's PerspectiveCamera.
  Camera: { ...transform, near: number, far: number, fov: number, zoom: number },
  // ChapterCamera's target: an editable group.
  'Camera Target': transform,
}

/** The type of the value at `path` (['position', 'x']) of an object's props, or null. */
function propTypeAt(
  props: Readonly<Record<string, PropType>>,
  path: readonly unknown[],
): PropType | null {
  let type: PropType | undefined = props as PropType
  for (const key of path) {
    if (typeof key !== 'string' || type instanceof z.ZodType || !Object.hasOwn(type!, key))
      return null
    type = (type as Record<string, PropType>)[key]
  }
  return type ?? null
}

/** What is wrong with `value` for a prop of type `type`, or null. */
function valueProblem(type: PropType, value: unknown): string | null {
  if (type instanceof z.ZodType) {
    const r = type.safeParse(value)
    return r.success ? null : `${JSON.stringify(value)} is not a ${describe(type)}`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${JSON.stringify(value)} is not an object of ${Object.keys(type).join(', ')}`
  for (const [key, v] of Object.entries(value)) {
    const field = Object.hasOwn(type, key) ? type[key] : undefined
    if (!field) return `'${key}' is not one of its fields (${Object.keys(type).join(', ')})`
    const inner = valueProblem(field, v)
    if (inner) return `${key}: ${inner}`
  }
  return null
}

function describe(type: z.ZodType): string {
  return type === number ? 'finite number' : 'value of the right type'
}

/** A prop path as Theatre writes it in trackIdByPropPath: '["position","x"]'. */
function parsePropPath(text: string): unknown[] | null {
  try {
    const path: unknown = JSON.parse(text)
    return Array.isArray(path) ? path : null
  } catch {
    return null
  }
}

/** Every keyframe and static value of the known objects in `sheetState`, checked by type. */
function propTypeProblems(
  sheetId: string,
  sheetState: TheatreState['sheetsById'][string],
): string[] {
  const problems: string[] = []
  for (const [objectKey, overrides] of Object.entries(sheetState.staticOverrides.byObject)) {
    const props = Object.hasOwn(THEATRE_OBJECT_PROPS, objectKey)
      ? THEATRE_OBJECT_PROPS[objectKey]!
      : null
    if (!props) continue
    const problem = valueProblem(props as PropType, overrides)
    if (problem)
      problems.push(`sheet '${sheetId}', object '${objectKey}', static value: ${problem}`)
  }
  for (const [objectKey, tracks] of Object.entries(sheetState.sequence?.tracksByObject ?? {})) {
    const props = Object.hasOwn(THEATRE_OBJECT_PROPS, objectKey)
      ? THEATRE_OBJECT_PROPS[objectKey]!
      : null
    if (!props) continue
    for (const [pathText, trackId] of Object.entries(tracks.trackIdByPropPath)) {
      const path = parsePropPath(pathText)
      const type = path && propTypeAt(props, path)
      if (!type || !(type instanceof z.ZodType)) {
        problems.push(
          `sheet '${sheetId}', object '${objectKey}': ${pathText} is not a prop it has (props: ${Object.keys(props).join(', ')})`,
        )
        continue
      }
      const track = Object.hasOwn(tracks.trackData, trackId) ? tracks.trackData[trackId] : undefined
      for (const k of track?.keyframes ?? []) {
        const problem = valueProblem(type, k.value)
        if (problem) {
          problems.push(
            `sheet '${sheetId}', object '${objectKey}', prop ${pathText}: keyframe at ${k.position} s: ${problem}`,
          )
        }
      }
    }
  }
  return problems
}

export interface FilmShape {
  id: string
  chapters: readonly { id: string; duration: number }[]
}

/** A state file that cannot be used, with what is wrong and how to mend it. */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file} is not a valid Theatre state for this film:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        `\nMend the file (or restore it with git), or fix it in the studio and save again.`,
    )
    this.name = 'StateFileError'
  }
}

/** Where a film's state lives, relative to the project root. */
export function stateFileOf(filmId: string): string {
  return `state/${filmId}.theatre.json`
}

/**
 * Parses and checks a state file against a film: every sheet must be a chapter of the film (or
 * its map), every sequence must be at least as long as its chapter, or the map's as its clock
 * (Theatre clamps the playhead to the sequence length, which would freeze the end), keyframes
 * must lie inside it, every track a prop points to must exist, and every value of a known
 * object's prop must have that prop's type (THEATRE_OBJECT_PROPS). Throws a StateFileError
 * naming the file.
 */
export function validateState(
  raw: unknown,
  film: FilmShape,
  file = stateFileOf(film.id),
): TheatreState {
  const parsed = theatreStateSchema.safeParse(raw)
  if (!parsed.success) {
    throw new StateFileError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    )
  }
  const state = parsed.data
  const problems: string[] = []
  const chapters = new Map(film.chapters.map((c) => [c.id, c]))
  for (const [sheetId, sheetState] of Object.entries(state.sheetsById)) {
    const chapter = chapters.get(sheetId)
    if (!chapter && sheetId !== MAP_SHEET) {
      problems.push(
        `sheet '${sheetId}' is not a chapter of film '${film.id}' (its chapters: ${[...chapters.keys()].join(', ')}); rename or remove it`,
      )
      continue
    }
    problems.push(...propTypeProblems(sheetId, sheetState))
    const seq = sheetState.sequence
    if (!seq) continue
    if (chapter && seq.length + 1e-9 < chapter.duration) {
      problems.push(
        `sheet '${sheetId}': sequence length ${seq.length} s is shorter than the chapter (${chapter.duration} s); set the sequence length to at least ${chapter.duration}`,
      )
    }
    // The map's sequence plays in map seconds (src/timeline/bridge.ts), which run on past any
    // one chapter's length.
    const mapLength = mapSequenceLength(film.chapters.length)
    if (!chapter && seq.length + 1e-9 < mapLength) {
      problems.push(
        `sheet '${sheetId}': sequence length ${seq.length} s is shorter than the map's clock (${BRIDGE_MAP_STEP} map seconds per chapter, ${mapLength} s); set the sequence length to at least ${mapLength}`,
      )
    }
    for (const [objectKey, tracks] of Object.entries(seq.tracksByObject)) {
      for (const [propPath, trackId] of Object.entries(tracks.trackIdByPropPath)) {
        if (!tracks.trackData[trackId]) {
          problems.push(
            `sheet '${sheetId}', object '${objectKey}': prop ${propPath} points to missing track '${trackId}'`,
          )
        }
      }
      for (const [trackId, t] of Object.entries(tracks.trackData)) {
        for (const k of t.keyframes) {
          if (k.position > seq.length + 1e-9) {
            problems.push(
              `sheet '${sheetId}', object '${objectKey}', track '${trackId}': keyframe at ${k.position} s lies past the sequence end (${seq.length} s)`,
            )
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new StateFileError(file, problems)
  return state
}

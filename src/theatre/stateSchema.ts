import { z } from 'zod'
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
 * Parses and checks a state file against a film: every sheet must be a chapter of the film,
 * every sequence must be at least as long as its chapter (Theatre clamps the playhead to the
 * sequence length, which would freeze the chapter's end), keyframes must lie inside it, and
 * every track a prop points to must exist. Throws a StateFileError naming the file.
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
    // The architecture map's sheet holds places and presences, not a chapter's sequence.
    if (!chapter && sheetId === MAP_SHEET) continue
    if (!chapter) {
      problems.push(
        `sheet '${sheetId}' is not a chapter of film '${film.id}' (its chapters: ${[...chapters.keys()].join(', ')}); rename or remove it`,
      )
      continue
    }
    const seq = sheetState.sequence
    if (!seq) continue
    if (seq.length + 1e-9 < chapter.duration) {
      problems.push(
        `sheet '${sheetId}': sequence length ${seq.length} s is shorter than the chapter (${chapter.duration} s); set the sequence length to at least ${chapter.duration}`,
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

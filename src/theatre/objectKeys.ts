import { StateFileError, type TheatreState } from './stateSchema'

/**
 * The object keys a state file addresses on each sheet (values set in the studio, keyframed
 * tracks), for checking them against the objects the film mounts.
 */
export function stateObjectKeys(state: TheatreState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const [sheetId, sheet] of Object.entries(state.sheetsById)) {
    const keys = new Set([
      ...Object.keys(sheet.staticOverrides.byObject),
      ...Object.keys(sheet.sequence?.tracksByObject ?? {}),
    ])
    if (keys.size > 0) out.set(sheetId, keys)
  }
  return out
}

/**
 * Refuses a state that moves or keyframes objects no mounted object has (one renamed or removed
 * in the code): Theatre would keep those values silently and draw nothing with them. Throws a
 * StateFileError naming each such key and its sheet.
 */
export function checkObjectKeys(
  state: TheatreState,
  mounted: (sheetId: string) => readonly string[],
  file: string,
): void {
  const problems: string[] = []
  for (const [sheetId, keys] of stateObjectKeys(state)) {
    const known = new Set(mounted(sheetId))
    const unknown = [...keys].filter((k) => !known.has(k))
    if (unknown.length > 0) {
      problems.push(
        `sheet '${sheetId}' has values for ${unknown.map((k) => `'${k}'`).join(', ')}, which no object on it has; give the object its old name back in the code, or delete the entry from the file`,
      )
    }
  }
  if (problems.length > 0) throw new StateFileError(file, problems)
}

/**
 * The Theatre object keys mounted on each sheet (a chapter, or the film's map), so that two
 * objects never share a key: Theatre would hand both the same object, and a drag in the studio
 * would move two things at once. Node-safe: no React, no three.
 */

/** The sheet of a film's architecture map (every other sheet is a chapter, named by its id). */
export const MAP_SHEET = 'map'

/** Two staged objects on one sheet asked for the same key. */
export class DuplicateStagedKeyError extends Error {
  constructor(
    readonly sheetId: string,
    readonly key: string,
  ) {
    super(
      `Two objects on sheet '${sheetId}' share the Theatre key '${key}'. Give one another name ` +
        `(items made in a loop take their index or id, e.g. '${key} 2').`,
    )
    this.name = 'DuplicateStagedKeyError'
  }
}

/**
 * A key made of words from the screen, without the '/' that the studio's outline reads as a
 * folder ('CI/CD' would file 'CD' under a folder 'CI'): 'CI-CD', 'Redshift - BigQuery'.
 */
export function keyText(text: string): string {
  return text.replace(/\//g, '-')
}

/** Keys by sheet id, in the order they were mounted. */
export class StagedKeys {
  private readonly bySheet = new Map<string, Set<string>>()

  /**
   * Records a key; throws DuplicateStagedKeyError if the sheet already has it, and an Error if
   * it holds a '/'.
   */
  register(sheetId: string, key: string): () => void {
    if (key.includes('/')) {
      throw new Error(
        `The Theatre key '${key}' on sheet '${sheetId}' holds a '/', which the studio's outline ` +
          `reads as a folder; write it without ('${keyText(key)}', see keyText).`,
      )
    }
    let keys = this.bySheet.get(sheetId)
    if (!keys) this.bySheet.set(sheetId, (keys = new Set()))
    if (keys.has(key)) throw new DuplicateStagedKeyError(sheetId, key)
    keys.add(key)
    return () => {
      keys.delete(key)
    }
  }

  /** The keys mounted on a sheet, sorted. */
  keys(sheetId: string): string[] {
    return [...(this.bySheet.get(sheetId) ?? [])].sort()
  }

  has(sheetId: string, key: string): boolean {
    return this.bySheet.get(sheetId)?.has(key) ?? false
  }
}

/** The page's one registry: every staged object and camera registers here while mounted. */
export const stagedKeys = new StagedKeys()

import { stateTextOf } from './project'

/**
 * Which state file the studio's browser copy of a film is based on. Kept apart from the studio
 * module: it must run before the studio loads (the studio expects `initialize` at once and reads
 * its browser copy then).
 */

/** Where Theatre's studio keeps its browser copy (its default persistence key). */
const STUDIO_COPY_KEY = 'theatre-0.4.persistent'

/** The same fingerprint of a state file's text as the dev server's: 'none' without a file. */
export async function fingerprint(text: string | undefined): Promise<string> {
  if (text === undefined) return 'none'
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 16)
}

/** Where the page remembers which file the studio's browser copy of a film was based on. */
export const baseKey = (filmId: string): string => `cinematic.stateBase.${filmId}`

/**
 * The fingerprint of the film's state file as this page loads it. The studio prefers its
 * browser copy on load; that copy is dropped when the file it was based on is no longer the file
 * on disk (changed by a checkout, a merge or an editor while no page was open).
 */
export async function settleStudioCopy(filmId: string): Promise<string> {
  const base = await fingerprint(await stateTextOf(filmId))
  const remembered = localStorage.getItem(baseKey(filmId))
  if (remembered !== null && remembered !== base) localStorage.removeItem(STUDIO_COPY_KEY)
  localStorage.setItem(baseKey(filmId), base)
  return base
}

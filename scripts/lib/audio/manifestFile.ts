import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { manifestPathOf, parseManifest, type VoiceManifest } from '../../../src/audio/manifest'

/** The repository's root, where public/ and voice/ are. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** public/audio/<film>/ under `root`. */
export function filmAudioDir(root: string, filmId: string): string {
  return path.join(root, 'public', 'audio', filmId)
}

/** public/audio/<film>/manifest.json under `root`. */
export function manifestFile(root: string, filmId: string): string {
  return path.join(root, 'public', manifestPathOf(filmId))
}

/** Reads and validates a film's manifest; null when there is none. */
export async function readManifest(root: string, filmId: string): Promise<VoiceManifest | null> {
  const file = manifestFile(root, filmId)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  const shown = path.relative(process.cwd(), file) || file
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new Error(
      `${shown} is not valid JSON (${(e as Error).message}); regenerate it with \`npm run voice -- --film ${filmId}\``,
      { cause: e },
    )
  }
  return parseManifest(raw, shown)
}

import { manifestPathOf, parseManifest, type VoiceManifest } from './manifest'

// Every film's voice manifest, as text, bundled with the player: captions can use the real
// line durations from the first frame, with no fetch. (The line audio itself is fetched lazily
// from public/, which the build serves at its root.)
const manifestFiles = import.meta.glob<string>('/public/audio/*/manifest.json', {
  eager: true,
  query: '?raw',
  import: 'default',
})

/** The voice manifest of a film, or null when its voice has not been made yet. */
export function manifestOf(filmId: string): VoiceManifest | null {
  const text = manifestFiles[`/public/${manifestPathOf(filmId)}`]
  if (text === undefined) return null
  const file = `public/${manifestPathOf(filmId)}`
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new Error(
      `${file} is not valid JSON (${(e as Error).message}); regenerate it with \`npm run voice -- --film ${filmId}\``,
      { cause: e },
    )
  }
  return parseManifest(raw, file)
}

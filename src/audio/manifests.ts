import { manifestPathOf, parseManifest, type VoiceManifest } from './manifest'

// Every film's voice manifest, as text, each in the chunk of its film, loaded with it before the
// first frame: captions use the real line durations from the start. (The line audio itself is
// fetched lazily from public/, which the build serves at its root.)
const manifestFiles = import.meta.glob<string>('/public/audio/*/manifest.json', {
  query: '?raw',
  import: 'default',
})

const loaded = new Map<string, VoiceManifest | null>()

/** Loads a film's voice manifest (once); `manifestOf` reads it from then on. */
export async function loadManifest(filmId: string): Promise<VoiceManifest | null> {
  const key = `/public/${manifestPathOf(filmId)}`
  if (!loaded.has(filmId)) {
    const text = Object.hasOwn(manifestFiles, key) ? await manifestFiles[key]!() : undefined
    loaded.set(filmId, text === undefined ? null : parseManifestText(filmId, text))
  }
  return loaded.get(filmId)!
}

/**
 * The voice manifest of a film, or null when its voice has not been made yet. The film's
 * manifest must have been loaded with `loadManifest` (the player does so before it starts).
 */
export function manifestOf(filmId: string): VoiceManifest | null {
  const manifest = loaded.get(filmId)
  if (manifest === undefined) {
    throw new Error(`The voice manifest of '${filmId}' is read before loadManifest('${filmId}').`)
  }
  return manifest
}

function parseManifestText(filmId: string, text: string): VoiceManifest {
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

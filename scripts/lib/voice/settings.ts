import { createHash } from 'node:crypto'

/**
 * How every narration line is made and normalised. Changing a value here changes every line's
 * hash, so the next `npm run voice` makes them all again; bump `version` when the processing
 * itself changes in a way these values do not show.
 */
export const VOICE_SETTINGS = {
  version: 1,
  sampleRate: 48000,
  /** Loudness target: every line's RMS level after trimming (speech peaks stay near −8 dBFS). */
  targetRmsDb: -22,
  /** Leading and trailing audio quieter than this is trimmed… */
  trimThresholdDb: -50,
  /** …once sound lasts this long (seconds), so a click does not count as speech. */
  trimMinSound: 0.02,
  /** Silence put back at the start and the end after trimming (seconds): a light breath. */
  padStart: 0.04,
  padEnd: 0.08,
  /** Fade in and out (seconds) so a cut never clicks. */
  fade: 0.01,
  /** Rumble and DC below this go (Hz). */
  highpassHz: 60,
  /** Ogg Opus bitrate: speech stays clear and a 20-minute film a few MB. */
  opusBitrate: '48k',
} as const

export const VOICE_SETTINGS_VERSION = VOICE_SETTINGS.version

/** How the loudness target reads in the manifest. */
export const LOUDNESS_LABEL = `RMS ${VOICE_SETTINGS.targetRmsDb} dBFS (sox), peak-limited`

export type TtsEngine = 'festival' | 'espeak-ng'

/** The voice each engine speaks with. */
export const ENGINE_VOICES: Readonly<Record<TtsEngine, string>> = {
  festival: 'cmu_us_slt_arctic_hts',
  'espeak-ng': 'en-us',
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

/** The cache key of a generated line: spoken text, engine, voice and settings. */
export function ttsHash(spoken: string, engine: TtsEngine): string {
  return digest({
    source: engine,
    voice: ENGINE_VOICES[engine],
    text: spoken,
    settings: VOICE_SETTINGS,
  })
}

/** The cache key of a recorded line: the recording's bytes and the settings. */
export function recordingHash(wav: Uint8Array): string {
  const bytes = createHash('sha256').update(wav).digest('hex')
  return digest({ source: 'recording', bytes, settings: VOICE_SETTINGS })
}

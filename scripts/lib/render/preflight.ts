/**
 * Everything a render reads besides the frames, checked before the first frame is drawn: the
 * film's Theatre state, its voice manifest and the user's music. Each problem ends the run at
 * once with one line naming the file or flag and the mend, instead of after hours of drawing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { checkTiming } from '../../../src/audio/manifest'
import type { FilmScript } from '../../../src/script/types'
import { StateFileError, stateFileOf, validateState } from '../../../src/theatre/stateSchema'
import { chapterSpans } from '../../../src/timeline/filmTime'
import { filmAudioDir, readManifest } from '../audio/manifestFile'
import { RenderError } from './plan'

export interface PreflightOptions {
  script: FilmScript
  root: string
  /** Whether this command mixes sound (an MP4 that is not a shard, or a merge). */
  sound: boolean
  /** `--music FILE`, resolved, and as the user wrote it. */
  music?: { file: string; shown: string }
}

export async function preflight({ script, root, sound, music }: PreflightOptions): Promise<void> {
  checkState(script, root)
  if (!sound) return
  await checkVoice(script, root)
  if (music) checkMusic(music.file, music.shown)
}

/** The state file the build will bundle: its shape and every value's type. */
function checkState(script: FilmScript, root: string): void {
  const relative = stateFileOf(script.id)
  const file = path.join(root, relative)
  if (!existsSync(file)) return // the player opens a film without state on its defaults
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new RenderError(
      `${relative} is not valid JSON (${(e as Error).message}). Mend it, or restore it with git.`,
    )
  }
  try {
    validateState(raw, script, relative)
  } catch (e) {
    if (e instanceof StateFileError) throw new RenderError(e.message)
    throw e
  }
}

/** The voice manifest: made from the script as it is now, every line's file present. */
async function checkVoice(script: FilmScript, root: string): Promise<void> {
  const mend = `Mend: npm run voice -- --film ${script.id}`
  let manifest
  try {
    manifest = await readManifest(root, script.id)
  } catch (e) {
    throw new RenderError(`${(e as Error).message}`)
  }
  if (!manifest) return // a film without voice is mixed with music alone
  const { stale } = checkTiming(script, chapterSpans(script.chapters), manifest)
  if (stale.length > 0) {
    const some = stale.slice(0, 3).map((s) => `${s.lineId}: ${s.problem}`)
    throw new RenderError(
      `The voice of '${script.id}' (public/audio/${script.id}/manifest.json) is out of date with its script (${some.join('; ')}${stale.length > 3 ? `; and ${stale.length - 3} more` : ''}). ${mend}`,
    )
  }
  const dir = filmAudioDir(root, script.id)
  const missing = manifest.lines.filter((l) => !existsSync(path.join(dir, l.file)))
  if (missing.length > 0) {
    throw new RenderError(
      `public/audio/${script.id}/${missing[0]!.file} is missing (the manifest lists it${missing.length > 1 ? `, and ${missing.length - 1} more` : ''}). ${mend}`,
    )
  }
}

/** `--music FILE`: a file ffmpeg reads as sound. */
function checkMusic(file: string, shown: string): void {
  const r = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'a',
      '-show_entries',
      'stream=codec_type',
      '-of',
      'csv=p=0',
      file,
    ],
    { encoding: 'utf8' },
  )
  const why =
    r.status !== 0
      ? `ffmpeg cannot read it (${r.stderr.trim().split('\n')[0] ?? 'unknown format'})`
      : r.stdout.includes('audio')
        ? null
        : 'it holds no sound'
  if (why) {
    throw new RenderError(
      `--music ${shown}: not an audio file: ${why}. Give an audio file (mp3, wav, ogg, flac…), or leave --music out for the built-in bed.`,
    )
  }
}

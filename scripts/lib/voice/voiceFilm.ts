import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  manifestPathOf,
  parseManifest,
  VOICE_SAMPLE_RATE,
  type LineSource,
  type ManifestLine,
  type VoiceManifest,
} from '../../../src/audio/manifest'
import type { FilmScript, NarrationLine } from '../../../src/script/types'
import { chapterSpans } from '../../../src/timeline/filmTime'
import { filmAudioDir, manifestFile, REPO_ROOT } from '../audio/manifestFile'
import { writeFileAtomic } from '../audio/pcm'
import { ToolError } from '../audio/run'
import { detectEngine, INSTALL_HINT, synthesize, type EngineChoice } from './engines'
import { misnamedOverrides, wavProblem } from './overrides'
import {
  decodedSampleCount,
  encodeOpus,
  normaliseSpeech,
  SilentAudioError,
  soxSampleCount,
} from './normalise'
import {
  LOUDNESS_LABEL,
  recordingHash,
  ttsHash,
  VOICE_SETTINGS,
  VOICE_SETTINGS_VERSION,
  type TtsEngine,
} from './settings'

/** A problem the user can mend: the message names the line or file and says how. */
export class VoiceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'VoiceError'
  }
}

export type LineStatus = 'cached' | 'synthesized' | 'recorded'

export interface LineEvent {
  lineId: string
  status: LineStatus
  source: LineSource
  duration: number
  /** Lines finished so far, this one included, and how many there are. */
  done: number
  total: number
}

export interface VoiceFilmOptions {
  script: FilmScript
  /** The repository root holding public/ and voice/ (default: this repository). */
  root?: string
  /** Speak with this engine only (default: festival, espeak-ng when festival is missing). */
  engine?: TtsEngine
  /** Where to look for text2wave and espeak-ng (default: $PATH). */
  searchPath?: string
  /** Lines made at once (default: the number of CPU cores, at most 4). */
  jobs?: number
  /** Called once the engine is chosen (only when some line must be synthesized). */
  onEngine?: (choice: EngineChoice) => void
  /** Called as each line is finished. */
  onLine?: (event: LineEvent) => void
  /** Called with each warning (a recording that replaces no line), before any line is made. */
  onWarning?: (message: string) => void
}

export interface VoiceSummary {
  film: string
  manifestFile: string
  lines: number
  synthesized: number
  cached: number
  recorded: number
  engine: string
  /** Seconds of narration, all lines together. */
  totalSeconds: number
  /** Bytes in the film's audio folder (line files and manifest). */
  bytes: number
}

/** The folder of recorded lines for a film: `voice/<film>/<lineId>.wav` replaces a line. */
export function overridesDir(root: string, filmId: string): string {
  return path.join(root, 'voice', filmId)
}

interface PlannedLine {
  line: NarrationLine
  chapter: string
  start: number
  spoken: string
  /** Where a recording of the line would be (used when it exists). */
  override: string
}

function hasWords(text: string | undefined): boolean {
  return text !== undefined && /[\p{L}\p{N}]/u.test(text)
}

/** Checks the script's lines before any audio is made: ids unique and safe, text to say. */
function planLines(script: FilmScript, root: string): PlannedLine[] {
  const spans = chapterSpans(script.chapters)
  const seen = new Set<string>()
  const where = `src/script/${script.id}/`
  const planned: PlannedLine[] = []
  script.chapters.forEach((chapter, ci) => {
    for (const line of chapter.narration) {
      const name = `Line '${line.id}' (chapter '${chapter.id}', in ${where})`
      if (!/^[A-Za-z0-9_-]+$/.test(line.id)) {
        throw new VoiceError(
          `${name}: its id names its audio file, so it may hold only letters, digits, '-' and '_'. Mend: rename the id.`,
        )
      }
      if (seen.has(line.id)) {
        throw new VoiceError(
          `${name}: another line has the same id. Mend: give each line its own id.`,
        )
      }
      seen.add(line.id)
      if (!hasWords(line.text)) {
        throw new VoiceError(
          `${name} has no text. Mend: write its words in \`text\` (captions show them; the voice says them, or \`say\` where given), or remove the line.`,
        )
      }
      if (line.say !== undefined && !hasWords(line.say)) {
        throw new VoiceError(
          `${name} has an empty \`say\`. Mend: write how the voice should say the line, or remove \`say\` to speak \`text\`.`,
        )
      }
      planned.push({
        line,
        chapter: chapter.id,
        start: spans[ci]!.start + line.at,
        spoken: (line.say ?? line.text).trim(),
        override: path.join(overridesDir(root, script.id), `${line.id}.wav`),
      })
    }
  })
  return planned
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/** The previous manifest, if it parses; a broken one only means nothing is cached. */
async function previousManifest(root: string, filmId: string): Promise<VoiceManifest | null> {
  try {
    return parseManifest(
      JSON.parse(await readFile(manifestFile(root, filmId), 'utf8')),
      manifestPathOf(filmId),
    )
  } catch {
    return null
  }
}

/** Runs `work` on every item, `jobs` at a time; stops starting new items after a failure. */
async function pool<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<void>) {
  let next = 0
  let failed: unknown = null
  const worker = async (): Promise<void> => {
    while (failed === null && next < items.length) {
      const item = items[next++]!
      try {
        await work(item)
      } catch (e) {
        failed ??= e
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker))
  if (failed !== null) throw failed
}

function toolMend(e: unknown): string {
  const message = (e as Error).message
  if (e instanceof ToolError && /'(sox|ffmpeg)' is not installed/.test(message)) {
    return `${message}. Mend: sudo apt-get install sox ffmpeg`
  }
  return message
}

/**
 * Checks every recording before any line is made: a WAV that cannot be used stops the run with
 * its file, its problem and the mend; a .wav that names no line is reported (it would be ignored).
 */
async function checkOverrides(
  script: FilmScript,
  root: string,
  planned: readonly PlannedLine[],
  relOverride: (id: string) => string,
  warn: ((message: string) => void) | undefined,
): Promise<void> {
  const dir = overridesDir(root, script.id)
  const ids = new Set(planned.map((p) => p.line.id))
  for (const name of await misnamedOverrides(dir, ids)) {
    const examples = planned.slice(0, 2).map((p) => relOverride(p.line.id))
    warn?.(
      `voice/${script.id}/${name} replaces no line, so it is not used: a recording must be named ` +
        `voice/${script.id}/<lineId>.wav with a line id of the script (e.g. ${examples.join(', ')}; ` +
        `the ids are in src/script/${script.id}/). Mend: rename it after its line, or remove it.`,
    )
  }
  for (const p of planned) {
    let bytes: Buffer
    try {
      bytes = await readFile(p.override)
    } catch {
      continue
    }
    const problem = wavProblem(bytes)
    if (problem) {
      throw new VoiceError(
        `${relOverride(p.line.id)}, the recording for line '${p.line.id}', cannot be used: ${problem}. ` +
          `Mend: export it again as a PCM WAV (e.g. \`sox <your recording> -b 16 ${relOverride(p.line.id)}\`), ` +
          `or delete it to use the generated voice.`,
      )
    }
  }
}

/**
 * Makes the voice of a film: one normalised Ogg Opus file per narration line in
 * public/audio/<film>/, and its manifest. Lines whose hash is unchanged are kept as they are.
 */
export async function voiceFilm(options: VoiceFilmOptions): Promise<VoiceSummary> {
  const { script, searchPath, onLine, onEngine } = options
  const root = options.root ?? REPO_ROOT
  const jobs = options.jobs ?? Math.min(4, Math.max(1, os.cpus().length))
  const planned = planLines(script, root)
  const outDir = filmAudioDir(root, script.id)
  const relOverride = (id: string) => `voice/${script.id}/${id}.wav`
  await checkOverrides(script, root, planned, relOverride, options.onWarning)
  await mkdir(outDir, { recursive: true })

  const previous = await previousManifest(root, script.id)
  const before = new Map(previous?.lines.map((l) => [l.id, l]))

  // The engine is looked for only when a line must be synthesized, and only once.
  let choice: Promise<EngineChoice> | null = null
  const chooseEngine = (lineId: string): Promise<EngineChoice> => {
    choice ??= detectEngine({ searchPath, force: options.engine }).then((found) => {
      if (found.engine === null) {
        const wanted = options.engine ? [options.engine] : (['festival', 'espeak-ng'] as const)
        throw new VoiceError(
          `Line '${lineId}' needs a voice, but no speech program can be used: ${found.problems.join('; ')}. ` +
            `Mend: ${wanted.map((e) => INSTALL_HINT[e]).join(', or ')}; ` +
            `or record the line as ${relOverride(lineId)}.`,
        )
      }
      onEngine?.(found)
      return found
    })
    return choice
  }

  const work = await mkdtemp(path.join(os.tmpdir(), `voice-${script.id}-`))
  const made = new Map<string, ManifestLine>()
  const staged: { from: string; file: string }[] = []
  const counts = { synthesized: 0, cached: 0, recorded: 0 }

  const finish = (p: PlannedLine, entry: ManifestLine, status: LineStatus): void => {
    made.set(p.line.id, entry)
    counts[status]++
    onLine?.({
      lineId: p.line.id,
      status,
      source: entry.source,
      duration: entry.duration,
      done: made.size,
      total: planned.length,
    })
  }

  /** The previous entry for this line if it was made from the same input and its file is there. */
  const cachedEntry = async (p: PlannedLine, hashes: string[]) => {
    const old = before.get(p.line.id)
    if (!old || !hashes.includes(old.hash)) return null
    if (!(await exists(path.join(outDir, old.file)))) return null
    return old
  }

  const makeLine = async (p: PlannedLine): Promise<void> => {
    const { line } = p
    const file = `${line.id}.opus`
    const entryOf = (hash: string, source: LineSource, duration: number): ManifestLine => ({
      id: line.id,
      chapter: p.chapter,
      file,
      start: p.start,
      at: line.at,
      duration,
      hash,
      source,
    })

    let source: LineSource
    let hash: string
    let raw: string
    if (await exists(p.override)) {
      const bytes = await readFile(p.override)
      hash = recordingHash(bytes)
      const old = await cachedEntry(p, [hash])
      if (old) return finish(p, entryOf(hash, 'recording', old.duration), 'cached')
      try {
        if ((await soxSampleCount(p.override)) === 0) throw new Error('it holds no samples')
      } catch (e) {
        throw new VoiceError(
          `${relOverride(line.id)}, the recording for line '${line.id}', cannot be used: ${toolMend(e)}. ` +
            `Mend: export it again as a PCM WAV (e.g. \`sox <your recording> -b 16 ${relOverride(line.id)}\`), ` +
            `or delete it to use the generated voice.`,
        )
      }
      source = 'recording'
      raw = p.override
    } else {
      // Festival's audio is kept even where only espeak-ng is installed now: never a worse voice.
      const festivalHash = ttsHash(p.spoken, 'festival')
      if (options.engine !== 'espeak-ng') {
        const old = await cachedEntry(p, [festivalHash])
        if (old) return finish(p, entryOf(festivalHash, 'festival', old.duration), 'cached')
      }
      const { engine } = await chooseEngine(line.id)
      hash = ttsHash(p.spoken, engine)
      const old = await cachedEntry(p, [hash])
      if (old) return finish(p, entryOf(hash, engine, old.duration), 'cached')
      source = engine
      raw = path.join(work, `${line.id}.raw.wav`)
      try {
        await synthesize(engine, p.spoken, raw, work, searchPath)
        if ((await soxSampleCount(raw)) === 0) throw new Error('it made no audio')
      } catch (e) {
        throw new VoiceError(
          `Line '${line.id}' (chapter '${p.chapter}'): ${engine} could not speak "${p.spoken}": ${toolMend(e)}. ` +
            `Mend: reword the line's \`say\`, check \`${INSTALL_HINT[engine]}\`, or record it as ${relOverride(line.id)}.`,
        )
      }
    }

    const normalised = path.join(work, `${line.id}.norm.wav`)
    try {
      await normaliseSpeech(raw, normalised, work)
    } catch (e) {
      if (e instanceof SilentAudioError) {
        throw new VoiceError(
          `Line '${line.id}': ${source === 'recording' ? relOverride(line.id) : `the ${source} audio`} is silent ` +
            `(nothing above ${VOICE_SETTINGS.trimThresholdDb} dBFS). Mend: ${
              source === 'recording' ? 'record it again louder, or delete it' : 'reword the line'
            }.`,
        )
      }
      throw new VoiceError(`Line '${line.id}': normalising its audio failed: ${toolMend(e)}`)
    }
    const tmpOpus = path.join(work, file)
    try {
      await encodeOpus(normalised, tmpOpus)
    } catch (e) {
      throw new VoiceError(`Line '${line.id}': encoding Opus failed: ${toolMend(e)}`)
    }
    const samples = await decodedSampleCount(tmpOpus)
    // Kept aside until every line is made: public/ changes only when the whole voice is good.
    staged.push({ from: tmpOpus, file })
    finish(
      p,
      entryOf(hash, source, samples / VOICE_SAMPLE_RATE),
      source === 'recording' ? 'recorded' : 'synthesized',
    )
  }

  // The manifest and the line files are tracked: they change only once every line is made.
  // After a failure they stay as they were, whole, and the next run makes the lines again.
  const target = manifestFile(root, script.id)
  let manifest: VoiceManifest
  let lines: ManifestLine[]
  try {
    await pool(planned, jobs, makeLine)
    lines = planned.map((p) => made.get(p.line.id)!)
    const engines = [...new Set(lines.map((l) => l.source).filter((s) => s !== 'recording'))]
    manifest = {
      film: script.id,
      sampleRate: VOICE_SAMPLE_RATE,
      engine: engines.length ? engines.sort().join('+') : 'recording',
      settingsVersion: VOICE_SETTINGS_VERSION,
      loudness: LOUDNESS_LABEL,
      lines,
    }
    // Into place with a rename (a copy where the temp folder is on another file system); the
    // manifest last, so that it never lists a file that is not there yet.
    for (const { from, file } of staged) {
      await writeFileAtomic(path.join(outDir, file), [await readFile(from)])
    }
    await writeFileAtomic(target, [Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)])
  } finally {
    await rm(work, { recursive: true, force: true })
  }

  // Files of lines that are gone from the script.
  const keep = new Set(lines.map((l) => l.file))
  let bytes = 0
  for (const name of await readdir(outDir)) {
    const full = path.join(outDir, name)
    if (name.endsWith('.opus') && !keep.has(name)) {
      await rm(full, { force: true })
      continue
    }
    bytes += (await stat(full)).size
  }

  return {
    film: script.id,
    manifestFile: target,
    lines: lines.length,
    ...counts,
    engine: manifest.engine,
    totalSeconds: lines.reduce((s, l) => s + l.duration, 0),
    bytes,
  }
}

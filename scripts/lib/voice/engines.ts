import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { findProgram, runTool } from '../audio/run'
import { ENGINE_VOICES, type TtsEngine } from './settings'

/** What to install for each engine, for messages that say how to mend a missing one. */
export const INSTALL_HINT: Readonly<Record<TtsEngine, string>> = {
  festival: 'sudo apt-get install festival festvox-us-slt-hts',
  'espeak-ng': 'sudo apt-get install espeak-ng',
}

export interface EngineChoice {
  engine: TtsEngine
  /** Said to the user: why this engine (e.g. the fallback because festival is missing). */
  note: string
}

export interface DetectOptions {
  /** Where to look for the programs (default: $PATH). */
  searchPath?: string
  /** Use this engine or fail, instead of festival with espeak-ng as the fallback. */
  force?: TtsEngine
}

/** festival is there with its voice if text2wave runs the voice's function without an error. */
async function festivalProblem(searchPath: string | undefined): Promise<string | null> {
  const text2wave = await findProgram('text2wave', searchPath)
  if (!text2wave) return 'festival (text2wave) is not installed'
  try {
    // text2wave exits 0 even when the voice is missing; its Scheme interpreter says so instead.
    const { stderr } = await runTool(
      text2wave,
      ['-eval', `(voice_${ENGINE_VOICES.festival})`, '-o', '/dev/null'],
      { input: 'a' },
    )
    if (/SIOD ERROR|unbound variable/.test(stderr)) {
      return `festival is installed but not its voice ${ENGINE_VOICES.festival}`
    }
    return null
  } catch (e) {
    return `festival (text2wave) does not run: ${(e as Error).message}`
  }
}

/**
 * The engine to speak with: festival with the SLT HTS voice, else espeak-ng. Null (with the
 * reasons) when neither is there.
 */
export async function detectEngine(
  options: DetectOptions = {},
): Promise<EngineChoice | { engine: null; problems: string[] }> {
  const { searchPath, force } = options
  const problems: string[] = []
  if (force !== 'espeak-ng') {
    const problem = await festivalProblem(searchPath)
    if (!problem) return { engine: 'festival', note: `festival, voice ${ENGINE_VOICES.festival}` }
    problems.push(problem)
    if (force === 'festival') return { engine: null, problems }
  }
  if (await findProgram('espeak-ng', searchPath)) {
    const why = problems.length ? ` (fallback: ${problems.join('; ')})` : ''
    return { engine: 'espeak-ng', note: `espeak-ng, voice ${ENGINE_VOICES['espeak-ng']}${why}` }
  }
  problems.push('espeak-ng is not installed')
  return { engine: null, problems }
}

/** Speaks `text` into `outWav` with `engine`; `workDir` holds the text file it reads. */
export async function synthesize(
  engine: TtsEngine,
  text: string,
  outWav: string,
  workDir: string,
  searchPath?: string,
): Promise<void> {
  const textFile = path.join(workDir, `${path.basename(outWav, '.wav')}.txt`)
  await writeFile(textFile, `${text}\n`, 'utf8')
  const program = engine === 'festival' ? 'text2wave' : 'espeak-ng'
  const found = (await findProgram(program, searchPath)) ?? program
  if (engine === 'festival') {
    const { stderr } = await runTool(found, [
      '-eval',
      `(voice_${ENGINE_VOICES.festival})`,
      textFile,
      '-o',
      outWav,
    ])
    if (/SIOD ERROR/.test(stderr)) throw new Error(`text2wave failed: ${stderr.trim()}`)
  } else {
    await runTool(found, [
      '-v',
      ENGINE_VOICES['espeak-ng'],
      '-s',
      '160',
      '-f',
      textFile,
      '-w',
      outWav,
    ])
  }
}

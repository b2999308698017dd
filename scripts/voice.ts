/**
 * The narration's voice, made offline from the script:
 *
 *   npm run voice -- --film zero-to-millions      make (or refresh) the film's voice
 *   npm run voice -- --check [--film <id>]        say which lines overrun; exit 1 if any
 *
 * Every narration line becomes public/audio/<film>/<lineId>.opus (festival's SLT voice, or
 * espeak-ng when festival is missing; a recording at voice/<film>/<lineId>.wav replaces it),
 * normalised with sox to one loudness, with public/audio/<film>/manifest.json listing each
 * line's file, start and duration. Unchanged lines are kept (cached by text, voice, settings).
 */
import { Command, InvalidArgumentError, Option } from 'commander'
import cliProgress from 'cli-progress'
import path from 'node:path'
import { scripts } from '../src/sequences'
import type { FilmScript } from '../src/script/types'
import { checkFilm, formatCheck, passes } from './lib/voice/check'
import { LOUDNESS_LABEL, type TtsEngine } from './lib/voice/settings'
import { voiceFilm, type LineEvent } from './lib/voice/voiceFilm'

function filmScript(id: string): FilmScript {
  const script = scripts.get(id)
  if (!script) {
    throw new Error(`Unknown film '${id}'. Films: ${[...scripts.keys()].join(', ')}`)
  }
  return script
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

async function makeVoice(filmId: string, engine: TtsEngine | undefined, jobs?: number) {
  const script = filmScript(filmId)
  const total = script.chapters.reduce((n, c) => n + c.narration.length, 0)
  const tty = process.stdout.isTTY === true
  const multibar = tty
    ? new cliProgress.MultiBar(
        {
          format: ' {bar} {value}/{total} lines  {line}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null
  const bar = multibar?.create(total, 0, { line: '' })
  const say = (text: string): void => {
    if (multibar) multibar.log(`${text}\n`)
    else console.log(text)
  }
  const onLine = (e: LineEvent): void => {
    const what =
      e.status === 'cached'
        ? 'cached'
        : e.status === 'recorded'
          ? 'recorded (voice/ override)'
          : `synthesized (${e.source})`
    say(`  ${e.lineId.padEnd(12)} ${e.duration.toFixed(2).padStart(6)} s  ${what}`)
    bar?.update(e.done, { line: e.lineId })
  }
  console.log(`Voice for ${script.id} (${total} lines), loudness ${LOUDNESS_LABEL}`)
  try {
    const summary = await voiceFilm({
      script,
      engine,
      jobs,
      onEngine: (c) => say(`Engine: ${c.note}`),
      onLine,
    })
    multibar?.stop()
    console.log(
      `${summary.film}: ${summary.lines} lines, ${summary.synthesized} synthesized, ` +
        `${summary.recorded} recorded, ${summary.cached} cached; engine ${summary.engine}; ` +
        `${summary.totalSeconds.toFixed(1)} s of narration; ` +
        `${megabytes(summary.bytes)} in ${path.relative(process.cwd(), path.dirname(summary.manifestFile))}`,
    )
  } finally {
    multibar?.stop()
  }
  const check = await checkFilm(script)
  console.log(formatCheck(check))
  return passes(check)
}

async function checkFilms(filmId: string | undefined): Promise<boolean> {
  const ids = filmId ? [filmId] : [...scripts.keys()]
  let ok = true
  for (const id of ids) {
    const check = await checkFilm(filmScript(id))
    console.log(formatCheck(check))
    ok &&= passes(check)
  }
  return ok
}

const program = new Command()
  .name('npm run voice --')
  .description("Makes the narration's voice from the script, or checks that it fits its timing.")
  .option('--film <id>', `the film (${[...scripts.keys()].join(', ')})`)
  .option('--check', 'report every line whose audio runs past the next line or its chapter')
  .addOption(
    new Option(
      '--engine <name>',
      'speak with this engine only (default: festival, else espeak-ng)',
    ).choices(['festival', 'espeak-ng']),
  )
  .option('--jobs <n>', 'lines made at once', (v) => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('use a whole number ≥ 1')
    return n
  })
  .action(async (opts: { film?: string; check?: boolean; engine?: TtsEngine; jobs?: number }) => {
    if (opts.check) {
      process.exitCode = (await checkFilms(opts.film)) ? 0 : 1
      return
    }
    if (!opts.film) {
      throw new Error(
        `say which film: --film <id> (${[...scripts.keys()].join(', ')}), or --check to check them all`,
      )
    }
    process.exitCode = (await makeVoice(opts.film, opts.engine, opts.jobs)) ? 0 : 1
  })

program.parseAsync().catch((e: unknown) => {
  console.error(`\nerror: ${e instanceof Error ? e.message : String(e)}`)
  process.exitCode = 2
})

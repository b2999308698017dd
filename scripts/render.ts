#!/usr/bin/env -S npx tsx
/**
 * `npm run render -- --film zero-to-millions [options]`: a frame-accurate video of a film.
 * See `npm run render -- --help`, and the README's "Export" section.
 */
import { Command } from 'commander'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeFileAtomic } from './lib/atomic'
import { mixFilmAudio } from './lib/audio/mixFilmAudio'
import { filmSidecars } from './lib/audio/sidecars'
import { joinFrames, joinVideo, type Extras } from './lib/render/assemble'
import { GL_CHOICES } from './lib/chromium'
import { probe } from './lib/render/ffmpeg'
import { describePeak } from './lib/render/memory'
import { cleanSegments, renderSegments, wasInterrupted } from './lib/render/job'
import { preflight } from './lib/render/preflight'
import { checkShards, shardTagOf } from './lib/render/shards'
import { renderStills } from './lib/render/stills'
import { DEFAULTS, planRender, PRESETS, RenderError, type RenderOptions } from './lib/render/plan'
import { scriptOf } from '../src/sequences'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run render --')
    .description('Export a film as a frame-accurate video (H.264 MP4) or a PNG sequence.')
    .option('--film <id>', 'the film to render')
    .option('--chapter <id>', 'only this chapter')
    .option('--from <time>', 'start (seconds or mm:ss; within --chapter if given)')
    .option('--to <time>', 'end (seconds or mm:ss; within --chapter if given)')
    .option('--size <WxH>', `frame size (default ${DEFAULTS.size})`)
    .option('--fps <n>', `frames a second (default ${DEFAULTS.fps})`)
    .option('--out <file>', 'output file (mp4) or folder (png); default out/<film>.mp4')
    .option('--format <mp4|png>', `output format (default ${DEFAULTS.format})`)
    .option('--shard <i/n>', 'render only slice i of n (merge the slices with --merge)')
    .option('--workers <n>', `browser processes on this machine (default ${DEFAULTS.workers})`)
    .option('--crf <n>', `x264 quality, 0–51, lower is better (default ${DEFAULTS.crf})`)
    .option(
      '--preset <name>',
      `x264 preset: ${PRESETS.join(', ')} (default ${DEFAULTS.preset} with a GPU, ${DEFAULTS.softwarePreset} on software GL)`,
    )
    .option(
      '--gl <backend>',
      `GL backend: ${GL_CHOICES.join(', ')} (default auto: the fastest that draws correctly, measured)`,
    )
    .option('--quiet', 'no progress bar: a line every 10% (for CI and logs)')
    .option(
      '--timings <file>',
      'write when each frame was drawn (JSON), to see how the ETA fared (the soak keeps one)',
    )
    .option('--no-build', 'reuse dist/ as it is instead of building first')
    .option(
      '--music <file>',
      'your own music under the voice (looped, ducked), not the built-in bed',
    )
    .option('--no-music', 'no music under the voice')
    .option(
      '--stills',
      'a PNG of every stop and a poster of every chapter, and a contact sheet, into the --out folder (default out/<film>-stills)',
    )
    .option(
      '--merge <shards...>',
      'join shard files (from --shard i/n) into one video, without re-encoding',
    )
    .showHelpAfterError()
  program.parse()
  const opts = program.opts<
    RenderOptions & {
      quiet?: boolean
      build: boolean
      merge?: string[]
      music?: string | boolean
      stills?: boolean
      timings?: string
    }
  >()
  const quiet = Boolean(opts.quiet) || !process.stdout.isTTY
  const music = musicChoice(opts.music)
  if (opts.timings !== undefined && (opts.merge || opts.stills))
    throw new RenderError('--timings times a render: drop it with --merge and --stills.')
  const timings = opts.timings === undefined ? undefined : timingsFile(opts.timings)
  if (opts.merge) {
    await merge(opts.merge, opts.out, music)
    return
  }
  if (opts.stills) {
    await stills(opts, quiet)
    return
  }
  const plan = planRender(opts, USER_DIR)
  await preflight({
    script: scriptOf(plan.film),
    root,
    sound: plan.format === 'mp4' && !plan.shard,
    music: musicFile(music),
  })
  const started = performance.now()
  const rendered = await renderSegments(plan, {
    root,
    quiet,
    skipBuild: !opts.build,
    now: () => performance.now(),
    timings,
  })

  if (plan.format === 'png') {
    const n = joinFrames(plan, rendered.files)
    cleanSegments(rendered)
    console.log(`Wrote ${n} frames to ${shown(plan.out)}/`)
  } else {
    const extras = plan.shard
      ? { comment: shardTagOf(plan) }
      : await filmExtras(
          plan.film,
          plan.firstFrame / plan.fps,
          plan.endFrame / plan.fps,
          rendered.workDir,
          plan.out,
          music,
        )
    await joinVideo(rendered.files, plan.out, rendered.workDir, extras)
    cleanSegments(rendered)
    const info = probe(plan.out)
    const frames = Number(info.streams.find((s) => s.codec_type === 'video')?.nb_read_frames ?? 0)
    const seconds = (performance.now() - started) / 1000
    console.log(
      `Wrote ${shown(plan.out)}: ${frames} frames at ${plan.fps} fps, ${plan.width}x${plan.height}, ` +
        `${mib(statSync(plan.out).size)}; ${rendered.framesDrawn} frames drawn in ${seconds.toFixed(1)} s ` +
        `(${(rendered.framesDrawn / seconds).toFixed(1)} fps)`,
    )
  }
  if (rendered.chromium)
    console.log(describePeak({ node: process.resourceUsage().maxRSS * 1024, ...rendered.chromium }))
}

/** `--stills`: the same checks as a render (film, chapter, range, size), then a folder of PNGs. */
async function stills(opts: RenderOptions & { build: boolean }, quiet: boolean): Promise<void> {
  if (opts.format !== undefined || opts.shard !== undefined) {
    throw new RenderError('--stills writes PNGs of every stop: drop --format and --shard.')
  }
  const plan = planRender(
    { ...opts, format: 'png', out: opts.out ?? path.join('out', `${opts.film ?? 'film'}-stills`) },
    USER_DIR,
  )
  const n = await renderStills(plan, { root, quiet, skipBuild: !opts.build })
  console.log(`Wrote ${n} stills and contact-sheet.png to ${shown(plan.out)}/`)
}

/**
 * Where the user ran the command: `npm run` starts scripts in the project's root and says in
 * INIT_CWD where it was called from, so `--out clip.mp4` from a subfolder lands in that folder,
 * as with any command-line tool.
 */
const USER_DIR = process.env.INIT_CWD ?? process.cwd()

/** A path as the user should read it: relative to where they are, unless that climbs out. */
function shown(file: string): string {
  const rel = path.relative(USER_DIR, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}

/** `--timings FILE`, checked before anything is drawn: its folder must exist. */
function timingsFile(option: string): string {
  const file = path.resolve(USER_DIR, option)
  const dir = path.dirname(file)
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new RenderError(
      `--timings ${option}: the folder ${shown(dir)} does not exist. Create it, or write the timings elsewhere.`,
    )
  if (existsSync(file) && statSync(file).isDirectory())
    throw new RenderError(
      `--timings ${option}: that is a folder. Give a file name, e.g. timings.json.`,
    )
  return file
}

type Music = NonNullable<Parameters<typeof mixFilmAudio>[0]['music']>

/** `--music FILE` (checked here), `--no-music`, or the built-in bed. */
function musicChoice(option: string | boolean | undefined): Music {
  if (option === false) return { kind: 'none' }
  if (typeof option === 'string') {
    const file = path.resolve(USER_DIR, option)
    if (!existsSync(file))
      throw new RenderError(
        `--music ${option}: no such file. Give an audio file ffmpeg can read, or leave --music out for the built-in bed.`,
      )
    return { kind: 'file', file }
  }
  return { kind: 'bed' }
}

/** The user's music file, to check before drawing, if they gave one. */
function musicFile(music: Music): { file: string; shown: string } | undefined {
  return music.kind === 'file' ? { file: music.file, shown: shown(music.file) } : undefined
}

/**
 * The sound and text of a range: the mixed narration and music, the chapters and the captions,
 * written into the work folder for muxing, and the captions and the YouTube chapter list also
 * beside the output (`<out>.vtt`, `<out>.chapters.txt`).
 */
async function filmExtras(
  film: string,
  from: number,
  to: number,
  workDir: string,
  out: string,
  music: Music,
): Promise<Extras> {
  const sidecars = await filmSidecars({ film, from, to })
  const metadata = path.join(workDir, 'chapters.ffmetadata')
  const captions = path.join(workDir, 'captions.vtt')
  const audio = path.join(workDir, 'audio.wav')
  writeFileSync(metadata, sidecars.ffmetadata)
  writeFileSync(captions, sidecars.vtt)
  await mixFilmAudio({ film, from, to, out: audio, music })
  const base = out.replace(/\.mp4$/, '')
  writeFileAtomic(`${base}.vtt`, sidecars.vtt)
  writeFileAtomic(`${base}.chapters.txt`, sidecars.youtube)
  return { audio, metadata, captions }
}

/** `--merge`: checks that the shards make one whole render, then joins them. */
async function merge(
  shardFiles: string[],
  outOption: string | undefined,
  music: Music,
): Promise<void> {
  const { files, tag } = checkShards(shardFiles.map((f) => path.resolve(USER_DIR, f)))
  const out = path.resolve(
    USER_DIR,
    outOption ?? files[0]!.replace(/\.shard-\d+-of-\d+\.mp4$/, '.mp4'),
  )
  if (!out.endsWith('.mp4')) throw new RenderError(`--out ${outOption}: end the name with .mp4.`)
  await preflight({ script: scriptOf(tag.film), root, sound: true, music: musicFile(music) })
  const workDir = mkdtempSync(path.join(tmpdir(), 'cinematic-merge-'))
  try {
    const extras = await filmExtras(
      tag.film,
      tag.firstFrame / tag.fps,
      tag.endFrame / tag.fps,
      workDir,
      out,
      music,
    )
    await joinVideo(files, out, workDir, extras)
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  const frames = Number(
    probe(out).streams.find((s) => s.codec_type === 'video')?.nb_read_frames ?? 0,
  )
  const expected = tag.endFrame - tag.firstFrame
  if (frames !== expected)
    throw new RenderError(
      `--merge: the joined video has ${frames} frames, expected ${expected}; a shard file is damaged. Render it again.`,
    )
  console.log(`Merged ${files.length} shards into ${shown(out)}: ${frames} frames.`)
}

main().catch((e: unknown) => {
  // Ctrl-C has said what it does and is closing the browser; what that breaks is no news.
  if (wasInterrupted()) return
  if (e instanceof RenderError) {
    console.error(`render: ${e.message}`)
    process.exit(2)
  }
  // Anything else is a fault of ours, not of the input: one line, the stack only when asked for.
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
  if (process.env.CINEMATIC_DEBUG) {
    console.error(`render: failed: ${message}`)
    console.error(e)
  } else {
    console.error(
      `render: failed: ${message} (run again with CINEMATIC_DEBUG=1 to see where it failed)`,
    )
  }
  process.exit(1)
})

#!/usr/bin/env -S npx tsx
/**
 * `npm run render -- --film zero-to-millions [options]`: a frame-accurate video of a film.
 * See `npm run render -- --help`, and the README's "Export" section.
 */
import { Command } from 'commander'
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { joinFrames, joinVideo } from './lib/render/assemble'
import { probe } from './lib/render/ffmpeg'
import { cleanWorkDir, renderSegments } from './lib/render/job'
import { DEFAULTS, planRender, PRESETS, RenderError, type RenderOptions } from './lib/render/plan'

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
    .option('--preset <name>', `x264 preset: ${PRESETS.join(', ')} (default ${DEFAULTS.preset})`)
    .option('--quiet', 'no progress bar: a line every 10% (for CI and logs)')
    .option('--no-build', 'reuse dist/ as it is instead of building first')
    .showHelpAfterError()
  program.parse()
  const opts = program.opts<RenderOptions & { quiet?: boolean; build: boolean }>()
  const quiet = Boolean(opts.quiet) || !process.stdout.isTTY
  const plan = planRender(opts)
  const started = performance.now()
  const rendered = await renderSegments(plan, {
    root,
    quiet,
    skipBuild: !opts.build,
    now: () => performance.now(),
  })

  if (plan.format === 'png') {
    const n = joinFrames(plan, rendered.files)
    cleanWorkDir(rendered.workDir)
    console.log(`Wrote ${n} frames to ${path.relative(process.cwd(), plan.out)}/`)
  } else {
    await joinVideo(rendered.files, plan.out, rendered.workDir, {})
    cleanWorkDir(rendered.workDir)
    const info = probe(plan.out)
    const frames = Number(info.streams.find((s) => s.codec_type === 'video')?.nb_read_frames ?? 0)
    const seconds = (performance.now() - started) / 1000
    console.log(
      `Wrote ${path.relative(process.cwd(), plan.out)}: ${frames} frames at ${plan.fps} fps, ${plan.width}x${plan.height}, ` +
        `${mib(statSync(plan.out).size)}; ${rendered.framesDrawn} frames drawn in ${seconds.toFixed(1)} s ` +
        `(${(rendered.framesDrawn / seconds).toFixed(1)} fps)`,
    )
  }
}

main().catch((e: unknown) => {
  if (e instanceof RenderError) {
    console.error(`render: ${e.message}`)
    process.exit(2)
  }
  console.error(e)
  process.exit(1)
})

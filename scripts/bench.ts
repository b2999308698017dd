#!/usr/bin/env -S npx tsx
/**
 * `npm run bench`: the export's speed, measured side by side in one run on the same frames.
 *
 *   (a) the render-only limit: draw each frame and read it back, nothing else;
 *   (b) this pipeline: draw, hand to Node through CCapture, encode with ffmpeg (x264);
 *   (c) CCapture's stock path: its in-browser WebCodecs MP4 encoder.
 *
 * It prints frames per second for each and the ratios b/a and b/c. Not a test: the numbers
 * depend on the machine. The three take turns, round after round, on the same frames, so that a
 * machine that slows down or speeds up during the run (a shared host, thermal limits) weighs on
 * all three alike; the totals give the ratios, and each round's ratios show the spread.
 * Options: --size WxH (default 1920x1080), --frames N per round (default 60), --rounds N
 * (default 3), --at SECONDS (film time of the first frame, default 75), --preset, --no-build.
 */
import { Command } from 'commander'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { findChromium, launchChromium } from './lib/chromium'
import { chooseBackend } from './lib/render/glChoice'
import { startSegmentEncoder } from './lib/render/ffmpeg'
import { openPage, preferredPixelFormat } from './lib/render/job'
import { planRender } from './lib/render/plan'
import { startServer } from './lib/render/server'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function main(): Promise<void> {
  const opts = new Command()
    .option('--size <WxH>', 'frame size', '1920x1080')
    .option('--frames <n>', 'frames per measurement', '60')
    .option('--rounds <n>', 'rounds of (a), (b), (c) in turn', '3')
    .option('--at <seconds>', 'film time of the first frame', '75')
    .option('--preset <name>', 'x264 preset for the pipeline', 'veryfast')
    .option('--pixel-format <f>', 'yuv420p or rgba (default: what the export picks for the size)')
    .option('--no-build', 'reuse dist/')
    .parse()
    .opts<{
      size: string
      frames: string
      rounds: string
      at: string
      preset: string
      build: boolean
      pixelFormat?: 'yuv420p' | 'rgba'
    }>()
  const count = Number(opts.frames)
  const rounds = Number(opts.rounds)
  for (const [flag, n] of [
    ['--frames', count],
    ['--rounds', rounds],
  ] as const) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number ≥ 1`)
  }
  const plan = planRender({
    film: 'zero-to-millions',
    size: opts.size,
    preset: opts.preset,
    from: opts.at,
  })
  const first = plan.firstFrame
  const chromium = findChromium()
  if (!chromium) throw new Error('Chromium not found: sudo apt-get install -y chromium')
  if (opts.build) await build({ root, logLevel: 'warn', mode: 'production' })
  const server = await startServer(path.join(root, 'dist'))
  const { backend, renderer } = await chooseBackend({
    chromium,
    choice: plan.gl,
    plan,
    server,
    cacheFile: path.join(root, '.render-work', 'gl-choice.json'),
    log: (line) => console.log(line),
  })
  plan.pixelFormat = opts.pixelFormat ?? preferredPixelFormat(plan, backend)
  console.log(`GL backend: ${backend.name}: ${renderer}`)
  console.log(
    `${rounds} rounds of ${count} frames from ${opts.at} s at ${plan.width}x${plan.height}, ${plan.fps} fps\n`,
  )

  const browser = await launchChromium(chromium, backend)
  try {
    const page = await openPage(browser, server, plan)
    // Warm up: the first frames pay for shader compiles.
    await page.evaluate((f) => window.cinematicCapture!.renderOnly({ first: f, count: 10 }), first)

    const total = { limit: 0, pipeline: 0, stock: 0, draw: 0, read: 0, pDraw: 0, pRead: 0, wait: 0 }
    let stockNote = ''
    const fps = (ms: number, frames = count): number => (frames * 1000) / ms
    for (let round = 1; round <= rounds; round++) {
      const limit = await page.evaluate((req) => window.cinematicCapture!.renderOnly(req), {
        first,
        count,
      })

      const out = path.join(tmpdir(), `cinematic-bench-${process.pid}.mp4`)
      const encoder = startSegmentEncoder(plan, { index: 0, first, count }, out)
      const remove = server.addSink('bench', (frame, pixels) => encoder.write(frame, pixels))
      const t0 = performance.now()
      const piped = await page.evaluate((req) => window.cinematicCapture!.renderFrames(req), {
        first,
        count,
        endpoint: `${server.url}/__frames/bench`,
        pixelFormat: plan.pixelFormat,
      })
      await encoder.finish()
      const pipelineMs = performance.now() - t0
      remove()
      rmSync(out, { force: true })

      let stockMs: number | null = null
      if (!stockNote) {
        try {
          const stock = await page.evaluate((req) => window.cinematicCapture!.renderStock(req), {
            first,
            count,
          })
          stockMs = stock.totalMs
        } catch (e) {
          stockNote = ` (failed: ${(e as Error).message.split('\n')[0]})`
        }
      }
      total.limit += limit.totalMs
      total.draw += limit.drawMs
      total.read += limit.readMs
      total.pipeline += pipelineMs
      total.pDraw += piped.drawMs
      total.pRead += piped.readMs
      total.wait += piped.waitMs ?? 0
      total.stock += stockMs ?? 0
      const b = fps(pipelineMs)
      console.log(
        `round ${round}: (a) ${fps(limit.totalMs).toFixed(2)}  (b) ${b.toFixed(2)}  (c) ${stockMs === null ? '–' : fps(stockMs).toFixed(2)} fps;` +
          `  b/a ${(b / fps(limit.totalMs)).toFixed(3)}` +
          (stockMs === null ? '' : `  b/c ${(b / fps(stockMs)).toFixed(3)}`),
      )
    }

    const frames = count * rounds
    const a = fps(total.limit, frames)
    const b = fps(total.pipeline, frames)
    console.log('')
    console.log(
      `(a) render-only limit   ${a.toFixed(2)} fps  (draw ${(total.draw / frames).toFixed(1)} ms + read-back ${(total.read / frames).toFixed(1)} ms a frame)`,
    )
    console.log(
      `(b) this pipeline       ${b.toFixed(2)} fps  (${plan.pixelFormat} read-back, x264 ${plan.preset}, crf ${plan.crf})`,
    )
    // Where the pipeline's frame time goes in the page: drawing and reading back while the
    // previous batch travels to Node and ffmpeg, then waiting for that batch to arrive.
    console.log(
      `                          draw ${(total.pDraw / frames).toFixed(1)} ms + read-back ${(total.pRead / frames).toFixed(1)} ms + waiting for the previous batch ${(total.wait / frames).toFixed(1)} ms a frame`,
    )
    const c = stockNote ? null : fps(total.stock, frames)
    if (c !== null) console.log(`(c) CCapture WebCodecs  ${c.toFixed(2)} fps`)
    else console.log(`(c) CCapture WebCodecs  unavailable${stockNote}`)
    console.log('')
    console.log(`pipeline / limit = ${(b / a).toFixed(3)}`)
    if (c !== null) console.log(`pipeline / stock = ${(b / c).toFixed(3)}`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})

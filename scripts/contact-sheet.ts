#!/usr/bin/env -S npx tsx
/**
 * `npm run contact-sheet`: one image with a frame of every chapter (its poster frame, else its
 * midpoint), for the README and for reviewing a film at a glance. With `--maps`, one frame of
 * every look at the film's architecture map instead, showing how it grows. Draws through the
 * same player build and Chromium the export uses, and tiles the frames with ffmpeg.
 *
 *   npm run contact-sheet -- [--film id] [--maps] [--out FILE] [--no-build]
 */
import { Command } from 'commander'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { scripts } from '../src/sequences'
import { BRIDGE_FADE_SECONDS } from '../src/timeline/bridge'
import { chapterSpans } from '../src/timeline/filmTime'
import { writeFileAtomic } from './lib/atomic'
import { findChromium, launchChromium, SOFTWARE_GL } from './lib/chromium'
import { ffmpeg } from './lib/render/ffmpeg'
import { startServer } from './lib/render/server'
import { readFileSync } from 'node:fs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Each tile: a 16:9 frame small enough that a sheet of fourteen stays a few hundred KB. */
const TILE = { width: 640, height: 360 }
const COLUMNS = 3
/** Before a map look's last dip: a little inside, so the frame is the map at rest. */
const MAP_TILE_MARGIN = 0.1

async function main(): Promise<void> {
  const opts = new Command()
    .option('--film <id>', 'film', 'zero-to-millions')
    .option('--maps', "one tile per look at the film's architecture map", false)
    .option(
      '--out <file>',
      'output PNG (default docs/contact-sheet.png, with --maps docs/architecture-map.png)',
    )
    .option('--no-build', 'reuse dist/')
    .parse()
    .opts<{ film: string; out?: string; build: boolean; maps: boolean }>()
  const out = opts.out ?? (opts.maps ? 'docs/architecture-map.png' : 'docs/contact-sheet.png')
  const script = scripts.get(opts.film)
  if (!script)
    throw new Error(`--film ${opts.film}: no such film. Films: ${[...scripts.keys()].join(', ')}`)
  const chromium = findChromium()
  if (!chromium) throw new Error('Chromium not found: sudo apt-get install -y chromium')
  if (opts.build) {
    process.env.NODE_ENV = 'production'
    await build({ root, logLevel: 'warn', mode: 'production' })
  }
  const spans = chapterSpans(script.chapters)
  const server = await startServer(path.join(root, 'dist'))
  const browser = await launchChromium(chromium, SOFTWARE_GL)
  const dir = mkdtempSync(path.join(tmpdir(), 'cinematic-sheet-'))
  try {
    // The server's certificate is its own (see openPage).
    const page = await browser.newPage({ viewport: TILE, ignoreHTTPSErrors: true })
    await page.goto(`${server.url}/?film=${script.id}&ui=0&w=${TILE.width}&h=${TILE.height}`)
    await page.waitForFunction(() => window.cinematic !== undefined)
    await page.evaluate(() => window.cinematic!.ready)
    const times = opts.maps
      ? // Each look's last moment with the map fully up: every piece of its chapter has arrived.
        (await page.evaluate(() => window.cinematic!.maps)).map(
          (m) => m.end - BRIDGE_FADE_SECONDS - MAP_TILE_MARGIN,
        )
      : spans.map((span, i) => {
          const poster = script.chapters[i]!.poster
          return poster === undefined ? (span.start + span.end) / 2 : span.start + poster
        })
    if (opts.maps && times.length === 0) throw new Error(`--maps: film ${script.id} has no map.`)
    const tiles: string[] = []
    for (const [i, t] of times.entries()) {
      await page.evaluate((seconds) => window.cinematic!.seek(seconds), t)
      const file = path.join(dir, `tile-${String(i).padStart(2, '0')}.png`)
      await page.locator('canvas').screenshot({ path: file })
      tiles.push(file)
    }
    if (tiles.length < 2) throw new Error('A contact sheet needs at least two tiles.')
    const rows = Math.ceil(tiles.length / COLUMNS)
    const layout = tiles
      .map((_, i) => `${(i % COLUMNS) * TILE.width}_${Math.floor(i / COLUMNS) * TILE.height}`)
      .join('|')
    const inputs = tiles.flatMap((t) => ['-i', t])
    const sheet = path.join(dir, 'sheet.png')
    await ffmpeg([
      ...inputs,
      '-filter_complex',
      `${tiles.map((_, i) => `[${i}]`).join('')}xstack=inputs=${tiles.length}:layout=${layout}:fill=black,pad=${COLUMNS * TILE.width}:${rows * TILE.height}:0:0:black`,
      '-frames:v',
      '1',
      sheet,
    ])
    writeFileAtomic(path.resolve(root, out), readFileSync(sheet))
    console.log(`Wrote ${out}: ${tiles.length} ${opts.maps ? 'maps' : 'chapters'} of ${script.id}.`)
  } finally {
    await browser.close()
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})

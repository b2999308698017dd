import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { canvasPixels, decodePng, launchBrowser, openPlayer, seek } from '../browser/browser'

/**
 * `npm run render -- --stills` as a user runs it, on the build the browser tests serve: a PNG
 * of every stop and a poster per chapter, named in film order, and a contact sheet; each still
 * is the player's frame at that time, pixel for pixel.
 */

const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-stills-test-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

function render(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'scripts/render.ts', ...args], { cwd: root })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('close', (code) => resolve({ code: code ?? 1, out }))
  })
}

describe('npm run render -- --stills', () => {
  it(
    "writes every stop and the poster of a chapter, equal to the player's frames, and a contact sheet",
    async () => {
      const out = path.join(work, 'stills')
      const r = await render([
        '--stills',
        '--film',
        'zero-to-millions',
        '--chapter',
        'message-queue',
        '--size',
        '320x180',
        '--out',
        out,
        '--no-build',
        '--quiet',
      ])
      expect(r.code, r.out).toBe(0)
      const names = readdirSync(out).sort()
      expect(names).toEqual([
        '10-message-queue-01-queue-in.png',
        '10-message-queue-02-photo.png',
        '10-message-queue-03-scaling.png',
        '10-message-queue-04-decoupled.png',
        '10-message-queue-poster.png',
        'contact-sheet.png',
      ])
      const sheet = decodePng(readFileSync(path.join(out, 'contact-sheet.png')))
      expect([sheet.width, sheet.height]).toEqual([4 * 320, 180])

      const browser = await launchBrowser()
      try {
        const { page } = await openPlayer(browser, 'film=zero-to-millions&ui=0&w=320&h=180', {
          width: 320,
          height: 180,
        })
        const stops = await page.evaluate(() =>
          window.cinematic!.stops.filter((s) => s.chapter === 'message-queue'),
        )
        expect(stops).toHaveLength(4)
        for (const [i, stop] of stops.entries()) {
          await seek(page, stop.time)
          const shot = decodePng(await canvasPixels(page))
          const png = decodePng(readFileSync(path.join(out, names[i]!)))
          expect([png.width, png.height]).toEqual([320, 180])
          expect(png.data.equals(shot.data), names[i]).toBe(true)
        }
      } finally {
        await browser.close()
      }
    },
    8 * 60_000,
  )
})

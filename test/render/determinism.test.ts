import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderBudget } from './budget'
import { frameMd5s, render, SOFTWARE_ENV } from './run'

/**
 * Time is the only input, across processes too: the same command run twice gives the same
 * frames, byte for byte. Each range is rendered as lossless PNG frames (a one-level difference
 * in one pixel shows; an encoder could hide it) by two separate `npm run render` processes.
 */
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-determinism-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SIZE = '480x270'
/** Every range below starts and ends on this rate's frame grid. */
const FPS = 24

/** Short ranges where a frame depends most on what loads and lays out. */
const RANGES = [
  // The title and subtitle rise in: text in two weights of the font, laid out together.
  { name: 'text entering', from: 20, to: 20.5 },
  // The globe turns and its data-centre markers pop up with their labels.
  { name: 'the globe', from: 903.5, to: 904 },
  // The cut from the introduction to Chapter 1: another camera, another chapter's text.
  { name: 'a chapter cut', from: 59.75, to: 60.25 },
]

describe('the same render twice', () => {
  for (const { name, from, to } of RANGES) {
    const frames = Math.round((to - from) * FPS)
    it(
      `gives the same frames in two processes: ${name} (${from}–${to} s)`,
      async () => {
        const md5s: string[][] = []
        for (const run of ['a', 'b']) {
          const out = path.join(work, `${from}-${run}`)
          const r = await render(
            [
              '--film',
              'zero-to-millions',
              '--from',
              String(from),
              '--to',
              String(to),
              '--size',
              SIZE,
              '--fps',
              String(FPS),
              '--format',
              'png',
              '--out',
              out,
              '--no-build',
              '--quiet',
            ],
            SOFTWARE_ENV,
          )
          expect(r.code, r.out).toBe(0)
          md5s.push(frameMd5s(out))
        }
        expect(md5s[0]).toHaveLength(frames)
        const differing = md5s[0]!.flatMap((m, i) => (m === md5s[1]![i] ? [] : [i]))
        expect(differing, 'frames (from the first) that differ between the two runs').toEqual([])
      },
      renderBudget(2, 2 * frames),
    )
  }
})

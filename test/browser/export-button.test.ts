import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scriptOf } from '../../src/sequences'
import { chapterSpans } from '../../src/timeline/filmTime'
import { frameAt } from '../../src/timeline/frames'
import { launchBrowser, openPlayer } from './browser'

/**
 * The player's Export button, as a user without the CLI uses it: it records the chapter under
 * the playhead with CCapture's in-browser WebCodecs encoder and downloads an MP4 of every frame
 * of that chapter. A short chapter at a small size and a low frame rate keeps it quick on
 * SwiftShader; the code path is the one a 1080p60 export takes.
 */
const FILM = 'zero-to-millions'
const CHAPTER = 'message-queue'
const FPS = 4
const SIZE = { width: 320, height: 180 }

const span = chapterSpans(scriptOf(FILM).chapters).find((s) => s.id === CHAPTER)!
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-export-button-'))
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('Export button', () => {
  it("downloads the current chapter as an MP4 with each of the chapter's frames", async () => {
    const { page, errors } = await openPlayer(
      browser,
      `film=${FILM}&chapter=${CHAPTER}&w=${SIZE.width}&h=${SIZE.height}&fps=${FPS}`,
      SIZE,
    )
    const downloaded = page.waitForEvent('download', { timeout: 240_000 })
    await page.getByRole('button', { name: 'Export' }).click()
    // While it records, the button shows its progress.
    await page.getByRole('button', { name: /Exporting \d+%/ }).waitFor({ timeout: 30_000 })
    const download = await downloaded
    expect(download.suggestedFilename()).toBe(`${FILM}-${CHAPTER}.mp4`)
    const file = path.join(work, download.suggestedFilename())
    await download.saveAs(file)

    const probe = spawnSync(
      'ffprobe',
      [
        '-v',
        'error',
        '-count_frames',
        '-select_streams',
        'v:0',
        '-show_entries',
        'stream=codec_name,width,height,nb_read_frames',
        '-of',
        'json',
        file,
      ],
      { encoding: 'utf8' },
    )
    expect(probe.status, probe.stderr).toBe(0)
    const video = (JSON.parse(probe.stdout) as { streams: Record<string, unknown>[] }).streams[0]
    expect(video).toMatchObject({ codec_name: 'h264', width: SIZE.width, height: SIZE.height })
    const frames = Math.round(span.end * FPS) - frameAt(span.start, FPS)
    expect(Number(video!.nb_read_frames)).toBe(frames)
    // Afterwards the button is back, and the page reported nothing wrong.
    await page.getByRole('button', { name: 'Export' }).waitFor({ timeout: 15_000 })
    expect(errors).toEqual([])
    await page.close()
  }, 300_000)
})

import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium, launchChromium, SOFTWARE_GL } from '../../scripts/lib/chromium'
import { probe, startSegmentEncoder } from '../../scripts/lib/render/ffmpeg'
import { openPage } from '../../scripts/lib/render/job'
import { planRender, type RenderPlan } from '../../scripts/lib/render/plan'
import { startServer, type RenderServer } from '../../scripts/lib/render/server'

/**
 * On a GPU the export packs frames as yuv420p in the page (src/shaders/yuv.ts) instead of
 * sending RGBA; the CLI picks that path only there, so here both paths are driven directly, on
 * SwiftShader, with the same frames: each must give a video of every frame, labelled BT.709,
 * and the two videos must show the same picture.
 */
const root = path.resolve(__dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-yuv-test-'))
/** Small enough for SwiftShader, a multiple of 8×4 as the packing needs. */
const SIZE = { width: 320, height: 184 }
const FPS = 24
const COUNT = 6
/** Two pictures this close (PSNR, dB) are the same to the eye; unrelated frames score ~10–15. */
const SAME_PICTURE_DB = 38

let server: RenderServer
let browser: Browser
beforeAll(async () => {
  server = await startServer(path.join(root, 'dist'))
  browser = await launchChromium(findChromium()!, SOFTWARE_GL)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

function planFor(pixelFormat: RenderPlan['pixelFormat']): RenderPlan {
  const plan = planRender({
    film: 'zero-to-millions',
    size: `${SIZE.width}x${SIZE.height}`,
    fps: String(FPS),
    // Chapter 4's load balancer: lit boxes, labels and colour, in motion.
    from: '7:20',
  })
  plan.pixelFormat = pixelFormat
  return plan
}

/** Renders COUNT frames through the real encoder path and returns the video file. */
async function renderWith(pixelFormat: RenderPlan['pixelFormat']): Promise<string> {
  const plan = planFor(pixelFormat)
  const page = await openPage(browser, server, plan)
  try {
    const file = path.join(work, `${pixelFormat}.mp4`)
    const segment = { index: 0, first: plan.firstFrame, count: COUNT }
    const encoder = startSegmentEncoder(plan, segment, file)
    const remove = server.addSink(pixelFormat, (frame, pixels) => encoder.write(frame, pixels))
    try {
      await page.evaluate((req) => window.cinematicCapture!.renderFrames(req), {
        first: plan.firstFrame,
        count: COUNT,
        endpoint: `${server.url}/__frames/${pixelFormat}`,
        pixelFormat,
      })
      await encoder.finish()
    } finally {
      remove()
    }
    return file
  } finally {
    await page.close()
  }
}

function psnr(a: string, b: string): number {
  const r = spawnSync(
    'ffmpeg',
    ['-hide_banner', '-i', a, '-i', b, '-lavfi', '[0:v][1:v]psnr', '-f', 'null', '-'],
    { encoding: 'utf8' },
  )
  const m = /PSNR .*average:([\d.]+|inf)/.exec(r.stderr)
  if (!m) throw new Error(`ffmpeg psnr printed no average:\n${r.stderr}`)
  return m[1] === 'inf' ? Infinity : Number(m[1])
}

describe('export pixel paths', () => {
  it('RGBA and GPU-packed yuv420p give every frame, labelled BT.709, and the same picture', async () => {
    const rgba = await renderWith('rgba')
    const yuv = await renderWith('yuv420p')
    for (const file of [rgba, yuv]) {
      const video = probe(file).streams.find((s) => s.codec_type === 'video')!
      expect(video.nb_read_frames, file).toBe(String(COUNT))
      expect([video.width, video.height], file).toEqual([SIZE.width, SIZE.height])
      expect(video, file).toMatchObject({ color_space: 'bt709', color_range: 'tv' })
    }
    expect(psnr(rgba, yuv)).toBeGreaterThan(SAME_PICTURE_DB)
  })
})

import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { removeStaleTemps, segmentProblem } from '../../scripts/lib/render/resume'

/** What a resumed render trusts in .render-work: whole segments only, and no stale temp files. */
const hasFfmpeg = spawnSync('sh', ['-c', 'command -v ffmpeg && command -v ffprobe']).status === 0
const dir = mkdtempSync(path.join(tmpdir(), 'render-resume-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const FPS = 24
const segment = { index: 0, first: 0, count: 24 }

/** A segment as the export encodes it: `count` frames of H.264 in MP4. */
function encode(file: string, count: number): void {
  const r = spawnSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=128x72:rate=${FPS}`],
    ...['-frames:v', String(count), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file],
  ])
  expect(r.status, r.stderr.toString()).toBe(0)
}

describe.skipIf(!hasFfmpeg)('segments on resume', () => {
  it('trusts a whole MP4 segment', () => {
    const file = path.join(dir, 'whole.mp4')
    encode(file, 24)
    expect(segmentProblem(file, segment, FPS)).toBeNull()
  })

  it('refuses a truncated one, one with too few frames, and one that is not video', () => {
    const file = path.join(dir, 'cut.mp4')
    encode(file, 24)
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    expect(segmentProblem(file, segment, FPS)).toMatch(/ffprobe cannot read it/)

    const short = path.join(dir, 'short.mp4')
    encode(short, 20)
    expect(segmentProblem(short, segment, FPS)).toBe('20 of 24 frames')

    const junk = path.join(dir, 'junk.mp4')
    writeFileSync(junk, 'not a video')
    expect(segmentProblem(junk, segment, FPS)).toMatch(/ffprobe cannot read it/)
  })

  it('checks a PNG segment for every frame, each one whole', () => {
    const frames = path.join(dir, 'seg-png')
    mkdirSync(frames)
    spawnSync('ffmpeg', [
      ...['-v', 'error', '-f', 'lavfi', '-i', `testsrc=size=64x36:rate=${FPS}`],
      ...['-frames:v', '24', path.join(frames, 'frame-%06d.png')],
    ])
    expect(segmentProblem(frames, segment, FPS)).toBeNull()
    const last = path.join(frames, readdirSync(frames).sort().at(-1)!)
    writeFileSync(last, readFileSync(last).subarray(0, 100))
    expect(segmentProblem(frames, segment, FPS)).toMatch(/frame-000024\.png is cut off/)
    rmSync(last)
    expect(segmentProblem(frames, segment, FPS)).toBe('23 of 24 frames')
  })
})

describe('stale temporary files', () => {
  it("removes this job's leftovers and leaves other segments' alone", () => {
    const work = mkdtempSync(path.join(dir, 'work-'))
    const names = [
      '.seg-00000.mp4.1a2b3c4d.tmp',
      '.seg-00001.mp4.deadbeef.tmp',
      '.seg-00007.mp4.0badcafe.tmp',
      'seg-00000.mp4',
    ]
    for (const n of names) writeFileSync(path.join(work, n), 'x')
    const mine = ['seg-00000.mp4', 'seg-00001.mp4'].map((n) => path.join(work, n))
    expect(removeStaleTemps(work, mine)).toBe(2)
    expect(readdirSync(work).sort()).toEqual(['.seg-00007.mp4.0badcafe.tmp', 'seg-00000.mp4'])
    expect(existsSync(path.join(work, 'seg-00000.mp4'))).toBe(true)
  })
})

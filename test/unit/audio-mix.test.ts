import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scriptOf } from '../../src/sequences'
import { mixFilmAudio } from '../../scripts/lib/audio/mixFilmAudio'

const hasFfmpeg = spawnSync('sh', ['-c', 'command -v ffmpeg']).status === 0
const dir = mkdtempSync(path.join(os.tmpdir(), 'mix-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const FILM = 'zero-to-millions'
const SR = 48000

let n = 0
async function mix(from: number, to: number, music?: Parameters<typeof mixFilmAudio>[0]['music']) {
  const out = path.join(dir, `mix-${n++}.wav`)
  const result = await mixFilmAudio({ film: FILM, from, to, out, music })
  return { result, bytes: readFileSync(out) }
}

/** Left-channel samples of a 16-bit stereo WAV, as numbers in [-1, 1). */
function left(wav: Buffer): Float64Array {
  const data = wav.subarray(44)
  const out = new Float64Array(data.length / 4)
  for (let i = 0; i < out.length; i++) out[i] = data.readInt16LE(i * 4) / 32768
  return out
}

function rms(x: Float64Array): number {
  return Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length)
}

describe.skipIf(!hasFfmpeg)('mixFilmAudio', () => {
  it('writes 48 kHz stereo 16-bit PCM of exactly round((to − from) × 48000) samples', async () => {
    const from = 7 / 60
    const to = 100 / 60 + 1 / 7 // off the frame grid: still rounded to whole samples
    const { result, bytes } = await mix(from, to)
    const samples = Math.round((to - from) * SR)
    expect(result.samples).toBe(samples)
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF')
    expect(bytes.readUInt16LE(20)).toBe(1) // PCM
    expect(bytes.readUInt16LE(22)).toBe(2) // stereo
    expect(bytes.readUInt32LE(24)).toBe(SR)
    expect(bytes.readUInt16LE(34)).toBe(16)
    expect(bytes.readUInt32LE(40)).toBe(samples * 4)
    expect(bytes.length).toBe(44 + samples * 4)
  })

  it('mixing [a, b) and [b, c) and joining them equals mixing [a, c), sample for sample', async () => {
    // Across the first line's start (3 s) and a shard join at a frame boundary.
    const a = 170 / 60
    const b = 191 / 60
    const c = 230 / 60
    const first = await mix(a, b)
    const second = await mix(b, c)
    const whole = await mix(a, c)
    const joined = Buffer.concat([first.bytes.subarray(44), second.bytes.subarray(44)])
    expect(joined.length).toBe(whole.bytes.length - 44)
    expect(joined.equals(whole.bytes.subarray(44))).toBe(true)
    // Longer ranges are mixed in blocks of 2^20 samples (~22 s): joins inside hold too.
    const long = await mix(0, 25)
    const head = await mix(0, 12)
    const tail = await mix(12, 25)
    expect(
      Buffer.concat([head.bytes.subarray(44), tail.bytes.subarray(44)]).equals(
        long.bytes.subarray(44),
      ),
    ).toBe(true)
  })

  it('puts the voice at its line start, over a quiet bed', async () => {
    const line = scriptOf(FILM).chapters[0]!.narration[0]! // intro-01, film time = at
    const { bytes, result } = await mix(line.at - 1, line.at + 1)
    expect(result.lines).toBe(1)
    expect(result.clipped).toBe(0)
    const x = left(bytes)
    const before = rms(x.subarray(0, SR - 2400)) // music only
    const after = rms(x.subarray(SR + 4800, 2 * SR)) // voice
    expect(20 * Math.log10(before)).toBeLessThan(-28)
    expect(20 * Math.log10(before)).toBeGreaterThan(-60)
    expect(after / before).toBeGreaterThan(4)
    // Without music the second before the line is silent.
    const bare = await mix(line.at - 1, line.at - 0.01, { kind: 'none' })
    expect(left(bare.bytes).every((v) => v === 0)).toBe(true)
  })

  it('refuses a voice that no longer matches the script', async () => {
    const script = scriptOf(FILM)
    const moved = {
      ...script,
      chapters: script.chapters.map((c, i) =>
        i === 0
          ? { ...c, narration: c.narration.map((l, j) => (j === 0 ? { ...l, at: l.at + 0.5 } : l)) }
          : c,
      ),
    }
    await expect(
      mixFilmAudio({ film: moved, from: 0, to: 1, out: path.join(dir, 'x.wav') }),
    ).rejects.toThrow(/out of date.*intro-01.*npm run voice -- --film zero-to-millions/)
  })
})

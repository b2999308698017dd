import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FilmScript } from '../../src/script/types'
import { wavProblem } from '../../scripts/lib/voice/overrides'
import { voiceFilm, VoiceError } from '../../scripts/lib/voice/voiceFilm'

/**
 * `npm run voice` with bad recordings and a run that breaks halfway: every recording is checked
 * before any line is made, and the tracked manifest changes only when the whole voice is made.
 */
const has = (program: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${program}`]).status === 0

let root: string
let noEngines: string
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'voice-inputs-'))
  noEngines = mkdtempSync(path.join(os.tmpdir(), 'no-tts-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(noEngines, { recursive: true, force: true })
})

const script: FilmScript = {
  id: 'test-film',
  title: 'Test',
  chapters: [
    {
      id: 'one',
      title: 'One',
      duration: 10,
      beats: {},
      narration: [
        { id: 'ch01-a', at: 0.5, text: 'First line.' },
        { id: 'ch01-b', at: 5, text: 'Second line.' },
      ],
    },
  ],
}

/** A 16-bit mono PCM WAV of `samples`, its data chunk declaring `declared` bytes. */
function wav(samples: Int16Array, declared = samples.byteLength): Buffer {
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + declared, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(48000, 24)
  header.writeUInt32LE(96000, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(declared, 40)
  return Buffer.concat([
    header,
    Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength),
  ])
}

/** Half a second of a 300 Hz tone at a quarter of full scale. */
function tone(): Int16Array {
  return Int16Array.from({ length: 24000 }, (_, i) =>
    Math.round(8000 * Math.sin((2 * Math.PI * 300 * i) / 48000)),
  )
}

function record(lineId: string, bytes: Buffer | string): string {
  const dir = path.join(root, 'voice', script.id)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${lineId}.wav`)
  writeFileSync(file, bytes)
  return file
}

describe('recordings (voice/<film>/<lineId>.wav) are checked before any line is made', () => {
  const bad: [string, () => Buffer | string, RegExp][] = [
    ['text, not a WAV', () => 'these are my notes, not audio', /not a WAV file/],
    ['empty', () => Buffer.alloc(0), /the file is empty/],
    ['header only', () => wav(new Int16Array(0)), /holds no audio/],
    ['silent', () => wav(new Int16Array(48000)), /it is silent/],
    [
      'cut off in its data',
      () => wav(tone().subarray(0, 1000), tone().byteLength),
      /it is cut off: its data chunk declares 48000 bytes but only 2000/,
    ],
  ]
  for (const [name, bytes, problem] of bad) {
    it(`refuses a recording that is ${name}, naming the file, the problem and the mend`, async () => {
      record('ch01-b', bytes())
      // No speech program: had the check come after synthesis, the error would be another one.
      const error = await voiceFilm({ script, root, searchPath: noEngines, jobs: 1 }).catch(
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(VoiceError)
      const message = (error as Error).message
      expect(message).toContain("voice/test-film/ch01-b.wav, the recording for line 'ch01-b'")
      expect(message).toMatch(problem)
      expect(message).toMatch(/Mend: export it again as a PCM WAV .* or delete it/)
      expect(existsSync(path.join(root, 'public/audio/test-film/manifest.json'))).toBe(false)
    })
  }

  it('accepts a sound recording', () => {
    expect(wavProblem(wav(tone()))).toBeNull()
  })

  it('warns about a recording whose name matches no line, naming it and the pattern', async () => {
    record('ch01-5', wav(tone()))
    record('CH01-A', wav(tone()))
    const warnings: string[] = []
    await voiceFilm({
      script,
      root,
      searchPath: noEngines,
      onWarning: (w) => warnings.push(w),
    }).catch(() => undefined)
    expect(warnings).toHaveLength(2)
    expect(warnings[1]).toContain('voice/test-film/ch01-5.wav replaces no line')
    expect(warnings[1]).toContain('voice/test-film/<lineId>.wav')
    expect(warnings[1]).toContain('voice/test-film/ch01-a.wav')
    expect(warnings[0]).toContain('CH01-A.wav')
  })
})

describe.skipIf(!has('sox') || !has('ffmpeg'))('a voice run that breaks halfway', () => {
  it('leaves the manifest and the line files as they were', async () => {
    const audio = path.join(root, 'public/audio/test-film')
    mkdirSync(audio, { recursive: true })
    const manifest = path.join(audio, 'manifest.json')
    const before = '{ "film": "test-film", "lines": ["as the last good run left it"] }\n'
    writeFileSync(manifest, before)
    writeFileSync(path.join(audio, 'ch01-a.opus'), 'the old first line')
    // The first line is recorded and made; the second needs a speech program there is none of.
    record('ch01-a', wav(tone()))
    const made: string[] = []
    const error = await voiceFilm({
      script,
      root,
      searchPath: noEngines,
      jobs: 1,
      onLine: (e) => made.push(e.lineId),
    }).catch((e: unknown) => e)
    expect(made).toEqual(['ch01-a'])
    expect((error as Error).message).toContain("Line 'ch01-b' needs a voice")
    expect(readFileSync(manifest, 'utf8')).toBe(before)
    expect(readFileSync(path.join(audio, 'ch01-a.opus'), 'utf8')).toBe('the old first line')
  }, 60_000)
})

import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/audio/manifest'
import type { FilmScript } from '../../src/script/types'
import { decodeAudio } from '../../scripts/lib/audio/pcm'
import { detectEngine } from '../../scripts/lib/voice/engines'
import { ttsHash } from '../../scripts/lib/voice/settings'
import { voiceFilm, VoiceError, type VoiceFilmOptions } from '../../scripts/lib/voice/voiceFilm'

function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0
}
const canSpeak = has('text2wave') && has('sox') && has('ffmpeg')

const root = mkdtempSync(path.join(os.tmpdir(), 'voice-test-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function film(narration: FilmScript['chapters'][number]['narration']): FilmScript {
  return {
    id: 'test-film',
    title: 'Test',
    chapters: [
      { id: 'one', title: 'One', duration: 4, beats: {}, narration: [] },
      { id: 'two', title: 'Two', duration: 10, beats: {}, narration },
    ],
  }
}

const lines = [
  { id: 'l-1', at: 0.5, text: 'Hello there.' },
  { id: 'l-2', at: 5, text: 'GET /users/12', say: 'Get users.' },
]
const manifestPath = path.join(root, 'public/audio/test-film/manifest.json')
const readTestManifest = () =>
  parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')), 'manifest.json')
const run = (script: FilmScript, extra: Partial<VoiceFilmOptions> = {}) =>
  voiceFilm({ script, root, engine: 'festival', jobs: 2, ...extra })

function rmsDb(x: Float32Array): number {
  let s = 0
  for (const v of x) s += v * v
  return 10 * Math.log10(s / x.length)
}

describe.skipIf(!canSpeak)('npm run voice (festival, sox, ffmpeg)', () => {
  it('makes one normalised Opus file per line and a manifest; a second run only caches', async () => {
    const first = await run(film(lines))
    expect(first).toMatchObject({ lines: 2, synthesized: 2, cached: 0, engine: 'festival' })
    const manifest = readTestManifest()
    expect(manifest.lines.map((l) => [l.id, l.chapter, l.start, l.at, l.file, l.source])).toEqual([
      ['l-1', 'two', 4.5, 0.5, 'l-1.opus', 'festival'],
      ['l-2', 'two', 9, 5, 'l-2.opus', 'festival'],
    ])
    // The hash covers what is said (`say`), not what is shown.
    expect(manifest.lines[1]!.hash).toBe(ttsHash('Get users.', 'festival'))
    for (const line of manifest.lines) {
      const audio = await decodeAudio(path.join(root, 'public/audio/test-film', line.file), 48000)
      expect(line.duration).toBeCloseTo(audio.length / 48000, 6)
      expect(line.duration).toBeGreaterThan(0.4)
      expect(line.duration).toBeLessThan(3)
      // Normalised to −22 dBFS RMS before the pads and the encoding; close to it after.
      expect(rmsDb(audio)).toBeGreaterThan(-25.5)
      expect(rmsDb(audio)).toBeLessThan(-20)
    }
    const stamp = statSync(path.join(root, 'public/audio/test-film/l-1.opus')).mtimeMs

    const second = await run(film(lines))
    expect(second).toMatchObject({ synthesized: 0, cached: 2 })
    expect(statSync(path.join(root, 'public/audio/test-film/l-1.opus')).mtimeMs).toBe(stamp)
    // Moving a line re-times it without making it again.
    const moved = await run(film([lines[0]!, { ...lines[1]!, at: 6 }]))
    expect(moved.cached).toBe(2)
    expect(readTestManifest().lines[1]!.start).toBe(10)
  }, 30_000)

  it('a recording in voice/<film>/<line>.wav replaces the line, normalised to the same loudness', async () => {
    const dir = path.join(root, 'voice/test-film')
    mkdirSync(dir, { recursive: true })
    const wav = path.join(dir, 'l-2.wav')
    // A quiet 44.1 kHz stereo tone, with silence around it to be trimmed.
    execFileSync('sox', [
      '-n',
      '-r',
      '44100',
      '-c',
      '2',
      wav,
      'synth',
      '0.8',
      'sine',
      '300',
      'vol',
      '0.05',
      'pad',
      '0.5',
      '0.5',
    ])
    const summary = await run(film(lines))
    expect(summary).toMatchObject({ recorded: 1, cached: 1 })
    const line = readTestManifest().lines[1]!
    expect(line.source).toBe('recording')
    // 0.8 s of tone plus the light pads (0.04 + 0.08 s): the 1 s of silence is gone.
    expect(line.duration).toBeGreaterThan(0.85)
    expect(line.duration).toBeLessThan(1.0)
    const audio = await decodeAudio(path.join(root, 'public/audio/test-film/l-2.opus'), 48000)
    expect(rmsDb(audio)).toBeGreaterThan(-24)
    expect(rmsDb(audio)).toBeLessThan(-21)
    rmSync(wav)
  }, 30_000)

  it('a corrupt recording is refused with its file, its line and the mend', async () => {
    const wav = path.join(root, 'voice/test-film/l-1.wav')
    mkdirSync(path.dirname(wav), { recursive: true })
    writeFileSync(wav, 'RIFF....WAVEnot really a wav file')
    const error = await run(film(lines)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VoiceError)
    const message = (error as Error).message
    expect(message).toContain('voice/test-film/l-1.wav')
    expect(message).toContain("line 'l-1'")
    expect(message).toMatch(/Mend: export it again as a PCM WAV/)
    rmSync(wav)
  }, 30_000)
})

describe('npm run voice: bad input', () => {
  it('a line with no text names the line and the mend', async () => {
    const error = await run(film([{ id: 'empty', at: 1, text: '  ' }])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VoiceError)
    expect((error as Error).message).toMatch(/Line 'empty' \(chapter 'two'.*has no text\. Mend:/)
    const noSay = await run(film([{ id: 'x', at: 1, text: 'Hi.', say: '' }])).catch(
      (e: unknown) => e,
    )
    expect((noSay as Error).message).toMatch(/Line 'x'.*empty `say`/)
  })

  it('no speech program at all names the line and what to install', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'no-tts-'))
    const script = film([{ id: 'needs-voice', at: 1, text: 'Words never spoken before.' }])
    const error = await voiceFilm({ script, root, searchPath: empty }).catch((e: unknown) => e)
    rmSync(empty, { recursive: true })
    expect(error).toBeInstanceOf(VoiceError)
    const message = (error as Error).message
    expect(message).toContain("Line 'needs-voice'")
    expect(message).toContain('apt-get install festival festvox-us-slt-hts')
    expect(message).toContain('apt-get install espeak-ng')
    expect(message).toContain('voice/test-film/needs-voice.wav')
  })

  it.skipIf(!has('espeak-ng'))(
    'falls back to espeak-ng when festival is missing, and says so',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'espeak-only-'))
      const espeak = execFileSync('sh', ['-c', 'command -v espeak-ng'], { encoding: 'utf8' }).trim()
      symlinkSync(espeak, path.join(dir, 'espeak-ng'))
      const choice = await detectEngine({ searchPath: dir })
      rmSync(dir, { recursive: true })
      expect(choice.engine).toBe('espeak-ng')
      expect('note' in choice && choice.note).toMatch(
        /fallback: festival \(text2wave\) is not installed/,
      )
    },
  )

  it('the cache key changes with the words, the engine and the voice settings', () => {
    expect(ttsHash('Hello.', 'festival')).toBe(ttsHash('Hello.', 'festival'))
    expect(ttsHash('Hello.', 'festival')).not.toBe(ttsHash('Hello!', 'festival'))
    expect(ttsHash('Hello.', 'festival')).not.toBe(ttsHash('Hello.', 'espeak-ng'))
  })
})

import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { preflight } from '../../scripts/lib/render/preflight'
import { RenderError } from '../../scripts/lib/render/plan'
import type { FilmScript } from '../../src/script/types'

/** What a render checks before it draws its first frame. */
const dir = mkdtempSync(path.join(tmpdir(), 'render-preflight-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const script: FilmScript = {
  id: 'test-film',
  title: 'Test',
  chapters: [
    {
      id: 'one',
      title: 'One',
      duration: 10,
      beats: {},
      narration: [{ id: 'one-01', at: 1, text: 'Hello.' }],
    },
  ],
}

function project(): string {
  const root = mkdtempSync(path.join(dir, 'root-'))
  mkdirSync(path.join(root, 'state'))
  mkdirSync(path.join(root, 'public/audio/test-film'), { recursive: true })
  return root
}

function manifest(root: string, start: number): void {
  writeFileSync(path.join(root, 'public/audio/test-film/one-01.opus'), 'audio')
  writeFileSync(
    path.join(root, 'public/audio/test-film/manifest.json'),
    JSON.stringify({
      film: 'test-film',
      sampleRate: 48000,
      engine: 'festival',
      settingsVersion: 1,
      loudness: '-22 dBFS RMS',
      lines: [
        {
          id: 'one-01',
          chapter: 'one',
          file: 'one-01.opus',
          start,
          at: start,
          duration: 0.5,
          hash: '0123456789abcdef',
          source: 'festival',
        },
      ],
    }),
  )
}

const failure = (p: Promise<void>): Promise<string> =>
  p.then(
    () => 'passed',
    (e: unknown) => (e instanceof RenderError ? e.message : `not a RenderError: ${String(e)}`),
  )

describe('render preflight', () => {
  it('passes a film whose state, voice and music are good', async () => {
    const root = project()
    manifest(root, 1)
    const song = path.join(dir, 'song.wav')
    spawnSync('sox', ['-n', '-r', '8000', song, 'synth', '0.2', 'sine', '440'])
    await expect(
      preflight({ script, root, sound: true, music: { file: song, shown: 'song.wav' } }),
    ).resolves.toBeUndefined()
  })

  it('refuses --music that is not audio, naming the flag and the mend', async () => {
    const root = project()
    const notes = path.join(dir, 'notes.txt')
    writeFileSync(notes, 'la la la')
    expect(
      await failure(
        preflight({ script, root, sound: true, music: { file: notes, shown: 'notes.txt' } }),
      ),
    ).toMatch(/^--music notes\.txt: not an audio file: .*Give an audio file .*leave --music out/)
  })

  it('refuses a voice manifest out of date with the script, with the command that mends it', async () => {
    const root = project()
    manifest(root, 3)
    expect(await failure(preflight({ script, root, sound: true }))).toMatch(
      /The voice of 'test-film' .* is out of date .*one-01: manifest starts it at 3\.000 s, the script at 1\.000 s.*Mend: npm run voice -- --film test-film/,
    )
    // PNG frames and shards mix no sound: the voice is not theirs to check.
    await expect(preflight({ script, root, sound: false })).resolves.toBeUndefined()
  })

  it('refuses a state value of the wrong type, naming the file', async () => {
    const root = project()
    writeFileSync(
      path.join(root, 'state/test-film.theatre.json'),
      JSON.stringify({
        sheetsById: {
          one: { staticOverrides: { byObject: { Camera: { fov: 'banana' } } } },
        },
        definitionVersion: '0.4.0',
        revisionHistory: [],
      }),
    )
    expect(await failure(preflight({ script, root, sound: false }))).toMatch(
      /state\/test-film\.theatre\.json is not a valid Theatre state.*fov: "banana" is not a finite number/s,
    )
  })
})

describe('npm run render with --music that is not audio', () => {
  it('stops before building or drawing, with one line and exit 2', async () => {
    const root = path.resolve(__dirname, '../..')
    const notes = path.join(dir, 'notes.mp3')
    writeFileSync(notes, 'not music at all')
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
    const args = ['scripts/render.ts', '--film', 'zero-to-millions', '--to', '1', '--music', notes]
    const child = spawn(process.execPath, [tsx, ...args, '--no-build', '--quiet'], { cwd: root })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code, out).toBe(2)
    expect(out.trim().split('\n')).toEqual([
      expect.stringMatching(/^render: --music .*notes\.mp3: not an audio file/),
    ])
  }, 120_000)
})

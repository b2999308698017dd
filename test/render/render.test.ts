import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { WebVTTParser } from 'webvtt-parser'
import { canvasPixels, decodePng, launchBrowser, openPlayer, seek } from '../browser/browser'
import type { FrameTimings } from '../../scripts/lib/render/estimate'
import { renderBudget } from './budget'

/**
 * The export as a user runs it: `npm run render -- …` (through tsx), on the build the browser
 * project's global setup made (`--no-build`), checked with ffprobe and ffmpeg.
 */
const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-render-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// The limit of the heaviest test here (one render and two shards of 108 frames, and a merge),
// derived from its work rather than fixed seconds, so a busy machine never fails these.
vi.setConfig({ testTimeout: renderBudget(4, 2 * 108) })

/**
 * Small and short so a CPU draws it in seconds: 256x144 at 24 fps, on llvmpipe (what the export
 * picks without a GPU; naming it skips the measuring).
 */
const SMALL = ['--size', '256x144', '--fps', '24', '--gl', 'llvmpipe', '--no-build', '--quiet']

interface Run {
  code: number
  out: string
}

function render(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'scripts/render.ts', ...args], { cwd: root, env })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('close', (code) => resolve({ code: code ?? 1, out }))
  })
}

function ffprobe(file: string): {
  streams: Record<string, string | number>[]
  chapters: { start_time: string; end_time: string; tags: { title: string } }[]
} {
  const r = spawnSync(
    'ffprobe',
    ['-v', 'error', '-count_frames', '-show_streams', '-show_chapters', '-of', 'json', file],
    { encoding: 'utf8' },
  )
  return JSON.parse(r.stdout)
}

/** One md5 per decoded video frame: equal lists mean equal pictures, frame for frame. */
function frameMd5s(file: string): string[] {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:v', '-f', 'framemd5', '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  return r.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').at(-1)!.trim())
}

describe('npm run render', () => {
  // 59–61 s crosses the cut from the introduction to Chapter 1.
  const clip = path.join(work, 'clip.mp4')
  const timings = path.join(work, 'timings.json')

  it('renders a two-second range: H.264 yuv420p, exact frame count and fps, chapters, audio, captions', async () => {
    const run = await render([
      '--film',
      'zero-to-millions',
      '--from',
      '59',
      '--to',
      '61',
      '--out',
      clip,
      '--timings',
      timings,
      ...SMALL,
    ])
    expect(run.code, run.out).toBe(0)
    // --timings: every frame of the range once, each with when it arrived, in order.
    const t = JSON.parse(readFileSync(timings, 'utf8')) as FrameTimings
    expect([...t.frames].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 48 }, (_, i) => 59 * 24 + i),
    )
    expect(t.segments.reduce((n, s) => n + s.count, 0)).toBe(48)
    expect(t.seconds).toHaveLength(48)
    expect(t.seconds.every((s, i) => s >= 0 && (i === 0 || s >= t.seconds[i - 1]!))).toBe(true)
    const info = ffprobe(clip)
    const video = info.streams.find((s) => s.codec_type === 'video')!
    expect(video).toMatchObject({
      codec_name: 'h264',
      pix_fmt: 'yuv420p',
      width: 256,
      height: 144,
      r_frame_rate: '24/1',
    })
    expect(Number(video.nb_read_frames)).toBe(48)
    const audio = info.streams.find((s) => s.codec_type === 'audio')!
    expect(audio.codec_name).toBe('aac')
    // Audio and picture end together, to within one frame.
    expect(Math.abs(Number(audio.duration) - Number(video.duration))).toBeLessThanOrEqual(1 / 24)
    expect(
      info.streams.some((s) => s.codec_type === 'subtitle' && s.codec_name === 'mov_text'),
    ).toBe(true)
    expect(info.chapters.map((c) => c.tags.title)).toEqual(['Introduction', 'Single server setup'])
    expect(Number(info.chapters[1]!.start_time)).toBeCloseTo(1, 3)
    expect(readFileSync(clip.replace(/\.mp4$/, '.chapters.txt'), 'utf8')).toBe(
      '00:00 Introduction\n00:01 Single server setup\n',
    )
    const vtt = new WebVTTParser().parse(
      readFileSync(clip.replace(/\.mp4$/, '.vtt'), 'utf8'),
      'subtitles',
    )
    expect(vtt.errors).toEqual([])
  })

  it('renders full-size frames for longer than a page could hold them (2 s of 1080p60)', async () => {
    // 120 frames of 3 MB (packed on llvmpipe) leave the page through two buffers taking turns.
    // When each batch was sent as a Blob, Chromium refused new Blobs past a quota of about
    // 500 MB unless the page collected the sent ones, and this failed after ~60 frames.
    const big = path.join(work, 'big.mp4')
    const run = await render([
      '--film',
      'zero-to-millions',
      '--from',
      '75',
      '--to',
      '77',
      '--out',
      big,
      '--gl',
      'llvmpipe',
      '--no-build',
      '--quiet',
    ])
    expect(run.code, run.out).toBe(0)
    const video = ffprobe(big).streams.find((s) => s.codec_type === 'video')!
    expect(video).toMatchObject({ width: 1920, height: 1080, r_frame_rate: '60/1' })
    expect(Number(video.nb_read_frames)).toBe(120)
  }, 300_000)

  const range = ['--film', 'zero-to-millions', '--from', '70', '--to', '74.5']
  const whole = path.join(work, 'whole.mp4')

  it('two shards merged equal one render, frame for frame', async () => {
    const one = await render([...range, '--out', whole, ...SMALL])
    expect(one.code, one.out).toBe(0)
    const shardBase = path.join(work, 'sharded.mp4')
    for (const shard of ['1/2', '2/2']) {
      const r = await render([...range, '--out', shardBase, '--shard', shard, ...SMALL])
      expect(r.code, r.out).toBe(0)
    }
    const shards = [2, 1].map((i) => path.join(work, `sharded.shard-${i}-of-2.mp4`))
    const merged = await render(['--merge', ...shards, '--out', path.join(work, 'merged.mp4')])
    expect(merged.code, merged.out).toBe(0)
    const expected = frameMd5s(whole)
    expect(expected).toHaveLength(108)
    expect(frameMd5s(path.join(work, 'merged.mp4'))).toEqual(expected)
    const info = ffprobe(path.join(work, 'merged.mp4'))
    const video = info.streams.find((s) => s.codec_type === 'video')!
    const audio = info.streams.find((s) => s.codec_type === 'audio')!
    expect(Math.abs(Number(audio.duration) - Number(video.duration))).toBeLessThanOrEqual(1 / 24)
  })

  it("mixes the user's own music under the voice with --music, and none with --no-music", async () => {
    const song = path.join(work, 'song.wav')
    spawnSync('sox', [
      '-n',
      '-r',
      '48000',
      '-c',
      '1',
      song,
      'synth',
      '3',
      'sine',
      '440',
      'vol',
      '0.5',
    ])
    // The film's first second has no voice, so what is heard there is the music alone.
    const meanVolume = async (flags: string[], name: string): Promise<number> => {
      const out = path.join(work, name)
      const r = await render([
        '--film',
        'zero-to-millions',
        '--from',
        '0.5',
        '--to',
        '1.5',
        '--out',
        out,
        ...flags,
        ...SMALL,
      ])
      expect(r.code, r.out).toBe(0)
      const stats = spawnSync(
        'ffmpeg',
        ['-v', 'info', '-i', out, '-map', '0:a', '-af', 'volumedetect', '-f', 'null', '-'],
        { encoding: 'utf8' },
      )
      return Number(/mean_volume: (-?[\d.]+) dB/.exec(stats.stderr)?.[1] ?? -Infinity)
    }
    const withSong = await meanVolume(['--music', song], 'music.mp4')
    const silent = await meanVolume(['--no-music'], 'no-music.mp4')
    expect(withSong).toBeGreaterThan(-40)
    expect(withSong).toBeGreaterThan(silent + 20)
  })

  it("writes PNG frames that equal the player's frames at the same times, pixel for pixel", async () => {
    // Time is the only input: the export and playback draw frame f identically. At 1:15 the
    // camera is moving (about 17% of pixels change from one frame to the next at this size),
    // so a frame shifted by one would not match.
    const frames = path.join(work, 'frames')
    const first = 75 * 60
    const r = await render([
      '--film',
      'zero-to-millions',
      '--from',
      '1:15',
      '--to',
      '1:15.05',
      '--format',
      'png',
      '--out',
      frames,
      '--size',
      '320x180',
      // The backend the player runs on in these tests: other backends round a few pixels
      // differently.
      '--gl',
      'swiftshader',
      '--no-build',
      '--quiet',
    ])
    expect(r.code, r.out).toBe(0)
    const names = readdirSync(frames).sort()
    expect(names).toEqual([0, 1, 2].map((i) => `frame-${String(first + i).padStart(6, '0')}.png`))
    const browser = await launchBrowser()
    try {
      const { page } = await openPlayer(browser, 'film=zero-to-millions&ui=0&w=320&h=180', {
        width: 320,
        height: 180,
      })
      for (const [i, name] of names.entries()) {
        await seek(page, (first + i) / 60)
        const shot = decodePng(await canvasPixels(page))
        const png = decodePng(readFileSync(path.join(frames, name)))
        expect([png.width, png.height]).toEqual([320, 180])
        expect(png.data.equals(shot.data), name).toBe(true)
      }
    } finally {
      await browser.close()
    }
  })

  it('writes a relative --out where the command was run, not in the project root', async () => {
    // npm starts scripts in the project root and names the caller's folder in INIT_CWD.
    const here = mkdtempSync(path.join(work, 'cwd-'))
    const r = await render(
      ['--film', 'zero-to-millions', '--from', '59', '--to', '59.5', '--out', 'mine.mp4', ...SMALL],
      { ...process.env, INIT_CWD: here },
    )
    expect(r.code, r.out).toBe(0)
    expect(existsSync(path.join(here, 'mine.mp4'))).toBe(true)
    expect(existsSync(path.join(root, 'mine.mp4'))).toBe(false)
    expect(r.out).toMatch(/Wrote mine\.mp4: 12 frames/)
  })

  it('refuses to merge an incomplete set of shards', async () => {
    const r = await render(['--merge', path.join(work, 'sharded.shard-1-of-2.mp4')])
    expect(r.code).toBe(2)
    expect(r.out).toContain('missing shard 2/2')
  })

  it.each(['llvmpipe', 'swiftshader'])(
    'draws the same frames, byte for byte, run after run on %s',
    async (gl) => {
      const runs = ['first', 'second'].map((n) => path.join(work, `${gl}-${n}.mp4`))
      const args = [
        '--film',
        'zero-to-millions',
        '--from',
        '75',
        '--to',
        '76',
        ...SMALL,
        '--gl',
        gl,
      ]
      for (const out of runs) {
        const r = await render([...args, '--out', out])
        expect(r.code, r.out).toBe(0)
        expect(r.out).toContain(gl === 'llvmpipe' ? 'Mesa llvmpipe' : 'SwiftShader')
      }
      const [first, second] = runs.map(frameMd5s)
      expect(first).toHaveLength(24)
      expect(second).toEqual(first)
    },
    300_000,
  )

  it('resumes after a killed run and produces the same frames', async () => {
    const out = path.join(work, 'resumed.mp4')
    const args = [...range, '--out', out, ...SMALL]
    // Kill it (as a crash would) once the first segment is finished: in its own work folder,
    // not one another render left behind.
    const workRoot = path.join(root, '.render-work')
    const firstSegments = (): string[] =>
      existsSync(workRoot)
        ? readdirSync(workRoot)
            .map((d) => path.join(workRoot, d, 'seg-00000.mp4'))
            .filter((f) => existsSync(f))
        : []
    const before = new Set(firstSegments())
    const child = spawn(process.execPath, [tsx, 'scripts/render.ts', ...args], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
    })
    const firstSegmentDone = (): boolean => firstSegments().some((f) => !before.has(f))
    for (let i = 0; i < 600 && !firstSegmentDone(); i++)
      await new Promise((r) => setTimeout(r, 100))
    expect(firstSegmentDone()).toBe(true)
    process.kill(-child.pid!, 'SIGKILL')
    await new Promise((r) => setTimeout(r, 300))
    expect(existsSync(out)).toBe(false)
    const again = await render(args)
    expect(again.code, again.out).toBe(0)
    expect(again.out).toMatch(/Resuming: 1 of 2 segments already done/)
    expect(frameMd5s(out)).toEqual(frameMd5s(whole))
  })
})

describe('npm run render: bad input', () => {
  it('says which program is missing and how to install it', async () => {
    // A PATH with node and a shell but no ffmpeg.
    const bin = mkdtempSync(path.join(tmpdir(), 'cinematic-bin-'))
    for (const tool of [process.execPath, '/bin/sh'])
      symlinkSync(tool, path.join(bin, path.basename(tool)))
    const env = { ...process.env, PATH: bin }
    const r = await render(['--film', 'zero-to-millions', '--to', '1', ...SMALL], env)
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/ffmpeg was not found.*apt-get install -y ffmpeg/)
  })

  it('says when the asked GL backend is absent, and how to install it', async () => {
    // Mesa finds no driver here, as on a machine without Mesa's EGL installed.
    const r = await render(['--film', 'zero-to-millions', '--to', '1', ...SMALL], {
      ...process.env,
      LIBGL_DRIVERS_PATH: '/nonexistent',
    })
    expect(r.code, r.out).toBe(2)
    expect(r.out).toMatch(
      /--gl llvmpipe: Mesa's llvmpipe is not available\. Install it with: sudo apt-get install -y libegl1 libegl-mesa0 libgl1-mesa-dri, or use --gl swiftshader/,
    )
  })

  it('says when Chromium is missing', async () => {
    const r = await render(['--film', 'zero-to-millions', '--to', '1', ...SMALL], {
      ...process.env,
      CHROMIUM_PATH: '/nonexistent/chromium',
    })
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/Chromium was not found.*CHROMIUM_PATH/)
  })

  it('names --out when the output cannot be written, and writes nothing', async () => {
    const blocker = path.join(work, 'a-file')
    spawnSync('touch', [blocker])
    const out = path.join(blocker, 'film.mp4')
    const r = await render(['--film', 'zero-to-millions', '--to', '1', '--out', out, ...SMALL])
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/--out .*cannot write/)
    expect(existsSync(out)).toBe(false)
  })

  it('gives up on a page that never becomes ready, without an output file', async () => {
    const out = path.join(work, 'never.mp4')
    const r = await render(['--film', 'zero-to-millions', '--to', '1', '--out', out, ...SMALL], {
      ...process.env,
      CINEMATIC_READY_TIMEOUT_MS: '1',
    })
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/never became ready/)
    expect(existsSync(out)).toBe(false)
  })

  it('names --music when the music file is missing', async () => {
    const r = await render([
      '--film',
      'zero-to-millions',
      '--to',
      '1',
      '--music',
      '/nonexistent/song.mp3',
      ...SMALL,
    ])
    expect(r.code).toBe(2)
    expect(r.out).toContain('--music /nonexistent/song.mp3: no such file')
  })

  it('names --timings when its folder is missing', async () => {
    const r = await render(['--film', 'zero-to-millions', '--timings', '/nonexistent/t.json'])
    expect(r.code).toBe(2)
    expect(r.out).toContain('--timings /nonexistent/t.json: the folder /nonexistent does not exist')
  })

  it('refuses a bad flag before doing any work', async () => {
    const r = await render(['--film', 'zero-to-millions', '--size', 'big'])
    expect(r.code).toBe(2)
    expect(r.out).toContain('--size big: use WIDTHxHEIGHT')
  })
})

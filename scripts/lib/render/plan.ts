/**
 * What one `npm run render` is asked to do, checked: every bad flag ends here with a message
 * that names the flag and the mend, before anything is built or written.
 */
import path from 'node:path'
import { GL_CHOICES, type GlChoice } from '../chromium'
import { scripts } from '../../../src/sequences'
import { chapterSpans, filmDuration, type ChapterSpan } from '../../../src/timeline/filmTime'
import { frameAt, parseTimestamp } from '../../../src/timeline/frames'

/** A render that cannot start or finish, with what to do about it. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RenderError'
  }
}

export type OutputFormat = 'mp4' | 'png'

/** x264 presets, fastest to smallest. */
export const PRESETS = [
  'ultrafast',
  'superfast',
  'veryfast',
  'faster',
  'fast',
  'medium',
  'slow',
  'slower',
  'veryslow',
] as const
export type Preset = (typeof PRESETS)[number]

export interface RenderOptions {
  film?: string
  chapter?: string
  from?: string
  to?: string
  size?: string
  fps?: string
  out?: string
  format?: string
  shard?: string
  workers?: string
  crf?: string
  preset?: string
  gl?: string
}

export interface RenderPlan {
  film: string
  title: string
  spans: ChapterSpan[]
  /** Each chapter's beats (as `spans`), in its local seconds: where the render warms up. */
  beats: number[][]
  /** Film frames [firstFrame, endFrame) at `fps`: the range this render covers. */
  firstFrame: number
  endFrame: number
  fps: number
  width: number
  height: number
  format: OutputFormat
  /** The final output (a file for mp4, a folder for png). */
  out: string
  shard: { index: number; count: number } | null
  workers: number
  crf: number
  preset: Preset
  /** Whether --preset was given; if not, the job picks the default for its GL backend. */
  presetGiven: boolean
  /** x264's threads; null lets x264 decide (see encoderDefaults). */
  encoderThreads: number | null
  /**
   * How frames travel from the page: RGBA as drawn, or yuv420p packed by the GL. The job picks
   * yuv420p on a GPU backend and on llvmpipe (the packing pass costs less than the transfer and
   * conversion it saves) and RGBA on SwiftShader, where the pass costs more CPU than it saves
   * (see preferredPixelFormat; measured with npm run bench).
   */
  pixelFormat: 'yuv420p' | 'rgba'
  /** `--gl`: the GL backend asked for. */
  gl: GlChoice
  /**
   * The backend the job draws with and the renderer it reported (set by the job, empty until):
   * different backends draw slightly different pixels, so it keys the work folder and tags
   * each shard, and shards drawn on different backends are not merged.
   */
  backend: string
}

export const DEFAULTS = {
  size: '1920x1080',
  fps: 60,
  format: 'mp4' as OutputFormat,
  crf: 18,
  /** With a GPU, the CPU is free for x264. */
  preset: 'veryfast' as Preset,
  /**
   * On software GL the CPU draws too, and every millisecond x264 takes is taken from drawing:
   * at 1080p ultrafast costs about 40 % of veryfast's CPU, and at the same CRF its picture is
   * closer to the lossless one (PSNR about 5 dB higher; `npm run bench` compares them), at
   * about 12 Mbit/s for 1080p60, what YouTube asks for. Files are about four times larger.
   */
  softwarePreset: 'ultrafast' as Preset,
  workers: 1,
  gl: 'auto' as GlChoice,
}

function fail(message: string): never {
  throw new RenderError(message)
}

function time(flag: string, text: string, duration: number): number {
  const t = parseTimestamp(text)
  if (!Number.isFinite(t) || t < 0)
    fail(`--${flag} ${text}: use seconds (90 or 90.5) or mm:ss (1:30).`)
  if (t > duration)
    fail(`--${flag} ${text}: the film is only ${duration} s long; use a time up to ${duration}.`)
  return t
}

function integer(flag: string, text: string, min: number, max: number, what: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${flag} ${text}: use ${what} from ${min} to ${max}.`)
  return n
}

/** Checks the flags against the film registry and returns the plan, or throws a RenderError. */
export function planRender(options: RenderOptions, cwd = process.cwd()): RenderPlan {
  const films = [...scripts.keys()]
  if (!options.film) fail(`--film is required: one of ${films.join(', ')}.`)
  // A Map: '__proto__' or 'constructor' find nothing on Object's prototype.
  const script = scripts.get(options.film)
  if (!script) fail(`--film ${options.film}: no such film. Films: ${films.join(', ')}.`)
  const spans = chapterSpans(script.chapters)
  const duration = filmDuration(spans)

  const fps =
    options.fps === undefined
      ? DEFAULTS.fps
      : integer('fps', options.fps, 1, 240, 'a whole number of frames a second')

  let from = 0
  let to = duration
  if (options.chapter !== undefined) {
    const span = spans.find((s) => s.id === options.chapter)
    if (!span)
      fail(
        `--chapter ${options.chapter}: film '${script.id}' has no such chapter. Chapters: ${spans.map((s) => s.id).join(', ')}.`,
      )
    from = span.start
    to = span.end
    if (options.from !== undefined || options.to !== undefined) {
      // Within a chapter, --from/--to count from the chapter's start.
      const local = span.end - span.start
      if (options.from !== undefined) from = span.start + time('from', options.from, local)
      if (options.to !== undefined) to = span.start + time('to', options.to, local)
    }
  } else {
    if (options.from !== undefined) from = time('from', options.from, duration)
    if (options.to !== undefined) to = time('to', options.to, duration)
  }
  const firstFrame = frameAt(from, fps)
  const endFrame = Math.round(to * fps)
  if (endFrame <= firstFrame)
    fail(`--from/--to: the range ${from}–${to} s holds no frame; make --to later than --from.`)

  const sizeText = options.size ?? DEFAULTS.size
  const size = /^(\d+)x(\d+)$/.exec(sizeText)
  if (!size) fail(`--size ${sizeText}: use WIDTHxHEIGHT, e.g. 1920x1080.`)
  const width = Number(size[1])
  const height = Number(size[2])
  if (width < 16 || height < 16 || width > 7680 || height > 4320)
    fail(`--size ${sizeText}: use a size from 16x16 to 7680x4320.`)
  // yuv420p halves the chroma planes: odd sizes cannot be encoded.
  if (width % 2 || height % 2)
    fail(
      `--size ${sizeText}: width and height must be even for H.264 (yuv420p), e.g. ${width + (width % 2)}x${height + (height % 2)}.`,
    )

  const format = (options.format ?? DEFAULTS.format) as OutputFormat
  if (format !== 'mp4' && format !== 'png') fail(`--format ${options.format}: use mp4 or png.`)

  let shard: RenderPlan['shard'] = null
  if (options.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(options.shard)
    const index = m ? Number(m[1]) : NaN
    const count = m ? Number(m[2]) : NaN
    if (!m || count < 1 || index < 1 || index > count)
      fail(`--shard ${options.shard}: use i/n with 1 ≤ i ≤ n, e.g. --shard 3/8.`)
    shard = { index, count }
  }

  const workers =
    options.workers === undefined
      ? DEFAULTS.workers
      : integer('workers', options.workers, 1, 64, 'a number of browser processes')
  const crf =
    options.crf === undefined
      ? DEFAULTS.crf
      : integer('crf', options.crf, 0, 51, 'an x264 quality (lower is better)')
  const preset = (options.preset ?? DEFAULTS.preset) as Preset
  if (!PRESETS.includes(preset))
    fail(`--preset ${options.preset}: use one of ${PRESETS.join(', ')}.`)

  const gl = (options.gl ?? DEFAULTS.gl) as GlChoice
  if (!GL_CHOICES.includes(gl))
    fail(
      `--gl ${options.gl}: use one of ${GL_CHOICES.join(', ')} (auto measures the others and takes the fastest).`,
    )

  const name = options.chapter ? `${script.id}-${options.chapter}` : script.id
  const defaultOut =
    format === 'png' ? path.join('out', `${name}-frames`) : path.join('out', `${name}.mp4`)
  let out = path.resolve(cwd, options.out ?? defaultOut)
  if (format === 'mp4' && !out.endsWith('.mp4'))
    fail(
      `--out ${options.out}: an mp4 render writes a .mp4 file; end the name with .mp4 (or use --format png for frames).`,
    )
  if (shard) out = out.replace(/\.mp4$/, `.shard-${shard.index}-of-${shard.count}.mp4`)

  return {
    pixelFormat: 'rgba',
    gl,
    backend: '',
    film: script.id,
    title: script.title,
    spans,
    beats: script.chapters.map((c) => Object.values<number>(c.beats).sort((a, b) => a - b)),
    firstFrame,
    endFrame,
    fps,
    width,
    height,
    format,
    out,
    shard,
    workers,
    crf,
    preset,
    presetGiven: options.preset !== undefined,
    encoderThreads: null,
  }
}

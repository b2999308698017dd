/** ffmpeg and ffprobe as the export uses them: one encoder per segment, and joins without re-encoding. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { commitFile, tempBeside } from '../atomic'
import type { RenderPlan } from './plan'
import { RenderError } from './plan'
import type { Segment } from './segments'

const APT_HINT = 'sudo apt-get install -y ffmpeg'

export function requireProgram(name: 'ffmpeg' | 'ffprobe'): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  if (found.status !== 0 || !found.stdout.trim()) {
    throw new RenderError(`${name} was not found on the PATH. Install it with: ${APT_HINT}`)
  }
}

/** Keyframe interval: at most two seconds, so players seek quickly inside a segment. */
function gop(plan: RenderPlan, segment: Segment): number {
  return Math.min(segment.count, 2 * plan.fps)
}

/**
 * How the page's pixels become the video's: BT.709 at limited ("TV") range, the matrix HD video
 * is read with. RGBA arrives bottom-up (WebGL's rows) and is flipped and converted here; yuv420p
 * arrives already packed that way on the GPU (src/shaders/yuv.ts), so it only needs labelling.
 * Both give the same picture, and the file says which matrix it uses, so players do not guess.
 */
export const RGBA_TO_VIDEO = 'vflip,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p'
const COLOUR_TAGS = [
  '-colorspace',
  'bt709',
  '-color_primaries',
  'bt709',
  '-color_trc',
  'bt709',
  '-color_range',
  'tv',
]

/** What turns pixels into video here; part of a render's work-folder key, like its settings. */
export const PIXEL_PIPELINE = [RGBA_TO_VIDEO, ...COLOUR_TAGS].join(' ')

export function encoderArgs(plan: RenderPlan, segment: Segment, output: string): string[] {
  const yuv = plan.pixelFormat === 'yuv420p'
  const input = [
    '-f',
    'rawvideo',
    '-pix_fmt',
    plan.pixelFormat,
    ...(yuv ? ['-colorspace', 'bt709', '-color_range', 'tv'] : []),
    '-s',
    `${plan.width}x${plan.height}`,
    '-framerate',
    String(plan.fps),
    '-i',
    'pipe:0',
  ]
  const head = ['-hide_banner', '-loglevel', 'error', '-y', ...input]
  if (plan.format === 'png') {
    if (yuv) throw new Error('PNG frames are written from RGBA; the page sent yuv420p')
    // WebGL reads rows bottom-up.
    return [
      ...head,
      '-vf',
      'vflip',
      '-start_number',
      String(segment.first),
      path.join(output, 'frame-%06d.png'),
    ]
  }
  const g = gop(plan, segment)
  return [
    ...head,
    ...(yuv ? [] : ['-vf', RGBA_TO_VIDEO]),
    ...COLOUR_TAGS,
    '-c:v',
    'libx264',
    ...(plan.encoderThreads ? ['-threads', String(plan.encoderThreads)] : []),
    '-preset',
    plan.preset,
    '-crf',
    String(plan.crf),
    '-pix_fmt',
    'yuv420p',
    // Closed GOPs that start every segment with a keyframe: segments join without re-encoding.
    '-g',
    String(g),
    '-keyint_min',
    String(g),
    '-sc_threshold',
    '0',
    '-flags',
    '+cgop',
    '-video_track_timescale',
    String(plan.fps * 1000),
    '-f',
    'mp4',
    output,
  ]
}

export interface SegmentEncoder {
  /** Hands frame `frame` to ffmpeg; resolves once ffmpeg has taken it (not encoded it). */
  write(frame: number, pixels: Buffer): Promise<void>
  /** Closes the input, waits for ffmpeg, and moves the segment into place. */
  finish(): Promise<void>
  abort(): void
}

/**
 * The environment an encoder runs in: glibc's malloc told to keep a frame's worth of memory
 * rather than hand it back. By default it maps each buffer of a frame's size afresh and unmaps
 * it when freed, and trims the heap as soon as its top is free, so every frame's memory is
 * faulted in again: on the first film at 1080p, x264 on one thread took 15 ms of CPU a frame,
 * half of it in the kernel (540 page faults a frame), and takes 6 ms with these, writing the
 * same bytes. The mmap threshold is above the largest frame the export sends (4K RGBA, 33 MB).
 * Other C libraries ignore the variables.
 */
export function encoderEnv(): NodeJS.ProcessEnv {
  // Read when the encoder starts, so it runs with the environment of that moment (its PATH).
  return {
    ...process.env,
    MALLOC_MMAP_THRESHOLD_: String(64 * 1024 * 1024),
    MALLOC_TRIM_THRESHOLD_: String(256 * 1024 * 1024),
  }
}

/** Encodes one segment into `file` (a .mp4, or a folder of PNGs), atomically. */
export function startSegmentEncoder(
  plan: RenderPlan,
  segment: Segment,
  file: string,
): SegmentEncoder {
  const tmp = tempBeside(file)
  if (plan.format === 'png') mkdirSync(tmp, { recursive: true })
  const frameBytes = plan.width * plan.height * (plan.pixelFormat === 'yuv420p' ? 1.5 : 4)
  const child: ChildProcessWithoutNullStreams = spawn('ffmpeg', encoderArgs(plan, segment, tmp), {
    env: encoderEnv(),
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
  let expected = segment.first
  let failed: Error | null = null
  child.stdin.on('error', (e) => (failed ??= e))
  return {
    async write(frame, pixels) {
      if (failed) throw failed
      if (frame !== expected)
        throw new Error(`segment ${segment.index}: got frame ${frame}, expected ${expected}`)
      if (pixels.length !== frameBytes) {
        throw new Error(
          `frame ${frame}: ${pixels.length} bytes, expected ${frameBytes} (${plan.width}x${plan.height} ${plan.pixelFormat})`,
        )
      }
      expected++
      // Settles once the bytes are in the pipe, not merely queued: the server reuses them.
      await new Promise<void>((resolve) =>
        child.stdin.write(pixels, (e) => {
          if (e) failed ??= e
          resolve()
        }),
      )
      if (failed) throw failed
    },
    async finish() {
      if (expected !== segment.first + segment.count) {
        throw new Error(
          `segment ${segment.index}: ${expected - segment.first} of ${segment.count} frames arrived`,
        )
      }
      child.stdin.end()
      const code = await exited
      if (code !== 0) {
        rmSync(tmp, { recursive: true, force: true })
        throw new Error(
          `ffmpeg failed on segment ${segment.index} (exit ${code}): ${stderr.trim()}`,
        )
      }
      if (plan.format === 'png') renameSync(tmp, file)
      else commitFile(tmp, file)
    },
    abort() {
      child.kill('SIGKILL')
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

/** Runs ffmpeg to completion, or throws with what it printed. */
export function ffmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args])
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ffmpeg failed (exit ${code}): ${stderr.trim()}`)),
    )
  })
}

export interface ProbeResult {
  streams: {
    codec_type: string
    codec_name: string
    width?: number
    height?: number
    pix_fmt?: string
    color_space?: string
    color_range?: string
    r_frame_rate?: string
    nb_frames?: string
    nb_read_frames?: string
    duration?: string
  }[]
  chapters: { start_time: string; end_time: string; tags?: { title?: string } }[]
  format: { duration?: string; tags?: Record<string, string> }
}

/** ffprobe's JSON for a file, counting frames exactly. */
export function probe(file: string): ProbeResult {
  const r = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-count_frames',
      '-show_streams',
      '-show_chapters',
      '-show_format',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  )
  if (r.status !== 0) throw new Error(`ffprobe ${file}: ${r.stderr.trim()}`)
  return JSON.parse(r.stdout) as ProbeResult
}

/** Moves the PNGs of finished segment folders into one output folder. */
export function collectPngs(segmentDirs: string[], outDir: string): number {
  mkdirSync(outDir, { recursive: true })
  let n = 0
  for (const dir of segmentDirs) {
    for (const f of readdirSync(dir).sort()) {
      renameSync(path.join(dir, f), path.join(outDir, f))
      n++
    }
    rmSync(dir, { recursive: true, force: true })
  }
  return n
}

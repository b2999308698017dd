import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

/** Running `npm run render -- …` as a user does (through tsx), in a process of its own. */
export const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  out: string
}

/** Renders with `args`; resolves with the exit and everything printed. */
export function render(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'scripts/render.ts', ...args], { cwd: root, env })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('close', (code, signal) => resolve({ code, signal, out }))
  })
}

/** The browser tests' GL: software, without probing for a GPU first (faster, same pixels). */
export const SOFTWARE_ENV: NodeJS.ProcessEnv = { ...process.env, CINEMATIC_GL: 'software' }

/**
 * ffmpeg's framemd5 of a video file, or of a folder of `frame-NNNNNN.png`: one md5 per decoded
 * frame, so equal lists mean equal pictures, frame for frame.
 */
export function frameMd5s(input: string): string[] {
  const source = input.endsWith('.mp4')
    ? ['-i', input]
    : ['-f', 'image2', '-pattern_type', 'glob', '-i', path.join(input, 'frame-*.png')]
  const r = spawnSync('ffmpeg', ['-v', 'error', ...source, '-map', '0:v', '-f', 'framemd5', '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  if (r.status !== 0) throw new Error(`ffmpeg framemd5 ${input}: ${r.stderr}`)
  return r.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').at(-1)!.trim())
}

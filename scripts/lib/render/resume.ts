/**
 * What a resumed render may trust in its work folder: a finished segment is used only if it
 * holds every frame it should (a truncated one, from a full disk or a machine that lost power,
 * is drawn again, with a line saying so), and temporary files left by a killed run are removed.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Segment } from './segments'

/** What is wrong with a finished segment, or null when it can be used as it is. */
export function segmentProblem(file: string, segment: Segment, fps: number): string | null {
  if (statSync(file).isDirectory()) {
    const frames = readdirSync(file).filter((f) => f.endsWith('.png'))
    if (frames.length !== segment.count) return `${frames.length} of ${segment.count} frames`
    const broken = frames.find((f) => !endsLikePng(path.join(file, f)))
    return broken ? `${broken} is cut off` : null
  }
  // The container's own count and length: no decoding, so checking a film's segments is quick.
  const r = spawnSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=nb_frames,duration',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8' },
  )
  if (r.status !== 0) return `ffprobe cannot read it (${r.stderr.trim().split('\n')[0] ?? ''})`
  const stream = (JSON.parse(r.stdout) as { streams?: { nb_frames?: string; duration?: string }[] })
    .streams?.[0]
  if (!stream) return 'it holds no video'
  const frames = Number(stream.nb_frames)
  if (frames !== segment.count) return `${frames} of ${segment.count} frames`
  const seconds = Number(stream.duration)
  if (!(Math.abs(seconds - segment.count / fps) <= 1 / fps))
    return `${seconds} s long instead of ${(segment.count / fps).toFixed(3)} s`
  return null
}

/** A PNG ends with its IEND chunk; a file cut off on the way to disk does not. */
function endsLikePng(file: string): boolean {
  const size = statSync(file).size
  if (size < 12) return false
  const tail = Buffer.alloc(12)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, tail, 0, 12, size - 12)
  } finally {
    closeSync(fd)
  }
  return tail.toString('latin1', 4, 8) === 'IEND'
}

/**
 * Removes the temporary files of `segments` (`.seg-00003.mp4.<random>.tmp`) that a killed run
 * left behind. Only this job's own segments: another shard may be writing its own beside them.
 */
export function removeStaleTemps(dir: string, segmentFiles: readonly string[]): number {
  if (!existsSync(dir)) return 0
  const prefixes = segmentFiles.map((f) => `.${path.basename(f)}.`)
  let removed = 0
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.tmp') && prefixes.some((p) => name.startsWith(p))) {
      rmSync(path.join(dir, name), { recursive: true, force: true })
      removed++
    }
  }
  return removed
}

/**
 * CPU time of the export's processes, from /proc (Linux), to see where a frame's CPU goes:
 * Chromium's GPU process (the drawing itself with a software GL), its renderer (the film's
 * JavaScript, CCapture, the worker that uploads frames), its other processes (the browser and the network
 * service that carry frames to Node), Node (receiving frames), and ffmpeg (colour conversion
 * and x264), which Node has reaped by then, so it is counted in Node's children's time.
 */
import { readFileSync } from 'node:fs'
import { descendants } from './memory'

export type CpuRole = 'gpu' | 'renderer' | 'browser' | 'node' | 'ffmpeg'

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS = 100

function stat(pid: number | 'self'): number[] | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name; utime is field 14 of the whole line, index 11 here.
    return s
      .slice(s.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number)
  } catch {
    return null
  }
}

function role(pid: number): CpuRole | null {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    if (!/chrom/i.test(cmdline.split('\0')[0] ?? '')) return null
    if (cmdline.includes('--type=gpu-process')) return 'gpu'
    if (cmdline.includes('--type=renderer')) return 'renderer'
    return 'browser'
  } catch {
    return null
  }
}

/**
 * The Chromium processes Node started whose parent is not Chromium: one per browser launched,
 * each the root of that browser's processes.
 */
export function chromiumRoots(): number[] {
  const all = descendants(process.pid)
  const chromium = new Set(all.filter((pid) => role(pid) !== null))
  return [...chromium].filter((pid) => {
    const s = stat(pid)
    return s !== null && !chromium.has(s[1]!)
  })
}

/**
 * Milliseconds of CPU used so far, by role (processes still alive, and reaped children). With
 * `browsers` (roots from chromiumRoots), only those browsers' processes count as Chromium's:
 * a benchmark keeps several open and times one at a time.
 */
export function cpuSnapshot(browsers?: number[]): Record<CpuRole, number> {
  const out: Record<CpuRole, number> = { gpu: 0, renderer: 0, browser: 0, node: 0, ffmpeg: 0 }
  const self = stat('self')
  if (self) {
    out.node = ((self[11]! + self[12]!) * 1000) / TICKS
    // Reaped children: the ffmpeg encoders (Chromium's processes outlive the measurement).
    out.ffmpeg = ((self[13]! + self[14]!) * 1000) / TICKS
  }
  const pids = browsers
    ? browsers.flatMap((root) => [root, ...descendants(root)])
    : descendants(process.pid)
  for (const pid of pids) {
    const r = role(pid)
    const s = r && stat(pid)
    if (r && s) out[r] += ((s[11]! + s[12]!) * 1000) / TICKS
  }
  return out
}

export function cpuSince(
  before: Record<CpuRole, number>,
  browsers?: number[],
): Record<CpuRole, number> {
  const now = cpuSnapshot(browsers)
  const out = { ...now }
  for (const k of Object.keys(now) as CpuRole[]) out[k] = now[k] - before[k]
  return out
}

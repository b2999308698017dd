/**
 * Resident memory of the export's processes, read from /proc (Linux only; elsewhere there is
 * nothing to read and the figures are absent). Chromium runs as several processes (browser,
 * GPU, renderer, utilities), all children of the Node process that launched it.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Every process under `root` (children, their children, …), found through /proc/<pid>/stat. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>()
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue
    try {
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = []
  const walk = (pid: number): void => {
    for (const child of children.get(pid) ?? []) {
      found.push(child)
      walk(child)
    }
  }
  walk(root)
  return found
}

export interface ProcessMemory {
  pid: number
  /** The executable's name (e.g. chromium, node, ffmpeg). */
  name: string
  /** Resident now, and the most it has been (VmHWM), in bytes. */
  rss: number
  peak: number
}

/** Memory of one process, or null if it is gone or /proc is not there. */
export function processMemory(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = (field: string): number =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'
    return { pid, name, rss: kib('VmRSS'), peak: kib('VmHWM') }
  } catch {
    return null
  }
}

/**
 * Chromium's role for a process: 'browser' for the main process, else its --type (renderer,
 * gpu-process, utility, zygote); null if it is gone.
 */
export function chromiumRole(pid: number): string | null {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser'
  } catch {
    return null
  }
}

/** The Chromium processes under `root` (the browser and everything it started). */
export function chromiumProcesses(root: number): ProcessMemory[] {
  return descendants(root)
    .map(processMemory)
    .filter((m): m is ProcessMemory => m !== null && /chrom/i.test(m.name))
}

/** What the summary prints: peak resident memory of Node and of Chromium's processes. */
export interface PeakMemory {
  node: number
  /** Sum of the peaks of Chromium's processes (an upper bound of its peak as a whole). */
  chromium: number
  chromiumProcesses: number
  /** The peak of its largest process (usually the renderer or the GPU process). */
  chromiumLargest: number
}

export function chromiumPeak(root: number): Omit<PeakMemory, 'node'> {
  const procs = chromiumProcesses(root)
  return {
    chromium: procs.reduce((n, p) => n + p.peak, 0),
    chromiumProcesses: procs.length,
    chromiumLargest: Math.max(0, ...procs.map((p) => p.peak)),
  }
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MiB`
}

export function describePeak(m: PeakMemory): string {
  const browser =
    m.chromiumProcesses > 0
      ? `; Chromium ${mib(m.chromium)} in ${m.chromiumProcesses} processes (largest ${mib(m.chromiumLargest)})`
      : ''
  return `Peak resident memory: Node ${mib(m.node)}${browser}`
}

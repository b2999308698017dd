import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { chromiumProcesses } from '../../scripts/lib/render/memory'
import { renderBudget } from './budget'
import { frameMd5s, render, root } from './run'

/**
 * A render stopped after drawing began, by the user (Ctrl-C) or by a fault (the browser dies):
 * it says so in one line on stderr, with no stack trace, exits non-zero, and leaves a work
 * folder that the same command resumes from.
 */
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-interrupt-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// Each test: one render stopped after its first segment, and the resumed one.
vi.setConfig({ testTimeout: renderBudget(2, 2 * 108) })

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const workRoot = path.join(root, '.render-work')

/**
 * 4.5 s at 24 fps: 108 frames in two segments (96 and 12), small, on llvmpipe. Each test has a
 * range of its own, so each has a work folder of its own.
 */
function args(from: number, out: string): string[] {
  return [
    '--film',
    'zero-to-millions',
    '--from',
    String(from),
    '--to',
    String(from + 4.5),
    '--size',
    '256x144',
    '--fps',
    '24',
    '--gl',
    'llvmpipe',
    '--no-build',
    '--quiet',
    '--out',
    out,
  ]
}

/** Work folders with a finished first segment written after `since` (ms since the epoch). */
function finishedFirstSegments(since: number): string[] {
  if (!existsSync(workRoot)) return []
  return readdirSync(workRoot)
    .map((d) => path.join(workRoot, d, 'seg-00000.mp4'))
    .filter((f) => existsSync(f) && statSync(f).mtimeMs >= since)
    .map((f) => path.dirname(f))
}

interface Stopped {
  code: number | null
  stdout: string
  stderr: string
  /** The render's work folder. */
  workDir: string
}

/**
 * Starts a render in a process group of its own, as a shell starts a command, waits until it
 * has drawn and kept its first segment (so drawing has begun and something is there to resume),
 * then calls `stop` with the render's process id and waits for it to end.
 */
async function renderAndStop(from: number, out: string, stop: (pid: number) => void) {
  const since = Date.now() - 1000
  const child = spawn(process.execPath, [tsx, 'scripts/render.ts', ...args(from, out)], {
    cwd: root,
    detached: true,
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const ended = new Promise<number | null>((resolve) => child.on('close', resolve))
  let exited = false
  void ended.then(() => (exited = true))
  let workDirs: string[] = []
  while (!exited && (workDirs = finishedFirstSegments(since)).length === 0) {
    await new Promise((r) => setTimeout(r, 100))
  }
  expect(exited, `the render ended before its first segment was kept:\n${stdout}${stderr}`).toBe(
    false,
  )
  expect(workDirs).toHaveLength(1)
  stop(child.pid!)
  const code = await ended
  return { code, stdout, stderr, workDir: workDirs[0]! } satisfies Stopped
}

/** The lines of a stream that say something. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** What the same command does afterwards: it resumes, and its video has every frame. */
async function expectResumes(from: number, out: string, stopped: Stopped): Promise<void> {
  const left = readdirSync(stopped.workDir)
  expect(left).toContain('seg-00000.mp4')
  const again = await render(args(from, out))
  expect(again.code, again.out).toBe(0)
  expect(again.out).toMatch(/Resuming: 1 of 2 segments already done/)
  expect(frameMd5s(out)).toHaveLength(108)
}

describe('npm run render, stopped after drawing began', () => {
  it('Ctrl-C: one line, no stack, exit 130, and the same command resumes', async () => {
    const out = path.join(work, 'interrupted.mp4')
    // A terminal's Ctrl-C signals the whole foreground process group: Node, tsx and ffmpeg.
    const stopped = await renderAndStop(100, out, (pid) => process.kill(-pid, 'SIGINT'))
    const said = lines(stopped.stderr)
    expect(said, stopped.stderr).toHaveLength(1)
    expect(said[0]).toMatch(/^Interrupted: finished segments are kept; run the same command/)
    expect(stopped.stdout + stopped.stderr).not.toMatch(/^\s+at /m)
    expect(stopped.code).toBe(130)
    expect(existsSync(out)).toBe(false)
    await expectResumes(100, out, stopped)
  })

  // The browser's processes are found through /proc (Linux).
  it.skipIf(!existsSync('/proc'))(
    'the browser dies: one line, no stack, exit 1, and the same command resumes',
    async () => {
      const out = path.join(work, 'crashed.mp4')
      const stopped = await renderAndStop(110, out, (pid) => {
        // Every Chromium process of this render, as when the browser crashes or is killed.
        for (const p of chromiumProcesses(pid)) process.kill(p.pid, 'SIGKILL')
      })
      const said = lines(stopped.stderr)
      expect(said, stopped.stderr).toHaveLength(1)
      expect(said[0]).toMatch(/^render: failed: .+\(run again with CINEMATIC_DEBUG=1/)
      expect(stopped.stdout + stopped.stderr).not.toMatch(/^\s+at /m)
      expect(stopped.code).toBe(1)
      expect(existsSync(out)).toBe(false)
      await expectResumes(110, out, stopped)
    },
  )
})

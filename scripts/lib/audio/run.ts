import { spawn } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import path from 'node:path'

/** A program that could not be run, or that failed: says which, with what, and what it printed. */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly stderr = '',
  ) {
    super(message)
    this.name = 'ToolError'
  }
}

export interface RunResult {
  stdout: Buffer
  stderr: string
}

export interface RunOptions {
  /** Written to the program's standard input. */
  input?: string | Buffer
  env?: NodeJS.ProcessEnv
}

/**
 * Runs a program (no shell) and resolves with what it printed; rejects with a ToolError that
 * names the command and quotes its error output when it cannot start or exits non-zero.
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(
        new ToolError(
          e.code === 'ENOENT'
            ? `'${command}' is not installed (or not on the PATH)`
            : `could not run '${command}': ${e.message}`,
        ),
      )
    })
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8')
      if (code === 0) {
        resolve({ stdout: Buffer.concat(out), stderr })
      } else {
        const tail = stderr.trim().split('\n').slice(-6).join('\n')
        reject(
          new ToolError(
            `'${command} ${args.join(' ')}' failed (${signal ?? `exit ${code}`})${tail ? `:\n${tail}` : ''}`,
            stderr,
          ),
        )
      }
    })
    child.stdin.on('error', () => {
      // The program may exit before reading all its input; its exit status says what happened.
    })
    child.stdin.end(options.input ?? '')
  })
}

/** The full path of `command` on `searchPath` (default: $PATH), or null. */
export async function findProgram(
  command: string,
  searchPath = process.env.PATH ?? '',
): Promise<string | null> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, command)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

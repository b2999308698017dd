/** Writing outputs so that a crash never leaves a half-written file under the final name. */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A temporary name beside `file` (same folder, so the final rename is atomic). */
export function tempBeside(file: string): string {
  const dir = path.dirname(file)
  return path.join(dir, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`)
}

/** Writes `data` to `file` through a synced temporary file and a rename. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = tempBeside(file)
  try {
    writeFileSync(tmp, data)
    const fd = openSync(tmp, 'r')
    fsyncSync(fd)
    closeSync(fd)
    renameSync(tmp, file)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
}

/** Moves a finished temporary file into place. */
export function commitFile(tmp: string, file: string): void {
  const fd = openSync(tmp, 'r')
  fsyncSync(fd)
  closeSync(fd)
  renameSync(tmp, file)
}

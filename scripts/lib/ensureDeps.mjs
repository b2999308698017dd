/**
 * Installs the locked npm dependencies when node_modules is missing or was installed from a
 * different package-lock.json. Uses only Node's built-ins, so `npm start` and `npm test` work on
 * a fresh clone before anything is installed.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the hash of the lockfile node_modules was installed from is kept. */
const STAMP = path.join('node_modules', '.package-lock.sha256')

export function ensureDeps(root) {
  const lock = readFileSync(path.join(root, 'package-lock.json'))
  const hash = createHash('sha256').update(lock).digest('hex')
  const stamp = path.join(root, STAMP)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) return
  console.log('Installing the locked npm dependencies (npm ci)…')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error('\nnpm ci failed. Check the network to the npm registry, then run: npm ci')
    process.exit(1)
  }
  writeFileSync(stamp, `${hash}\n`)
}

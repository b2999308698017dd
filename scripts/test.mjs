#!/usr/bin/env node
/**
 * The one test command: `npm test`.
 *
 *   npm test                 type check, lint, unit and browser tests
 *   npm test -- --unit       type check, lint, unit tests only (no Chromium or ffmpeg needed)
 *   npm test -- <filter>     anything else is passed on to `vitest run`
 *
 * Browser tests need Chromium and the export tests ffmpeg; when they are missing this installs
 * them with apt-get if it runs as root (a CI container), and otherwise stops and prints the
 * command to run. Every step runs even when an earlier one fails, so one run shows every
 * problem; the last line is always `N passed, N failed[, N skipped]`, and the exit status is
 * non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process'
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureDeps } from './lib/ensureDeps.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const reportFile = path.join('test-results', 'vitest.json')

/**
 * What the browser, export and voice tests run; installed together so one apt run is enough.
 * The export draws on Mesa's llvmpipe where it can (about twice SwiftShader's speed): Chromium
 * reaches it through libEGL (libegl1), Mesa's EGL (libegl-mesa0) and Mesa's Gallium driver
 * (libgl1-mesa-dri, with LLVM), none of which Chromium's own package requires.
 */
const APT_PACKAGES = [
  'chromium',
  'ffmpeg',
  'libegl1',
  'libegl-mesa0',
  'libgl1-mesa-dri',
  'festival',
  'festvox-us-slt-hts',
  'espeak-ng',
  'sox',
]

const args = process.argv.slice(2)
const unitOnly = args.includes('--unit')
const vitestArgs = args.filter((a) => a !== '--unit')

/** The path of a command on the PATH, or null. */
function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  const out = found.status === 0 ? found.stdout.trim() : ''
  return out || null
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Chromium as the browser tests will find it: CHROMIUM_PATH, else `chromium` on the PATH. */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null
  return which('chromium')
}

/** Mesa's EGL and its software driver, as Chromium's GPU process loads them for llvmpipe. */
function hasLlvmpipe() {
  const libs = spawnSync('sh', ['-c', 'PATH="$PATH:/sbin:/usr/sbin" ldconfig -p'], {
    encoding: 'utf8',
  })
  if (!/libEGL\.so\.1\b/.test(libs.stdout) || !/libEGL_mesa\.so\.0\b/.test(libs.stdout))
    return false
  const dirs = ['/usr/lib', '/usr/lib64']
  for (const lib of dirs) {
    const entries = existsSync(lib) ? readdirSync(lib) : []
    for (const sub of ['', ...entries.filter((e) => e.endsWith('-linux-gnu'))]) {
      if (existsSync(path.join(lib, sub, 'dri', 'swrast_dri.so'))) return true
    }
  }
  return false
}

/** The system tools the browser tests need that are not installed. */
function missingTools() {
  const missing = []
  if (!findChromium()) {
    missing.push(
      process.env.CHROMIUM_PATH
        ? `chromium (CHROMIUM_PATH=${process.env.CHROMIUM_PATH})`
        : 'chromium',
    )
  }
  for (const tool of ['ffmpeg', 'ffprobe']) if (!which(tool)) missing.push(tool)
  if (!hasLlvmpipe()) missing.push("Mesa's llvmpipe (libegl1, libegl-mesa0, libgl1-mesa-dri)")
  return missing
}

function run(command, commandArgs, env = process.env) {
  console.log(`\n> ${[command, ...commandArgs].join(' ')}\n`)
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  })
  if (result.error) console.error(`could not run ${command}: ${result.error.message}`)
  return result.status ?? 1
}

/** Makes sure Chromium and ffmpeg are there; returns false (having said why) if they cannot be. */
function ensureSystemTools() {
  let missing = missingTools()
  if (missing.length === 0) return true

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const install = `apt-get install -y ${APT_PACKAGES.join(' ')}`
  if (!isRoot || !which('apt-get')) {
    console.error(`\nMissing for the browser tests: ${missing.join(', ')}.`)
    console.error(`Install them with:\n\n  sudo apt-get update && sudo ${install}\n`)
    console.error('or run only the unit tests with: npm test -- --unit')
    return false
  }

  console.log(`Missing ${missing.join(', ')}; installing with apt-get (running as root).`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (
    run('apt-get', ['update'], env) !== 0 ||
    run('apt-get', ['install', '-y', ...APT_PACKAGES], env) !== 0
  ) {
    console.error(`\napt-get failed. Install by hand: ${install}`)
    return false
  }
  missing = missingTools()
  if (missing.length > 0) {
    console.error(`\nStill missing after apt-get: ${missing.join(', ')}.`)
    return false
  }
  return true
}

function readReport() {
  try {
    return JSON.parse(readFileSync(path.join(root, reportFile), 'utf8'))
  } catch {
    return null
  }
}

ensureDeps(root)
if (!unitOnly && !ensureSystemTools()) process.exit(1)

// The browser helpers look for CHROMIUM_PATH first; pin what was found here so both agree.
const chromium = unitOnly ? null : findChromium()
const testEnv = chromium ? { ...process.env, CHROMIUM_PATH: chromium } : process.env

const steps = []
steps.push({ name: 'typecheck', status: run('npm', ['run', 'typecheck']) })
steps.push({ name: 'lint', status: run('npm', ['run', 'lint']) })

// A stale report from an earlier run must not be mistaken for this one's.
rmSync(path.join(root, reportFile), { force: true })
mkdirSync(path.join(root, 'test-results'), { recursive: true })
const vitestStatus = run(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    // The browser project holds the text layout check of every film; the text-layout project
    // is that check alone, for one film (npm run check:text-layout), so it is not run twice.
    ...(unitOnly
      ? ['--project', 'unit']
      : vitestArgs.includes('--project')
        ? []
        : ['--project', 'unit', '--project', 'browser']),
    ...vitestArgs,
  ],
  testEnv,
)
steps.push({ name: 'tests', status: vitestStatus })

const report = readReport()
let passed = 0
let failed = 0
let skipped = 0
if (report) {
  passed = report.numPassedTests
  failed = report.numFailedTests
  skipped = report.numPendingTests + report.numTodoTests
  // A file that fails to load, or whose hooks throw, has no failed test of its own but is a
  // failure all the same.
  for (const file of report.testResults) {
    const anyTestFailed = file.assertionResults.some((t) => t.status === 'failed')
    if (file.status === 'failed' && !anyTestFailed) failed++
  }
}
// A step that failed without failing a test (type errors, lint errors, Vitest itself crashing
// or reporting an unhandled error) counts once, so the summary never reads "0 failed" then.
for (const step of steps) {
  if (step.status === 0) continue
  if (step.name === 'tests' && failed > 0) continue
  failed++
}

console.log('')
for (const step of steps) console.log(`${step.name}: ${step.status === 0 ? 'ok' : 'FAILED'}`)
if (!report) console.log(`tests: no report at ${reportFile} (Vitest did not finish)`)
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
process.exit(steps.some((s) => s.status !== 0) ? 1 : 0)

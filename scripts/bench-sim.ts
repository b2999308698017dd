/**
 * `npm run bench:sim`: what the simulation costs the player, for every model every film builds,
 * with the settings the film gives it (its `sims/` builders) and over its chapter's length. Not a
 * test: the numbers depend on the machine. For each model it prints the median and p99
 * milliseconds of
 *
 *   cold   `stateAt(t)` at a random t in the chapter on a fresh model (no checkpoints yet, so it
 *          includes computing every checkpoint up to t): a deep link or the first seek;
 *   seek   `stateAt(t)` at a random t on a model that has already been used (its checkpoints
 *          exist): scrubbing;
 *   frame  `stateAt(t)` with t advancing by 1/60 s from a random start: playback at 60 fps
 *          (budget 16.7 ms for everything).
 *
 * A chapter with several models gets a row for all of them in one frame: what that chapter costs.
 * Garbage from the benchmark's own churn (it builds and drops a model per cold sample) is
 * collected between samples, outside the timed region, so p99 measures the simulation rather
 * than a major GC of the previous samples' leftovers.
 *
 * Options: --film ID (default: every film), --samples N (default 60), --frames N (default 600),
 * --seed N (default 1).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { simParamsSchema } from '../src/sim'
import type { SimBuilder, SimModel } from '../src/sim/filmSims'
import { createRandom } from '../src/timeline/random'
import { films } from '../src/sequences'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const v = Number(process.argv[i + 1])
  if (!Number.isFinite(v) || v <= 0) fail(`--${name} needs a positive number, e.g. --${name} 60.`)
  return v
}

const samples = Math.floor(arg('samples', 60))
const frames = Math.floor(arg('frames', 600))
const seed = Math.floor(arg('seed', 1))
const only = process.argv.includes('--film')
  ? process.argv[process.argv.indexOf('--film') + 1]
  : undefined
const ids = films.map((f) => f.script.id)
if (only !== undefined && !ids.includes(only)) {
  fail(`--film: no film '${only ?? ''}'. Films: ${ids.join(', ')}.`)
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
}

function time(fn: () => void): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

// Node hides gc() unless started with --expose-gc; this turns it on from inside.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const rng = createRandom(seed * 7919 + 1)
const params = simParamsSchema.parse({ seed })
const rows: string[][] = []
const fmt = (x: number) => (x < 0.01 ? x.toFixed(4) : x < 1 ? x.toFixed(3) : x.toFixed(2))

/** `stateAt` over `frames` frames at 60 fps from a random start, for the given models together. */
function playback(models: SimModel[], length: number): number[] {
  const start = rng() * Math.max(0, length - frames / 60)
  for (const m of models) m.stateAt(start)
  gc()
  const out: number[] = []
  for (let f = 1; f <= frames; f++) {
    const t = start + f / 60
    out.push(time(() => models.forEach((m) => m.stateAt(t))))
  }
  return out
}

function measure(build: SimBuilder, length: number): string[] {
  const randomT = () => rng() * length
  // Warm the JIT on another seed so that "cold" measures the simulation, not the compiler.
  const warm = build({ ...params, seed: seed + 1000 })
  for (let i = 0; i < 5; i++) warm.stateAt(randomT())
  const cold: number[] = []
  for (let i = 0; i < samples; i++) {
    const model = build(params)
    const t = randomT()
    gc()
    cold.push(time(() => model.stateAt(t)))
  }
  const used = build(params)
  used.stateAt(length)
  gc()
  const seek: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = randomT()
    seek.push(time(() => used.stateAt(t)))
  }
  const frame = playback([used], length)
  return [cold, seek, frame].flatMap((xs) => [fmt(quantile(xs, 0.5)), fmt(quantile(xs, 0.99))])
}

for (const film of films) {
  if (only !== undefined && film.script.id !== only) continue
  const { sims } = await film.sims()
  for (const chapter of film.script.chapters) {
    const builders = Object.entries(sims.chapters[chapter.id] ?? {})
    for (const [name, build] of builders) {
      rows.push([
        `${film.script.id} · ${chapter.id} · ${name}`,
        ...measure(build, chapter.duration),
      ])
    }
    if (builders.length > 1) {
      const together = playback(
        builders.map(([, build]) => build(params)),
        chapter.duration,
      )
      rows.push([
        `${film.script.id} · ${chapter.id} (all ${builders.length}, one frame)`,
        '',
        '',
        '',
        '',
        fmt(quantile(together, 0.5)),
        fmt(quantile(together, 0.99)),
      ])
    }
  }
}

const header = ['model', 'cold p50', 'cold p99', 'seek p50', 'seek p99', 'frame p50', 'frame p99']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
console.log(
  `Simulation stateAt(t) cost in ms, each model over its chapter (seed ${seed}, ${samples} seeks, ${frames} frames at 60 fps)`,
)
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows) console.log(line(r))

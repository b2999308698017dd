#!/usr/bin/env -S npx tsx
/**
 * `npm run bench:sim`: what the simulation costs the player, per model. Not a test: the numbers
 * depend on the machine. For each model it prints the median and p99 milliseconds of
 *
 *   cold   `stateAt(t)` at a random t in the film on a fresh simulation (no checkpoints yet, so
 *          it includes computing every checkpoint up to t): a deep link or the first seek;
 *   seek   `stateAt(t)` at a random t on a simulation that has already been used (its
 *          checkpoints exist): scrubbing;
 *   frame  `stateAt(t)` with t advancing by 1/60 s from a random start: playback at 60 fps
 *          (budget 16.7 ms for everything).
 *
 * Garbage from the benchmark's own churn (it builds and drops a simulation per cold sample) is
 * collected between samples, outside the timed region, so p99 measures the simulation rather
 * than a major GC of the previous samples' leftovers.
 *
 * Options: --film SECONDS (default 1200, a 20-minute film), --samples N (default 60),
 * --frames N (default 600), --seed N (default 1).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createSimulation, SIM_MODEL_IDS, type SimModelId } from '../src/sim'
import { createRandom } from '../src/timeline/random'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const v = Number(process.argv[i + 1])
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`)
  return v
}

const film = arg('film', 1200)
const samples = Math.floor(arg('samples', 60))
const frames = Math.floor(arg('frames', 600))
const seed = Math.floor(arg('seed', 1))

type Model = { stateAt(t: number): unknown }
const modelOf = (sim: ReturnType<typeof createSimulation>, id: SimModelId) => sim[id] as Model

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
const randomT = () => rng() * film

// Warm the JIT on another seed so that "cold" measures the simulation, not the compiler.
{
  const sim = createSimulation({ seed: seed + 1000 })
  for (const id of SIM_MODEL_IDS) for (let i = 0; i < 5; i++) modelOf(sim, id).stateAt(randomT())
}

const rows: string[][] = []
const fmt = (x: number) => (x < 0.01 ? x.toFixed(4) : x < 1 ? x.toFixed(3) : x.toFixed(2))
for (const id of SIM_MODEL_IDS) {
  const cold: number[] = []
  for (let i = 0; i < samples; i++) {
    const sim = createSimulation({ seed })
    const t = randomT()
    gc()
    cold.push(time(() => modelOf(sim, id).stateAt(t)))
  }
  const used = modelOf(createSimulation({ seed }), id)
  used.stateAt(film)
  gc()
  const seek: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = randomT()
    seek.push(time(() => used.stateAt(t)))
  }
  const frame: number[] = []
  const start = randomT()
  used.stateAt(start)
  gc()
  for (let f = 1; f <= frames; f++) {
    const t = start + f / 60
    frame.push(time(() => used.stateAt(t)))
  }
  rows.push([
    id,
    fmt(quantile(cold, 0.5)),
    fmt(quantile(cold, 0.99)),
    fmt(quantile(seek, 0.5)),
    fmt(quantile(seek, 0.99)),
    fmt(quantile(frame, 0.5)),
    fmt(quantile(frame, 0.99)),
  ])
}

// All models at once per frame: what a final-architecture chapter showing everything costs.
const all: number[] = []
{
  const sim = createSimulation({ seed })
  const start = randomT()
  for (const id of SIM_MODEL_IDS) modelOf(sim, id).stateAt(start)
  gc()
  for (let f = 1; f <= frames; f++) {
    const t = start + f / 60
    all.push(time(() => SIM_MODEL_IDS.forEach((id) => modelOf(sim, id).stateAt(t))))
  }
}
rows.push([
  `(all ${SIM_MODEL_IDS.length}, one frame)`,
  '',
  '',
  '',
  '',
  fmt(quantile(all, 0.5)),
  fmt(quantile(all, 0.99)),
])

const header = ['model', 'cold p50', 'cold p99', 'seek p50', 'seek p99', 'frame p50', 'frame p99']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
console.log(
  `Simulation stateAt(t) cost in ms over a ${film}s film (seed ${seed}, ${samples} seeks, ${frames} frames at 60 fps)`,
)
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows) console.log(line(r))

/**
 * Shared machinery for the simulation models: seeded streams, the distributions they draw from,
 * lazily memoised checkpoints, health-check arithmetic and a small heap.
 *
 * Everything here is pure: no wall clock, no unseeded randomness. All randomness is derived from
 * `src/timeline/random.ts` (`createRandom`, `randomAt`, `hashString`), so the same seed gives the
 * same numbers on every machine and in every query order.
 */
import { createRandom, hashString, randomAt } from '../timeline/random'

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number

const TWO_32 = 4294967296

/**
 * A sub-seed for a named part of a model (`deriveSeed(seed, 'lb-service')`), so that models and
 * their parts draw from independent streams while sharing the one user-facing seed.
 */
export function deriveSeed(seed: number, label: string): number {
  return Math.floor(randomAt(seed >>> 0, hashString(label)) * TWO_32) >>> 0
}

/**
 * A generator for element `index` of a family of streams: stateless across indices (bucket 7's
 * stream never depends on buckets 0..6), sequential within one index.
 */
export function streamAt(seed: number, index: number): Rng {
  return createRandom(Math.floor(randomAt(seed, index) * TWO_32) >>> 0)
}

/** A uniform in [0, 1) that depends only on (seed, index): per-request attributes. */
export function uniformAt(seed: number, index: number): number {
  return randomAt(seed, index)
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x
}

let logFactTable: Float64Array | null = null

/** ln(k!) — exact sums for small k, Stirling's series beyond. */
export function logFactorial(k: number): number {
  if (k < 256) {
    if (!logFactTable) {
      logFactTable = new Float64Array(256)
      for (let i = 2; i < 256; i++) logFactTable[i] = logFactTable[i - 1]! + Math.log(i)
    }
    return logFactTable[k]!
  }
  const x = k + 1
  return (
    (x - 0.5) * Math.log(x) -
    x +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * x) -
    1 / (360 * x * x * x) +
    1 / (1260 * x ** 5)
  )
}

/**
 * A Poisson draw with the given mean: Knuth's product method for small means, Hörmann's
 * transformed rejection (PTRS, as in NumPy) for means ≥ 10. Exact for every mean.
 */
export function poisson(mean: number, rng: Rng): number {
  if (!(mean > 0)) return 0
  if (mean < 10) {
    const limit = Math.exp(-mean)
    let k = 0
    let p = rng()
    while (p > limit) {
      k++
      p *= rng()
    }
    return k
  }
  const slam = Math.sqrt(mean)
  const loglam = Math.log(mean)
  const b = 0.931 + 2.53 * slam
  const a = -0.059 + 0.02483 * b
  const invalpha = 1.1239 + 1.1328 / (b - 3.4)
  const vr = 0.9277 - 3.6224 / (b - 2)
  for (;;) {
    const u = rng() - 0.5
    const v = rng()
    const us = 0.5 - Math.abs(u)
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43)
    if (us >= 0.07 && v <= vr) return k
    if (k < 0 || (us < 0.013 && v > us)) continue
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -mean + k * loglam - logFactorial(k)
    ) {
      return k
    }
  }
}

/**
 * Zipf sampling over ranks 1..n with P(k) ∝ k^-s. Up to 2^18 ranks it uses Walker's alias
 * method (one uniform per draw, tables shared between samplers with the same n and s); beyond,
 * rejection-inversion (Hörmann & Derflinger 1996, as in Apache Commons RNG): exact, O(1)
 * expected time and no table, so n can be millions. s = 0 is uniform.
 */
export class ZipfSampler {
  private readonly hx1: number
  private readonly hn: number
  private readonly sCut: number
  private readonly table: AliasTable | null

  constructor(
    readonly n: number,
    readonly exponent: number,
  ) {
    if (!(n >= 1)) throw new Error(`ZipfSampler: n must be ≥ 1, got ${n}`)
    this.hx1 = this.hIntegral(1.5) - 1
    this.hn = this.hIntegral(n + 0.5)
    this.sCut = 2 - this.hIntegralInverse(this.hIntegral(2.5) - this.h(2))
    this.table = exponent > 0 && n <= 1 << 18 ? aliasTable(n, exponent) : null
  }

  /** A rank in 1..n (1 is the most popular). */
  sample(rng: Rng): number {
    if (this.exponent <= 0) return 1 + Math.floor(rng() * this.n)
    const table = this.table
    if (table) {
      // One uniform: its integer part picks a column, its fraction the coin.
      const x = rng() * this.n
      const i = Math.floor(x)
      return 1 + (x - i < table.prob[i]! ? i : table.alias[i]!)
    }
    for (;;) {
      const u = this.hn + rng() * (this.hx1 - this.hn)
      const x = this.hIntegralInverse(u)
      let k = Math.floor(x + 0.5)
      if (k < 1) k = 1
      else if (k > this.n) k = this.n
      if (k - x <= this.sCut || u >= this.hIntegral(k + 0.5) - this.h(k)) return k
    }
  }

  private h(x: number): number {
    return Math.exp(-this.exponent * Math.log(x))
  }

  private hIntegral(x: number): number {
    const logX = Math.log(x)
    return helper2((1 - this.exponent) * logX) * logX
  }

  private hIntegralInverse(x: number): number {
    let t = x * (1 - this.exponent)
    if (t < -1) t = -1
    return Math.exp(helper1(t) * x)
  }
}

interface AliasTable {
  prob: Float64Array
  alias: Int32Array
}

const aliasTables = new Map<string, AliasTable>()

/** Walker's alias table for Zipf(n, s), built once per (n, s) (Vose's stable construction). */
function aliasTable(n: number, s: number): AliasTable {
  const key = `${n}:${s}`
  const hit = aliasTables.get(key)
  if (hit) return hit
  const w = zipfWeights(n, s)
  const prob = new Float64Array(n)
  const alias = new Int32Array(n)
  const scaled = new Float64Array(n)
  const small: number[] = []
  const large: number[] = []
  for (let i = 0; i < n; i++) {
    scaled[i] = w[i]! * n
    if (scaled[i]! < 1) small.push(i)
    else large.push(i)
  }
  while (small.length && large.length) {
    const l = small.pop()!
    const g = large.pop()!
    prob[l] = scaled[l]!
    alias[l] = g
    scaled[g] = scaled[g]! + scaled[l]! - 1
    if (scaled[g]! < 1) small.push(g)
    else large.push(g)
  }
  for (const i of large) prob[i] = 1
  for (const i of small) prob[i] = 1
  const table = { prob, alias }
  aliasTables.set(key, table)
  return table
}

function helper1(x: number): number {
  return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1 - x * (0.5 - x * (1 / 3 - 0.25 * x))
}

function helper2(x: number): number {
  return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1 + x * 0.5 * (1 + (x / 3) * (1 + 0.25 * x))
}

/** Normalised Zipf probabilities p[k-1] ∝ k^-s for k = 1..n. */
export function zipfWeights(n: number, s: number): Float64Array {
  const w = new Float64Array(n)
  let sum = 0
  for (let k = 1; k <= n; k++) {
    w[k - 1] = Math.pow(k, -s)
    sum += w[k - 1]!
  }
  for (let i = 0; i < n; i++) w[i]! /= sum
  return w
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

/**
 * A seeded bijection of 0..n-1 (an affine map modulo n), so that popularity ranks land on
 * scattered ids: the most active user is not user 0, and `user_id % 4` is not skewed by rank.
 */
export function scatter(n: number, seed: number): (rank0: number) => number {
  if (n <= 1) return () => 0
  let a = 1 + Math.floor(uniformAt(seed, 1) * (n - 1))
  while (gcd(a, n) !== 1) a = (a % (n - 1)) + 1
  const b = Math.floor(uniformAt(seed, 2) * n)
  return (r) => (((a * r) % n) + b) % n
}

/** A server (or data centre) that is down during [at, until). */
export interface Outage {
  at: number
  until?: number
}

/** Whether something with these outages, present from `joinAt`, is up at time t. */
export function isUp(t: number, outages: readonly Outage[] = [], joinAt = 0): boolean {
  if (t < joinAt) return false
  for (const o of outages) if (t >= o.at && t < (o.until ?? Infinity)) return false
  return true
}

/** The last health check at or before t, with checks at 0, H, 2H, … (t < 0 gives 0). */
export function lastCheck(t: number, interval: number): number {
  return t <= 0 ? 0 : Math.floor(t / interval) * interval
}

/** The first health check at or after t: when a change at t is seen. */
export function checkAtOrAfter(t: number, interval: number): number {
  const c = Math.ceil(t / interval) * interval
  return c < 0 ? 0 : c
}

/**
 * Operations a model gives the checkpoint store: a working state W (mutable, fast), a compact
 * saved form S, and `advance(w, to)` that processes every event with time in [w.t, to) and
 * sets w.t = to. Advancing to a then to b must equal advancing to b: that is what makes the
 * answer independent of where the stepping started.
 */
export interface StepModel<W extends { t: number }, S> {
  initial(): W
  advance(w: W, to: number): void
  save(w: W): S
  load(s: S): W
}

/**
 * Lazily computed, memoised checkpoints every `interval` seconds. `at(t)` steps from the
 * checkpoint at floor(t / interval) — always that one, whatever was asked before — so the
 * same t gives the same state in any query order. A few recent working states are kept as
 * cursors so that a frame-by-frame playback steps only the new 1/60 s.
 */
export class Checkpoints<W extends { t: number }, S> {
  private readonly saved: S[] = []
  private cursors: { k: number; w: W }[] = []

  constructor(
    private readonly model: StepModel<W, S>,
    readonly interval: number,
    private readonly maxCursors = 3,
  ) {
    if (!(interval > 0)) throw new Error('Checkpoints: interval must be > 0')
  }

  /** How many checkpoints have been computed (for tests and the benchmark). */
  get computed(): number {
    return this.saved.length
  }

  /** The working state at t (read it, do not keep or mutate it). */
  at(t: number): W {
    const time = Math.max(0, t)
    const k = Math.floor(time / this.interval)
    for (let i = 0; i < this.cursors.length; i++) {
      const c = this.cursors[i]!
      if (c.k === k && c.w.t <= time) {
        this.model.advance(c.w, time)
        if (i > 0) {
          this.cursors.splice(i, 1)
          this.cursors.unshift(c)
        }
        return c.w
      }
    }
    const w = this.model.load(this.checkpoint(k))
    this.model.advance(w, time)
    this.cursors.unshift({ k, w })
    if (this.cursors.length > this.maxCursors) this.cursors.pop()
    return w
  }

  /** A private copy of the working state at t, free to advance further (for event listings). */
  fork(t: number): W {
    return this.model.load(this.model.save(this.at(t)))
  }

  /**
   * The events a model emits in [t0, t1) (requests, reads, calls…), listed by stepping a private
   * copy from t0; `step` is the model's own advance that reports each event it produces.
   */
  eventsIn<E>(t0: number, t1: number, step: (w: W, to: number, emit: (e: E) => void) => void): E[] {
    const a = Math.max(0, t0)
    if (!(t1 > a)) return []
    const out: E[] = []
    step(this.fork(a), t1, (e) => out.push(e))
    return out
  }

  private checkpoint(k: number): S {
    if (this.saved.length === 0) this.saved.push(this.model.save(this.model.initial()))
    if (this.saved.length <= k) {
      const w = this.model.load(this.saved[this.saved.length - 1]!)
      for (let j = this.saved.length; j <= k; j++) {
        this.model.advance(w, j * this.interval)
        this.saved.push(this.model.save(w))
      }
    }
    return this.saved[k]!
  }
}

/** An entry of a MinHeap: ordered by `key`, ties by `seq` (make it unique for a total order). */
export interface HeapItem {
  readonly key: number
  readonly seq: number
}

/** A binary min-heap of immutable items (no wrapper objects: one allocation per push is yours). */
export class MinHeap<T extends HeapItem> {
  private items: T[]

  constructor(items?: readonly T[]) {
    this.items = items ? items.slice() : []
  }

  get size(): number {
    return this.items.length
  }

  peekKey(): number {
    return this.items.length ? this.items[0]!.key : Infinity
  }

  peek(): T | undefined {
    return this.items[0]
  }

  push(item: T): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!less(items[i]!, items[p]!)) break
      ;[items[i], items[p]] = [items[p]!, items[i]!]
      i = p
    }
  }

  pop(): T | undefined {
    const items = this.items
    if (!items.length) return undefined
    const top = items[0]!
    const last = items.pop()!
    if (items.length) {
      items[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < items.length && less(items[l]!, items[m]!)) m = l
        if (r < items.length && less(items[r]!, items[m]!)) m = r
        if (m === i) break
        ;[items[i], items[m]] = [items[m]!, items[i]!]
        i = m
      }
    }
    return top
  }

  /** Items in no particular order. */
  values(): T[] {
    return this.items.slice()
  }

  /** A copy (items are shared: keep them immutable). */
  clone(): MinHeap<T> {
    return new MinHeap(this.items)
  }
}

function less(a: HeapItem, b: HeapItem): boolean {
  return a.key < b.key || (a.key === b.key && a.seq < b.seq)
}

/** The sum of an array or typed array. */
export function sum(xs: ArrayLike<number>): number {
  let s = 0
  for (let i = 0; i < xs.length; i++) s += xs[i]!
  return s
}

/**
 * Checkpoints for a model whose saved form is a plain copy of its working state, as for most
 * models: its first state, its step, and how to copy a state.
 */
export function copyCheckpoints<W extends { t: number }>(
  model: { initial: () => W; advance: (w: W, to: number) => void; copy: (w: W) => W },
  interval: number,
): Checkpoints<W, W> {
  const { initial, advance, copy } = model
  return new Checkpoints({ initial, advance, save: copy, load: copy }, interval)
}

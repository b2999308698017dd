/**
 * Seeded randomness: the only randomness scene code may use. The same seed gives the same
 * sequence on every machine, so a frame drawn twice is drawn the same.
 */

/** A 32-bit hash of a string (FNV-1a), to turn names like 'ch1-traffic' into seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small, fast generator with a full 2^32 period; returns numbers in [0, 1). */
export function createRandom(seed: number | string): () => number {
  let a = typeof seed === 'string' ? hashString(seed) : seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A random number that depends only on (seed, index): no state, so any element of a
 * sequence can be asked for at any time without generating the ones before it.
 */
export function randomAt(seed: number | string, index: number): number {
  const base = typeof seed === 'string' ? hashString(seed) : seed >>> 0
  return createRandom((base ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0)()
}

import { createCache, type SimParams } from '../../../sim'

/** Reads a second: few enough to follow each packet. */
const PEAK_RPS = 4
/** A catalogue small enough, and skewed enough, that popular items repeat within the chapter. */
const KEYS = 150
const POPULARITY_SKEW = 1.1
/** Cached values stay fresh this long (film seconds). */
const TTL_SECONDS = 60

/** Chapter 6's cache: its size and eviction policy are the viewer's (`sim.cache`, `sim.eviction`). */
export const cache = (sim: SimParams) =>
  createCache({
    seed: sim.seed,
    capacity: sim.cache,
    policy: sim.eviction,
    ttl: TTL_SECONDS,
    keys: KEYS,
    zipf: POPULARITY_SKEW,
    peakRps: PEAK_RPS,
    load: sim.load,
  })

import { createMetrics, defaultMetricsParams, type SimParams } from '../../../sim'

/**
 * A query of this app's database takes 25 ms when it is idle: feeds and profiles join and sort
 * (the engine's default, 3 ms, is a key lookup). The slow queries its log lists, from the tail
 * above the p95, then take a few hundred milliseconds, which a viewer reads as slow.
 */
const QUERY_MS = 25

/** Chapter 11's monitoring data: a day of hosts, database and business figures, and logs. */
export const metrics = (sim: SimParams) =>
  createMetrics({
    seed: sim.seed,
    queryMs: QUERY_MS,
    arrivals: { ...defaultMetricsParams.arrivals, load: sim.load },
  })

import { createMetrics, defaultMetricsParams, type SimParams } from '../../../sim'

/** Chapter 11's monitoring data: a day of hosts, database and business figures, and logs. */
export const metrics = (sim: SimParams) =>
  createMetrics({ seed: sim.seed, arrivals: { ...defaultMetricsParams.arrivals, load: sim.load } })

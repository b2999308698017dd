import { createCdn, defaultCdnParams, type SimParams } from '../../../sim'

/** Requests a second at the day's peak: enough that every edge keeps busy during the chapter. */
const PEAK_RPS = 16

/** Chapter 7's edges and origin. */
export const cdn = (sim: SimParams) =>
  createCdn({
    seed: sim.seed,
    arrivals: { ...defaultCdnParams.arrivals, peakRps: PEAK_RPS, load: sim.load },
  })

import { createGeoDns, defaultGeoDnsParams, type SimParams } from '../../../sim'
import { multiDc as script } from '../script/multi-dc'

const { beats } = script

/** Users' requests a second: a steady stream (no daily curve within one minute). */
const PEAK_RPS = 12
/** Data centre 2 is offline from the failover beat until traffic is redirected back. */
export const OUTAGE = { from: beats.failover, until: beats.redirect }

/** Chapter 9's GeoDNS and its two data centres; the split is the viewer's (`sim.split`). */
export const geoDns = (sim: SimParams) => {
  const [dc1, dc2] = defaultGeoDnsParams.dataCentres
  return createGeoDns({
    seed: sim.seed,
    split: sim.split,
    dataCentres: [
      { ...dc1, outages: [] },
      { ...dc2, outages: [{ at: OUTAGE.from, until: OUTAGE.until }] },
    ],
    arrivals: { stream: 'ch09-users', peakRps: PEAK_RPS * sim.load, trough: 1 },
  })
}

import { createLoadBalancer, type SimParams } from '../../../sim'
import { conclusionLayout as place } from '../layout'

/** Requests a second at peak: a steady, readable stream through the balancer. */
const PEAK_RPS = 5

/** The finale's balancer in front of the web tier. */
export const balancer = (sim: SimParams) =>
  createLoadBalancer({
    seed: sim.seed,
    policy: sim.lb,
    servers: place.web.map((_, i) => ({
      id: `web-${i + 1}`,
      name: `Web ${i + 1}`,
      ip: `10.0.0.${i + 1}`,
    })),
    arrivals: { stream: 'conclusion-requests', peakRps: PEAK_RPS * sim.load, trough: 1 },
  })

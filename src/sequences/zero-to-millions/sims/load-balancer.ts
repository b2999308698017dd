import { createLoadBalancer, type SimParams } from '../../../sim'
import { loadBalancer as script } from '../script/load-balancer'

const { beats } = script

/** Health checks every 5 s: quick enough to see failover within a sentence of narration. */
const HEALTH_CHECK_SECONDS = 5
/** Requests a second at the peak: few enough that each packet can be followed. */
const PEAK_RPS = 2.5

/** Chapter 4's balancer: server 1 fails at its beat, server 3 joins at its own. */
export const balancer = (sim: SimParams) =>
  createLoadBalancer({
    seed: sim.seed,
    policy: sim.lb,
    healthCheckInterval: HEALTH_CHECK_SECONDS,
    servers: [
      { id: 'server-1', name: 'Server 1', ip: '10.0.0.1', outages: [{ at: beats.fail }] },
      { id: 'server-2', name: 'Server 2', ip: '10.0.0.2' },
      { id: 'server-3', name: 'Server 3', ip: '10.0.0.3', joinAt: beats.join },
    ],
    arrivals: { stream: 'ch04-requests', peakRps: PEAK_RPS * sim.load, trough: 1 },
  })

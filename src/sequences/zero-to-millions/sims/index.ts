/**
 * Every simulation of Zero to Millions, by chapter: the models its scenes build (through
 * `useChapterSim`) and `npm run bench:sim` times. Node-safe: no scene, no React.
 */
import { defineFilmSims } from '../../../sim/filmSims'
import { script } from '../script'
import { cache } from './cache'
import { cdn } from './cdn'
import { balancer as finale } from './conclusion'
import { balancer } from './load-balancer'
import { queue } from './message-queue'
import { metrics } from './monitoring'
import { geoDns } from './multi-dc'
import { replication } from './replication'
import { sharding } from './sharding'
import { autoscaler, sharedSessions, stickySessions } from './stateless'

export const sims = defineFilmSims(script, {
  'load-balancer': { balancer },
  replication: { replication },
  cache: { cache },
  cdn: { cdn },
  stateless: { stickySessions, sharedSessions, autoscaler },
  'multi-dc': { geoDns },
  'message-queue': { queue },
  monitoring: { metrics },
  sharding: { sharding },
  conclusion: { balancer: finale },
})

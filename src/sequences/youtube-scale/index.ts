import { defineFilm } from '../../world/film'
import { ApiGatewayScene } from './scenes/api-gateway'
import { BenchmarksScene } from './scenes/benchmarks'
import { CachingScene } from './scenes/caching'
import { CdnScene } from './scenes/cdn'
import { CircuitBreakersScene } from './scenes/circuit-breakers'
import { DatabaseScene } from './scenes/database'
import { EventsScene } from './scenes/events'
import { IntroScene } from './scenes/intro'
import { LoadBalancingScene } from './scenes/load-balancing'
import { MicroservicesScene } from './scenes/microservices'
import { RealtimeScene } from './scenes/realtime'
import { RegionalDiagramScene } from './scenes/regional-diagram'
import { script } from './script'

/** "YouTube Scale": one scene per chapter, in the script's order. */
export default defineFilm({
  script,
  scenes: {
    intro: IntroScene,
    'regional-diagram': RegionalDiagramScene,
    'load-balancing': LoadBalancingScene,
    cdn: CdnScene,
    'api-gateway': ApiGatewayScene,
    microservices: MicroservicesScene,
    events: EventsScene,
    realtime: RealtimeScene,
    caching: CachingScene,
    database: DatabaseScene,
    'circuit-breakers': CircuitBreakersScene,
    benchmarks: BenchmarksScene,
  },
})

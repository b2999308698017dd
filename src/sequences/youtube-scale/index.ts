import { defineFilm } from '../../world/film'
import { systemMap } from './layout'
import { MAP_CHAPTERS, SystemMap } from './map'
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

/**
 * How long each chapter's closing look at the map lasts: a dip in, about two seconds to watch
 * the new boxes arrive and read the headline, and a dip out. Each chapter's narration ends before.
 */
export const MAP_SECONDS = 3.2

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
  // Every chapter that explains a box of the document's diagram ends on the diagram so far.
  map: {
    after: MAP_CHAPTERS.map((c) => c.id),
    seconds: MAP_SECONDS,
    camera: systemMap.camera,
    Scene: SystemMap,
  },
})

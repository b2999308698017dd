import type { FilmDefinition } from '../types'
import { ApiGatewayChapter } from './scenes/api-gateway'
import { Benchmarks } from './scenes/benchmarks'
import { Caching } from './scenes/caching'
import { Cdn } from './scenes/cdn'
import { CircuitBreakers } from './scenes/circuit-breakers'
import { Database } from './scenes/database'
import { Events } from './scenes/events'
import { Intro } from './scenes/intro'
import { LoadBalancing } from './scenes/load-balancing'
import { Microservices } from './scenes/microservices'
import { Realtime } from './scenes/realtime'
import { RegionalDiagram } from './scenes/regional-diagram'
import { youtubeScaleScript } from './script'

/** "YouTube Scale": the table of contents, one scene file per chapter, named by its id. */
export const youtubeScale: FilmDefinition = {
  script: youtubeScaleScript,
  chapters: [
    { id: 'intro', Scene: Intro },
    { id: 'regional-diagram', Scene: RegionalDiagram },
    { id: 'load-balancing', Scene: LoadBalancing },
    { id: 'cdn', Scene: Cdn },
    { id: 'api-gateway', Scene: ApiGatewayChapter },
    { id: 'microservices', Scene: Microservices },
    { id: 'events', Scene: Events },
    { id: 'realtime', Scene: Realtime },
    { id: 'caching', Scene: Caching },
    { id: 'database', Scene: Database },
    { id: 'circuit-breakers', Scene: CircuitBreakers },
    { id: 'benchmarks', Scene: Benchmarks },
  ],
}

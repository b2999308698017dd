import { defineFilmScript } from '../../../script/types'
import { apiGateway } from './api-gateway'
import { benchmarks } from './benchmarks'
import { caching } from './caching'
import { cdn } from './cdn'
import { circuitBreakers } from './circuit-breakers'
import { database } from './database'
import { events } from './events'
import { intro } from './intro'
import { loadBalancing } from './load-balancing'
import { microservices } from './microservices'
import { realtime } from './realtime'
import { regionalDiagram } from './regional-diagram'

/**
 * "YouTube Scale": the ten components, the regional diagram, the before/after benchmarks and
 * the three "why" explanations of ../shared/seeds/002_…, in the order a request meets them.
 */
export const script = defineFilmScript({
  id: 'youtube-scale',
  title: 'YouTube Scale',
  chapters: [
    intro,
    regionalDiagram,
    loadBalancing,
    cdn,
    apiGateway,
    microservices,
    events,
    realtime,
    caching,
    database,
    circuitBreakers,
    benchmarks,
  ],
})

export {
  apiGateway,
  benchmarks,
  caching,
  cdn,
  circuitBreakers,
  database,
  events,
  intro,
  loadBalancing,
  microservices,
  realtime,
  regionalDiagram,
}

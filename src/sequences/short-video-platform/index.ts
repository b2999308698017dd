import { defineFilm } from '../../world/film'
import { CachingScene } from './scenes/caching'
import { ClientsEdgeScene } from './scenes/clients-edge'
import { CostScene } from './scenes/cost'
import { EventsScene } from './scenes/events'
import { FiguresScene } from './scenes/figures'
import { GatewayScene } from './scenes/gateway'
import { MlAnalyticsScene } from './scenes/ml-analytics'
import { ObservabilityScene } from './scenes/observability'
import { ServicesScene } from './scenes/services'
import { StackSecurityScene } from './scenes/stack-security'
import { StorageScene } from './scenes/storage'
import { script } from './script'

/** "Short-Video Platform": one scene per chapter, in the script's order. */
export default defineFilm({
  script,
  scenes: {
    'clients-edge': ClientsEdgeScene,
    gateway: GatewayScene,
    services: ServicesScene,
    caching: CachingScene,
    events: EventsScene,
    storage: StorageScene,
    'ml-analytics': MlAnalyticsScene,
    observability: ObservabilityScene,
    figures: FiguresScene,
    cost: CostScene,
    'stack-security': StackSecurityScene,
  },
})

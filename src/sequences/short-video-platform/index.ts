import type { FilmDefinition } from '../types'
import { CachingChapter } from './scenes/caching'
import { ClientsEdgeChapter } from './scenes/clients-edge'
import { CostChapter } from './scenes/cost'
import { EventsChapter } from './scenes/events'
import { FiguresChapter } from './scenes/figures'
import { GatewayChapter } from './scenes/gateway'
import { MlAnalyticsChapter } from './scenes/ml-analytics'
import { ObservabilityChapter } from './scenes/observability'
import { ServicesChapter } from './scenes/services'
import { StackSecurityChapter } from './scenes/stack-security'
import { StorageChapter } from './scenes/storage'
import { shortVideoPlatformScript } from './script'

/** "Short-Video Platform": the table of contents, one scene file per chapter. */
export const shortVideoPlatform: FilmDefinition = {
  script: shortVideoPlatformScript,
  chapters: [
    { id: 'clients-edge', Scene: ClientsEdgeChapter },
    { id: 'gateway', Scene: GatewayChapter },
    { id: 'services', Scene: ServicesChapter },
    { id: 'caching', Scene: CachingChapter },
    { id: 'events', Scene: EventsChapter },
    { id: 'storage', Scene: StorageChapter },
    { id: 'ml-analytics', Scene: MlAnalyticsChapter },
    { id: 'observability', Scene: ObservabilityChapter },
    { id: 'figures', Scene: FiguresChapter },
    { id: 'cost', Scene: CostChapter },
    { id: 'stack-security', Scene: StackSecurityChapter },
  ],
}

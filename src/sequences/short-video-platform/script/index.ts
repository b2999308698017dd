import { defineFilmScript } from '../../../script/types'
import { caching } from './caching'
import { clientsEdge } from './clients-edge'
import { cost } from './cost'
import { events } from './events'
import { figures } from './figures'
import { gateway } from './gateway'
import { mlAnalytics } from './ml-analytics'
import { observability } from './observability'
import { services } from './services'
import { stackSecurity } from './stack-security'
import { storage } from './storage'

/**
 * "Short-Video Platform": a flight down the layers of ../shared/seeds/001_…, then its figures.
 * The chapter order is declared here once.
 */
export const script = defineFilmScript({
  id: 'short-video-platform',
  title: 'Short-Video Platform',
  chapters: [
    clientsEdge,
    gateway,
    services,
    caching,
    events,
    storage,
    mlAnalytics,
    observability,
    figures,
    cost,
    stackSecurity,
  ],
})

export {
  caching,
  clientsEdge,
  cost,
  events,
  figures,
  gateway,
  mlAnalytics,
  observability,
  services,
  stackSecurity,
  storage,
}

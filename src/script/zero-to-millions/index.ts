import type { FilmScript } from '../types'
import { cache } from './cache'
import { intro } from './intro'
import { loadBalancer } from './load-balancer'
import { replication } from './replication'
import { singleServer } from './single-server'
import { verticalVsHorizontal } from './vertical-vs-horizontal'
import { webAndDatabase } from './web-and-database'

/** "Scaling from Zero to Millions of Users": the storyboard of ../shared/seeds/000_…, in words. */
export const zeroToMillionsScript: FilmScript = {
  id: 'zero-to-millions',
  title: 'Scaling from Zero to Millions of Users',
  chapters: [
    intro,
    singleServer,
    webAndDatabase,
    verticalVsHorizontal,
    loadBalancer,
    replication,
    cache,
  ],
}

export {
  cache,
  intro,
  loadBalancer,
  replication,
  singleServer,
  verticalVsHorizontal,
  webAndDatabase,
}

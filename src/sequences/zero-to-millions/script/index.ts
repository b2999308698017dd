import { defineFilmScript } from '../../../script/types'
import { cache } from './cache'
import { cdn } from './cdn'
import { conclusion } from './conclusion'
import { intro } from './intro'
import { loadBalancer } from './load-balancer'
import { messageQueue } from './message-queue'
import { monitoring } from './monitoring'
import { multiDc } from './multi-dc'
import { replication } from './replication'
import { sharding } from './sharding'
import { singleServer } from './single-server'
import { stateless } from './stateless'
import { verticalVsHorizontal } from './vertical-vs-horizontal'
import { webAndDatabase } from './web-and-database'

/** "Scaling from Zero to Millions of Users": the storyboard of ../shared/seeds/000_…, in words. */
export const script = defineFilmScript({
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
    cdn,
    stateless,
    multiDc,
    messageQueue,
    monitoring,
    sharding,
    conclusion,
  ],
})

export {
  cache,
  cdn,
  conclusion,
  intro,
  loadBalancer,
  messageQueue,
  monitoring,
  multiDc,
  replication,
  sharding,
  singleServer,
  stateless,
  verticalVsHorizontal,
  webAndDatabase,
}

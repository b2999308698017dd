import { defineFilm } from '../../world/film'
import { architectureMapLayout } from './layout'
import { ArchitectureMap } from './map'
import { CacheScene } from './scenes/cache'
import { CdnScene } from './scenes/cdn'
import { ConclusionScene } from './scenes/conclusion'
import { IntroScene } from './scenes/intro'
import { LoadBalancerScene } from './scenes/load-balancer'
import { MessageQueueScene } from './scenes/message-queue'
import { MonitoringScene } from './scenes/monitoring'
import { MultiDcScene } from './scenes/multi-dc'
import { ReplicationScene } from './scenes/replication'
import { ShardingScene } from './scenes/sharding'
import { SingleServerScene } from './scenes/single-server'
import { StatelessScene } from './scenes/stateless'
import { VerticalVsHorizontalScene } from './scenes/vertical-vs-horizontal'
import { WebAndDatabaseScene } from './scenes/web-and-database'
import { script } from './script'

/**
 * How long each chapter's closing look at the map lasts: a dip in, about two seconds to watch
 * the new pieces arrive and read their name, and a dip out. Each chapter's narration ends before.
 */
export const MAP_SECONDS = 3.2

/** "Scaling from Zero to Millions of Users": one scene per chapter, in the script's order. */
export default defineFilm({
  script,
  scenes: {
    intro: IntroScene,
    'single-server': SingleServerScene,
    'web-and-database': WebAndDatabaseScene,
    'vertical-vs-horizontal': VerticalVsHorizontalScene,
    'load-balancer': LoadBalancerScene,
    replication: ReplicationScene,
    cache: CacheScene,
    cdn: CdnScene,
    stateless: StatelessScene,
    'multi-dc': MultiDcScene,
    'message-queue': MessageQueueScene,
    monitoring: MonitoringScene,
    sharding: ShardingScene,
    conclusion: ConclusionScene,
  },
  // Every chapter that builds something ends on the map of all that is built so far; the intro
  // builds nothing, and the conclusion assembles the same diagram itself.
  map: {
    after: [
      'single-server',
      'web-and-database',
      'vertical-vs-horizontal',
      'load-balancer',
      'replication',
      'cache',
      'cdn',
      'stateless',
      'multi-dc',
      'message-queue',
      'monitoring',
      'sharding',
    ],
    seconds: MAP_SECONDS,
    camera: architectureMapLayout.camera,
    shots: architectureMapLayout.shots,
    Scene: ArchitectureMap,
  },
})

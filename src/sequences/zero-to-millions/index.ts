import { zeroToMillionsScript } from './script'
import { architectureMapLayout } from './layout'
import type { FilmDefinition } from '../../world/film'
import { ArchitectureMap } from './map'
import { CacheChapter } from './scenes/cache'
import { CdnChapter } from './scenes/cdn'
import { ConclusionChapter } from './scenes/conclusion'
import { Intro } from './scenes/intro'
import { LoadBalancerChapter } from './scenes/load-balancer'
import { MessageQueueChapter } from './scenes/message-queue'
import { MonitoringChapter } from './scenes/monitoring'
import { MultiDcChapter } from './scenes/multi-dc'
import { ReplicationChapter } from './scenes/replication'
import { ShardingChapter } from './scenes/sharding'
import { SingleServer } from './scenes/single-server'
import { StatelessChapter } from './scenes/stateless'
import { VerticalVsHorizontal } from './scenes/vertical-vs-horizontal'
import { WebAndDatabase } from './scenes/web-and-database'

/**
 * How long each chapter's closing look at the map lasts: a dip in, about two seconds to watch
 * the new pieces arrive and read their name, and a dip out. Each chapter's narration ends before.
 */
export const MAP_SECONDS = 3.2

/** "Scaling from Zero to Millions of Users": the table of contents, one scene file per chapter. */
export const zeroToMillions: FilmDefinition = {
  script: zeroToMillionsScript,
  chapters: [
    { id: 'intro', Scene: Intro },
    { id: 'single-server', Scene: SingleServer },
    { id: 'web-and-database', Scene: WebAndDatabase },
    { id: 'vertical-vs-horizontal', Scene: VerticalVsHorizontal },
    { id: 'load-balancer', Scene: LoadBalancerChapter },
    { id: 'replication', Scene: ReplicationChapter },
    { id: 'cache', Scene: CacheChapter },
    { id: 'cdn', Scene: CdnChapter },
    { id: 'stateless', Scene: StatelessChapter },
    { id: 'multi-dc', Scene: MultiDcChapter },
    { id: 'message-queue', Scene: MessageQueueChapter },
    { id: 'monitoring', Scene: MonitoringChapter },
    { id: 'sharding', Scene: ShardingChapter },
    { id: 'conclusion', Scene: ConclusionChapter },
  ],
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
    Scene: ArchitectureMap,
  },
}

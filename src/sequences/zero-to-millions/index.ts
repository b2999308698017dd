import { zeroToMillionsScript } from '../../script/zero-to-millions'
import { architectureMapLayout } from '../../world/layout'
import type { FilmDefinition } from '../types'
import { ArchitectureMap } from './ArchitectureMap'
import { CacheChapter } from './CacheChapter'
import { CdnChapter } from './CdnChapter'
import { ConclusionChapter } from './ConclusionChapter'
import { Intro } from './Intro'
import { LoadBalancerChapter } from './LoadBalancerChapter'
import { MessageQueueChapter } from './MessageQueueChapter'
import { MonitoringChapter } from './MonitoringChapter'
import { MultiDcChapter } from './MultiDcChapter'
import { ReplicationChapter } from './ReplicationChapter'
import { ShardingChapter } from './ShardingChapter'
import { SingleServer } from './SingleServer'
import { StatelessChapter } from './StatelessChapter'
import { VerticalVsHorizontal } from './VerticalVsHorizontal'
import { WebAndDatabase } from './WebAndDatabase'

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

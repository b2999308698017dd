import { zeroToMillionsScript } from '../../script/zero-to-millions'
import type { FilmDefinition } from '../types'
import { CacheChapter } from './CacheChapter'
import { Intro } from './Intro'
import { LoadBalancerChapter } from './LoadBalancerChapter'
import { ReplicationChapter } from './ReplicationChapter'
import { SingleServer } from './SingleServer'
import { VerticalVsHorizontal } from './VerticalVsHorizontal'
import { WebAndDatabase } from './WebAndDatabase'

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
  ],
}

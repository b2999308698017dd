import { defineChapter } from '../../../script/types'

/** Component 7: read/write split, sharding by entity, counter shards, partitions, pools. */
export const database = defineChapter({
  id: 'database',
  title: 'Scaling the database',
  kicker: 'Component 7',
  duration: 41.7,
  beats: {
    'heading-in': 0.2,
    split: 3,
    entity: 11.4,
    counters: 17.8,
    partition: 27.5,
    target: 34.2,
  },
  narration: [
    {
      id: 'ys10-01',
      at: 3,
      text: 'The database splits writes from reads: the primary takes every write, and three or more replicas serve the reads.',
    },
    {
      id: 'ys10-02',
      at: 11.4,
      text: 'Data is also split by entity: users, videos and analytics live on separate machines.',
    },
    {
      id: 'ys10-03',
      at: 17.8,
      text: "A hot counter, like one viral video's likes, becomes a hundred shards: each write lands on one, a read adds them up.",
    },
    {
      id: 'ys10-04',
      at: 27.5,
      text: 'Analytics tables are partitioned by time, and each service keeps a pool of open connections.',
    },
    {
      id: 'ys10-05',
      at: 34.2,
      text: 'Fifty thousand queries a second is the figure the design aims for.',
    },
  ],
  stops: ['split', 'counters', 'target'],
  poster: 24,
  notes:
    'Counter sharding: one row updated by thousands of writers a second becomes a lock queue; a hundred rows, each picked at random per write, spread the lock. The total is a sum over the shards, cheap because reads of it are cached. Time partitions let old analytics be dropped or archived whole. The replicas lag the primary, so a viewer may not see their own like at once: the film does not hide that trade.',
})

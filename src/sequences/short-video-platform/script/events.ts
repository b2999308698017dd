import { defineChapter } from '../../../script/types'

/** Layers 8–9: Kafka's six topics and their configuration, and the six groups of workers. */
export const events = defineChapter({
  id: 'events',
  kicker: 'Layers 8-9',
  title: 'Kafka and the workers',
  duration: 47,
  beats: {
    'heading-in': 0.2,
    kafka: 3,
    topics: 5.7,
    partitions: 13.3,
    replication: 17.5,
    retention: 21.5,
    workers: 28,
    without: 37,
  },
  narration: [
    {
      id: 'svp-ev-01',
      at: 0.5,
      text: 'Work the user need not wait for becomes an event on Kafka.',
    },
    {
      id: 'svp-ev-02',
      at: 5.7,
      text: 'Six topics: uploads, finished transcodes, interactions, feed updates, notifications and analytics events.',
    },
    {
      id: 'svp-ev-03',
      at: 13.3,
      text: 'Each topic is split into a hundred or more partitions, so consumers read in parallel. Each partition is copied three times and kept for seven days, so a crashed consumer can catch up.',
    },
    {
      id: 'svp-ev-04',
      at: 28,
      text: 'Six groups of workers consume them: video processing, feed fan-out, the social graph, notifications, analytics, and moderation.',
    },
    {
      id: 'svp-ev-05',
      at: 37,
      text: 'Without the queue, an upload would wait for its transcode, and a spike would hit the workers all at once.',
    },
  ],
  stops: ['topics', 'retention', 'workers', 'without'],
  poster: 25.5,
  notes:
    "Source: the message queue layer (Kafka) and the worker layer. Partitions are the unit of parallelism: one consumer in a group reads each partition, so 100+ partitions allow 100+ consumers per group. Replication factor 3 means a partition survives two broker losses. Seven-day retention lets a consumer replay. The feed populators use a push model (write into followers' feeds) and a pull model (read at request time, for accounts with huge followings).",
})

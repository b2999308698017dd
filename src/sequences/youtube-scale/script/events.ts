import { defineChapter } from '../../../script/types'

/** Component 4 and "Why Event-Driven?": Kafka's topics, and a million likes become 33 writes. */
export const events = defineChapter({
  id: 'events',
  title: 'Events through Kafka',
  kicker: 'Component 4',
  duration: 51.6,
  beats: {
    'heading-in': 0.2,
    topics: 3,
    batch: 11,
    without: 19,
    with: 28.3,
    flush: 34.6,
    result: 42.8,
  },
  narration: [
    {
      id: 'ys07-01',
      at: 3,
      text: "Services don't write every event to the database. They publish it to Kafka, on one of five topics.",
    },
    {
      id: 'ys07-02',
      at: 11,
      text: 'Consumers read a hundred events at a time; one that keeps failing goes to a dead letter queue.',
    },
    {
      id: 'ys07-03',
      at: 19,
      text: 'Why? A million likes a second, written one by one, are a million database writes a second. The database falls over.',
    },
    {
      id: 'ys07-04',
      at: 28.3,
      text: 'With Kafka, a consumer adds the likes up in memory, one counter per video.',
    },
    {
      id: 'ys07-05',
      at: 34.6,
      text: "Every thirty seconds it writes each counter once: for the simulation's thousand videos, about thirty-three writes a second.",
    },
    {
      id: 'ys07-06',
      at: 42.8,
      text: 'The document says ninety-nine percent fewer writes; the simulation finds even more.',
    },
  ],
  stops: ['topics', 'without', 'flush', 'result'],
  poster: 40.4,
  notes:
    "Aggregation is src/sim/kafka.ts: 1,000,000 like events a second over 1,000 trending videos with Zipf popularity, flushed every 30 s. Every video gets likes in every window, so each flush writes 1,000 rows: 1,000 / 30 ≈ 33 writes a second, against 1,000,000 without aggregation (99.997 % fewer). The figure depends on how many distinct videos are liked per window, which the document leaves out. The price: a like can wait up to 30 s to reach the database, and a consumer crash loses what it held unless Kafka's offsets are committed after the flush.",
})

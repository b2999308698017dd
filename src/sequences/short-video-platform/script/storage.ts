import { defineChapter } from '../../../script/types'

/** Layer 10: five stores, each for one shape of data, and S3's lifecycle tiers. */
export const storage = defineChapter({
  id: 'storage',
  kicker: 'Layer 10',
  title: 'Five stores',
  duration: 54,
  beats: {
    'heading-in': 0.2,
    dynamo: 6,
    postgres: 15.5,
    cassandra: 24,
    elastic: 28.5,
    s3: 35,
    lifecycle: 41,
    's3-features': 48,
  },
  narration: [
    {
      id: 'svp-st-01',
      at: 0.5,
      text: 'No single database fits every shape of data, so there are five.',
    },
    {
      id: 'svp-st-02',
      at: 6,
      text: 'DynamoDB is the primary store for users, videos and likes, sharded by user ID and replicated across regions.',
      say: 'Dynamo D B is the primary store for users, videos and likes, sharded by user I D and replicated across regions.',
    },
    {
      id: 'svp-st-03',
      at: 15.5,
      text: 'PostgreSQL keeps followers and comments in a hundred shards, each with five read replicas, behind PgBouncer.',
      say: 'Postgres keeps followers and comments in a hundred shards, each with five read replicas, behind P G Bouncer.',
    },
    {
      id: 'svp-st-04',
      at: 24,
      text: 'Cassandra keeps time series, like watch history, for ninety days.',
    },
    {
      id: 'svp-st-05',
      at: 28.5,
      text: 'Elasticsearch indexes videos, users and tags as they change, for fuzzy search and autocomplete.',
    },
    {
      id: 'svp-st-06',
      at: 35,
      text: 'And S3 holds the video itself, moving each object to a cheaper tier as it ages: Infrequent Access after thirty days, Glacier after ninety, Deep Archive after a year.',
    },
    {
      id: 'svp-st-07',
      at: 48,
      text: 'Every object is versioned, encrypted, and copied to a second region.',
    },
  ],
  stops: ['postgres', 'cassandra', 'elastic', 'lifecycle', 's3-features'],
  poster: 53,
  notes:
    'Source: the data storage layer. PostgreSQL: 100 shards x (1 primary + 5 read replicas) is 600 database servers before any other store. Cassandra suits append-heavy time series: writes are cheap and old partitions expire by time. S3 tiers trade retrieval time for price: Glacier and Deep Archive take minutes to hours to read back, so only old, rarely watched video goes there.',
})

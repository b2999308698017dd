import { defineChapter } from '../../../script/types'

/** Layer 7: a sharded Redis cluster with five caches and their TTLs, and Memcached beside it. */
export const caching = defineChapter({
  id: 'caching',
  kicker: 'Layer 7',
  title: 'Caches',
  duration: 38,
  beats: {
    'heading-in': 0.2,
    redis: 3,
    feed: 9.5,
    session: 11.5,
    metadata: 13.5,
    trending: 15.5,
    social: 17.5,
    memcached: 19.5,
    trade: 26,
  },
  narration: [
    {
      id: 'svp-ca-01',
      at: 0.5,
      text: 'Most reads should never reach a database. A sharded Redis cluster keeps what is asked for again and again.',
    },
    {
      id: 'svp-ca-02',
      at: 9.5,
      text: 'Feeds stay thirty minutes, sessions a day, video info an hour, trending lists only five minutes, and the social graph is kept at hand.',
    },
    {
      id: 'svp-ca-03',
      at: 20.5,
      text: 'Memcached serves the plain lookups: user profiles and view counts.',
      say: 'Mem cached serves the plain lookups: user profiles and view counts.',
    },
    {
      id: 'svp-ca-04',
      at: 26,
      text: 'Each time to live is a trade: longer spares the databases, shorter keeps numbers fresh. Without this layer, every read would fall on the databases.',
    },
  ],
  stops: ['social', 'memcached', 'trade'],
  poster: 23,
  notes:
    'Source: the caching layer. TTLs as the document gives them: feed 30 min, session 24 h, metadata 1 h, trending 5 min; the social graph cache has no TTL in the document, so none is shown. Trending changes fastest, so it expires soonest. The document sizes Redis at 16 TB (figures chapter).',
})

import { defineChapter } from '../../../script/types'

/** Chapter 6: a cache tier beside the database (cache-aside), and what to watch for. */
export const cache = defineChapter({
  id: 'cache',
  title: 'Cache layer',
  duration: 116.5,
  beats: {
    'heading-in': 0.2,
    'cache-in': 4.5,
    'check-first': 12.5,
    hit: 19,
    miss: 27,
    live: 37,
    snippet: 50,
    expiration: 62,
    consistency: 70,
    spof: 78,
    eviction: 86,
    summary: 108,
  },
  stops: ['cache-in', 'check-first', 'live', 'snippet', 'expiration', 'eviction', 'summary'],
  narration: [
    { id: 'ch06-01', at: 0.5, text: 'Chapter six: the cache layer.' },
    {
      id: 'ch06-02',
      at: 4.5,
      text: 'A cache is a fast store in memory for data that is read often or costly to compute.',
    },
    {
      id: 'ch06-03',
      at: 12.5,
      text: 'When a request comes in, the web server checks the cache first.',
    },
    {
      id: 'ch06-04',
      at: 19,
      text: 'If the data is there, a cache hit, it comes straight back; the database is never asked.',
    },
    {
      id: 'ch06-05',
      at: 27,
      text: 'If not, a miss, the server reads the database, stores the answer in the cache, and returns it. This is called cache-aside.',
    },
    {
      id: 'ch06-06',
      at: 37,
      text: 'Now simulated traffic: popular items are read again and again, so more and more reads become hits, and the hit rate climbs.',
    },
    {
      id: 'ch06-07',
      at: 50,
      text: 'Talking to a cache is simple. Most caches offer a set and a get, like Memcached here.',
      say: 'Talking to a cache is simple. Most caches offer a set and a get, like mem cached here.',
    },
    {
      id: 'ch06-08',
      at: 62,
      text: 'A few things need thought. Expiration: without it, data stays forever; too short, and the database works harder.',
    },
    {
      id: 'ch06-09',
      at: 70,
      text: 'Consistency: the database and the cache must not drift apart when data changes.',
    },
    {
      id: 'ch06-10',
      at: 78,
      text: 'A single cache server is a single point of failure, so run several, and keep spare memory.',
    },
    {
      id: 'ch06-11',
      at: 86,
      text: 'And eviction: when the cache is full, something must leave. Least recently used is the most common choice.',
    },
    {
      id: 'ch06-12',
      at: 95,
      text: 'Least frequently used and first in, first out are other policies, each fitting different access patterns.',
    },
    {
      id: 'ch06-13',
      at: 108,
      text: 'Cache data as much as you can: it is the cheapest speed you will ever buy.',
    },
  ],
  poster: 44,
  notes:
    'The hit rate, the reads reaching the database and the entries in eviction order come from the simulated cache (LRU by default; ?sim.cache and ?sim.eviction change it).',
})

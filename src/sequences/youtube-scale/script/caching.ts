import { defineChapter } from '../../../script/types'

/** Component 6: four cache layers, the shortest-lived nearest the data that changes. */
export const caching = defineChapter({
  id: 'caching',
  title: 'Four cache layers',
  kicker: 'Component 6',
  duration: 37.3,
  beats: {
    'heading-in': 0.2,
    browser: 3,
    cdn: 10.2,
    redis: 17.4,
    memory: 21.9,
    'hit-rate': 27.6,
    // Where a presenter holds: the line before has ended and nothing is entering.
    'memory-held': 26.5,
    'hit-rate-held': 33.8,
  },
  narration: [
    {
      id: 'ys09-01',
      at: 3,
      text: 'Caching happens in four layers. The browser keeps video chunks and static files for seven days.',
    },
    {
      id: 'ys09-02',
      at: 10.2,
      text: "The CDN keeps streams and images for thirty days: a video's bytes never change.",
      say: "The C D N keeps streams and images for thirty days: a video's bytes never change.",
    },
    {
      id: 'ys09-03',
      at: 17.4,
      text: 'Redis holds metadata, sessions and feeds for minutes to an hour; server memory holds hot counters and rate limits for seconds to minutes.',
    },
    {
      id: 'ys09-04',
      at: 27.6,
      text: 'The faster data changes, the shorter it is kept. The document claims a ninety-five percent hit rate.',
    },
  ],
  stops: ['browser', 'memory-held', 'hit-rate-held'],
  poster: 29.6,
  notes:
    'TTLs from the document: browser 7 days, CDN 30 days, Redis 5 min–1 h, in-memory 30 s–5 min. The 95 % hit rate and the under-50 ms response are stated, not measured; a hit rate depends on the traffic, which the document does not describe.',
})

import { defineChapter } from '../../../script/types'

/** Component 6: four cache layers, the shortest-lived nearest the data that changes. */
export const caching = defineChapter({
  id: 'caching',
  title: 'Four cache layers',
  duration: 35,
  beats: {
    'heading-in': 0.2,
    browser: 3,
    cdn: 9.9,
    redis: 15.8,
    memory: 20.1,
    'hit-rate': 25.6,
  },
  narration: [
    {
      id: 'ys09-01',
      at: 3,
      text: 'Caching happens in four layers. The browser keeps video chunks and static files for seven days.',
    },
    {
      id: 'ys09-02',
      at: 9.9,
      text: "The CDN keeps streams and images for thirty days: a video's bytes never change.",
      say: "The C D N keeps streams and images for thirty days: a video's bytes never change.",
    },
    {
      id: 'ys09-03',
      at: 15.8,
      text: 'Redis holds metadata, sessions and feeds for five minutes to an hour; each server keeps hot counters and rate limits in memory for seconds.',
    },
    {
      id: 'ys09-04',
      at: 25.6,
      text: 'The faster data changes, the shorter it is kept. The document claims ninety-five percent of reads hit a cache.',
    },
  ],
  stops: ['browser', 'memory', 'hit-rate'],
  poster: 27.8,
  notes:
    'TTLs from the document: browser 7 days, CDN 30 days, Redis 5 min–1 h, in-memory 30 s–5 min. The 95 % hit rate and the under-50 ms response are stated, not measured; a hit rate depends on the traffic, which the document does not describe.',
})

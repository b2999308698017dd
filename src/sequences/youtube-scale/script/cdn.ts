import { defineChapter } from '../../../script/types'

/** Component 8 and "Why CDN?": adaptive streaming from edges near the viewers. */
export const cdn = defineChapter({
  id: 'cdn',
  title: 'CDN and adaptive streaming',
  kicker: 'Component 8',
  duration: 52.5,
  beats: {
    'heading-in': 0.2,
    ladder: 3,
    switch: 12.7,
    regions: 21.1,
    without: 28.3,
    with: 36.3,
    result: 43.4,
  },
  narration: [
    {
      id: 'ys04-01',
      at: 3,
      text: 'Video goes out as HLS or DASH: short chunks at seven qualities, from 144p to 4K.',
      say: 'Video goes out as H L S or dash: short chunks at seven qualities, from one forty four p to four K.',
    },
    {
      id: 'ys04-02',
      at: 12.7,
      text: 'The player measures its bandwidth and picks a quality per chunk, so a slow network blurs instead of stalling.',
    },
    {
      id: 'ys04-03',
      at: 21.1,
      text: 'The chunks wait on edges near the viewers: the design lists Mumbai, Oregon, Frankfurt and Singapore.',
    },
    {
      id: 'ys04-04',
      at: 28.3,
      text: 'Without a CDN, every request crosses the world to the origin, which runs out of bandwidth.',
      say: 'Without a C D N, every request crosses the world to the origin, which runs out of bandwidth.',
    },
    {
      id: 'ys04-05',
      at: 36.3,
      text: 'With one, the simulated edges answer ninety-nine percent of requests themselves, in tens of milliseconds.',
    },
    {
      id: 'ys04-06',
      at: 43.4,
      text: '"Unlimited users" is a slogan: the edges push the ceiling far away, they do not remove it.',
      say: 'Unlimited users is a slogan: the edges push the ceiling far away, they do not remove it.',
    },
  ],
  stops: ['ladder', 'regions', 'result'],
  poster: 40.3,
  notes:
    "The hit rate and latencies are the simulated CDN's (src/sim/cdn.ts) with the document's four regions as edges and an origin in Oregon: a request is a hit when its edge holds a fresh copy, otherwise the edge fetches from the origin. With a few popular videos and a long TTL, misses are the first request per video per edge, and the hit rate climbs past 99 %. The document's cost signs ($$$$ vs $) and 'unlimited' users are not figures; the film does not chart them.",
})

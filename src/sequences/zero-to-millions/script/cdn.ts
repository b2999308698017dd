import { defineChapter } from '../../../script/types'

/** Chapter 7: edge servers around the world keep copies of static files close to the users. */
export const cdn = defineChapter({
  id: 'cdn',
  title: 'CDN',
  duration: 67,
  beats: {
    'heading-in': 0.2,
    'edges-in': 4.5,
    request: 14,
    direct: 18.5,
    miss: 24,
    hit: 32.5,
    live: 35.5,
    urls: 39,
    ttl: 45,
    benefits: 55,
  },
  stops: ['request', 'miss', 'hit', 'urls', 'benefits'],
  narration: [
    { id: 'ch07-01', at: 0.5, text: 'Chapter seven: the content delivery network, or CDN.' },
    {
      id: 'ch07-02',
      at: 4.7,
      text: 'A CDN is a network of servers around the world that keep copies of static content, like images, videos and scripts.',
    },
    {
      id: 'ch07-03',
      at: 14,
      text: 'User A in London asks for image.png. The nearby CDN server answers far sooner than the distant origin.',
      say: 'User A in London asks for image dot P N G. The nearby CDN server answers far sooner than the distant origin.',
    },
    {
      id: 'ch07-04',
      at: 24,
      text: 'The first time, the CDN misses: it fetches the image from the origin, stores a copy, and returns it.',
    },
    {
      id: 'ch07-05',
      at: 32.5,
      text: 'Requests after that are hits, served straight from the CDN.',
    },
    {
      id: 'ch07-06',
      at: 39,
      text: 'Files get CDN addresses, like these from Amazon CloudFront and Akamai.',
      say: 'Files get CDN addresses, like these from Amazon Cloud Front and Akamai.',
    },
    {
      id: 'ch07-07',
      at: 45,
      text: 'A time to live sets how long a copy stays fresh. To replace it early, call the invalidation API or version the URL.',
    },
    {
      id: 'ch07-08',
      at: 55,
      text: 'Mind the cost of every transfer, and fall back to the origin if the CDN fails. The reward: faster load times everywhere.',
    },
  ],
  poster: 37,
  notes:
    'Latencies come from the simulated CDN (src/sim/cdn.ts): last mile plus distance, so the London edge and the US-East origin give the "30 ms vs 120 ms" of the storyboard. From the hit beat on, the packets are its request stream: which requests hit, the hit rate and the TTL countdown are its own.',
})

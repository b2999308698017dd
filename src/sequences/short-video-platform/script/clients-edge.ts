import { defineChapter } from '../../../script/types'

/** Layers 1–3: the screens people hold, the CDN that keeps video near them, and global DNS. */
export const clientsEdge = defineChapter({
  id: 'clients-edge',
  kicker: 'Layers 1-3',
  title: 'Clients and the edge',
  duration: 53,
  beats: {
    'heading-in': 0.2,
    clients: 7.5,
    mobile: 8,
    web: 9.5,
    tv: 11,
    cdn: 17.5,
    streaming: 18.5,
    assets: 24,
    pops: 28.5,
    tiers: 33,
    dns: 42.5,
    geo: 43.5,
    health: 46,
    failover: 48,
    regions: 50,
  },
  narration: [
    {
      id: 'svp-cl-01',
      at: 0.5,
      text: 'A short-video platform for a billion people a day, seen one layer at a time.',
    },
    {
      id: 'svp-cl-02',
      at: 7.5,
      text: 'On top are the clients: iOS and Android apps, the web browser, and smart TVs, all speaking to one back end.',
      say: 'On top are the clients: i O S and Android apps, the web browser, and smart TVs, all speaking to one back end.',
    },
    {
      id: 'svp-cl-03',
      at: 17.5,
      text: 'Video is heavy, so the CDN keeps it near: segments at several bitrates, so a weak connection steps down instead of stalling.',
      say: 'Video is heavy, so the C D N keeps it near: segments at several bitrates, so a weak connection steps down instead of stalling.',
    },
    {
      id: 'svp-cl-04',
      at: 28.5,
      text: 'It caches at over two hundred points of presence. A miss at the edge asks a regional cache, and only then the origin. Without it, every view would cross an ocean.',
    },
    {
      id: 'svp-cl-05',
      at: 42.5,
      text: 'Route 53 sends each user to a nearby region, checks health every thirty seconds, and fails over when a region stops answering.',
    },
  ],
  stops: ['tv', 'assets', 'tiers', 'regions'],
  poster: 38,
  notes:
    'Source: the client, CDN (CloudFront) and global load balancer (Route 53) boxes. Adaptive bitrate: HLS and DASH cut video into segments encoded at several bitrates; the player picks the next segment by measured bandwidth. "200+ POPs" and the 30 s health-check interval are the document\'s configuration, not measurements. With a 30 s interval and a failure threshold, failover takes tens of seconds, not zero. The document names four active regions but not where they are, so the film leaves them unnamed.',
})

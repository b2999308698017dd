import { defineChapter } from '../../../script/types'

/** The technology stack table and the security features. */
export const stackSecurity = defineChapter({
  id: 'stack-security',
  kicker: 'Stack and security',
  title: 'Stack and security',
  duration: 39.5,
  beats: {
    'heading-in': 0.2,
    stack: 2.5,
    'stack-data': 8,
    security: 15.5,
    'cut-off': 27,
    end: 35,
  },
  narration: [
    {
      id: 'svp-ss-01',
      at: 0.5,
      text: 'The stack is mostly managed cloud services and well-known open source, run on Kubernetes.',
    },
    {
      id: 'svp-ss-02',
      at: 8,
      text: 'CloudFront and Akamai at the edge, Kong at the gate, Node, Go and Java in the services.',
    },
    {
      id: 'svp-ss-03',
      at: 15.5,
      text: 'Security is layered: multi-factor login, role-based access, encryption at rest and in transit, DRM for video, tiered rate limits, and DDoS defences.',
      say: 'Security is layered: multi-factor login, role-based access, encryption at rest and in transit, D R M for video, tiered rate limits, and D DoS defences.',
    },
    {
      id: 'svp-ss-04',
      at: 27,
      text: "The document's list breaks off at content moderation, which we met with the workers and the models. That is the whole platform, top to bottom.",
    },
  ],
  stops: ['stack-data', 'security', 'end'],
  poster: 22,
  notes:
    'The technology table lists seventeen layers; the film shows all of them. The security list in the document ends mid-item ("Content Moderation" with no text), so the film says so rather than guessing. Rate-limit tiers (100-5000 requests a minute) are what the gateway chapter\'s token bucket uses at its lowest tier.',
})

import { defineChapter } from '../../../script/types'

/** The document's system diagram, built from the users down to the databases. */
export const regionalDiagram = defineChapter({
  id: 'regional-diagram',
  title: 'The whole picture',
  duration: 38,
  beats: {
    'heading-in': 0.2,
    users: 3,
    geodns: 5.4,
    regions: 9.9,
    lb: 16.2,
    tiers: 19,
    services: 26.6,
    kafka: 29,
    stores: 32.3,
  },
  narration: [
    {
      id: 'ys02-01',
      at: 3,
      text: 'Requests start with users all over the world. GeoDNS answers each one with the nearest region.',
      say: 'Requests start with users all over the world. Geo D N S answers each one with the nearest region.',
    },
    {
      id: 'ys02-02',
      at: 9.9,
      text: 'The diagram names three: India, US West and Europe, each with a CDN edge in front.',
      say: 'The diagram names three: India, U S West and Europe, each with a C D N edge in front.',
    },
    {
      id: 'ys02-03',
      at: 16.2,
      text: 'Behind them, a load balancer splits traffic three ways: API calls to the gateway, static files, and live connections to the WebSocket service.',
      say: 'Behind them, a load balancer splits traffic three ways: A P I calls to the gateway, static files, and live connections to the web socket service.',
    },
    {
      id: 'ys02-04',
      at: 26.6,
      text: 'The gateway calls small services. They publish events to Kafka, which feeds the Redis cache and the database: one primary for writes, replicas for reads.',
    },
  ],
  stops: ['regions', 'tiers', 'stores'],
  poster: 34.7,
  notes:
    "The diagram is the document's own, redrawn: three regional edges (India, US West, Europe) into one load balancer, then the gateway with its circuit breakers, static files and the WebSocket service, four of the seven services, Kafka, Redis and the primary and replica databases. The following chapters push in on each box.",
})

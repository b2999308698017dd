import { defineChapter } from '../../../script/types'

/** The document's system diagram, built from the users down to the databases. */
export const regionalDiagram = defineChapter({
  id: 'regional-diagram',
  title: 'The whole picture',
  kicker: 'The whole picture',
  duration: 41,
  beats: {
    'heading-in': 0.2,
    users: 3,
    geodns: 5.9,
    regions: 11.4,
    lb: 19.8,
    tiers: 22.5,
    services: 30,
    kafka: 32.3,
    stores: 35.5,
    // Where a presenter holds: the line before has ended and nothing is entering.
    'tiers-held': 28.4,
    'stores-held': 39.2,
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
      at: 11.4,
      text: 'The diagram names three: India, US West and Europe, each with a CDN edge in front.',
      say: 'The diagram names three: India, U S West and Europe, each with a C D N edge in front.',
    },
    {
      id: 'ys02-03',
      at: 19.8,
      text: 'A load balancer splits the traffic: API calls to the gateway, static files, and live connections to the WebSocket service.',
      say: 'A load balancer splits the traffic: A P I calls to the gateway, static files, and live connections to the web socket service.',
    },
    {
      id: 'ys02-04',
      at: 30,
      text: 'The gateway calls small services; they publish events to Kafka, which feeds Redis and the database: a primary for writes, replicas for reads.',
    },
  ],
  stops: ['regions', 'tiers-held', 'stores-held'],
  poster: 37.8,
  notes:
    "The diagram is the document's own, redrawn: three regional edges (India, US West, Europe) into one load balancer, then the gateway with its circuit breakers, static files and the WebSocket service, four of the seven services, Kafka, Redis and the primary and replica databases. The following chapters push in on each box.",
})

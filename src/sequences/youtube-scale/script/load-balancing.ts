import { defineChapter } from '../../../script/types'

/** Components 1 and 10: the global load balancer at the edge, and nginx inside a region. */
export const loadBalancing = defineChapter({
  id: 'load-balancing',
  title: 'Load balancing',
  kicker: 'Components 1 and 10',
  duration: 46,
  beats: {
    'heading-in': 0.2,
    geodns: 3.5,
    anycast: 11.1,
    edge: 18.3,
    'least-conn': 27.2,
    sticky: 35,
    targets: 39.3,
    // Where a presenter holds: the line before has ended and nothing is entering.
    'targets-held': 42.2,
  },
  narration: [
    {
      id: 'ys03-01',
      at: 3.5,
      text: 'The global load balancer sends each user to the nearest region, picked by GeoDNS.',
      say: 'The global load balancer sends each user to the nearest region, picked by Geo D N S.',
    },
    {
      id: 'ys03-02',
      at: 11.1,
      text: 'With anycast, every region announces the same address, and the network routes to the closest one.',
    },
    {
      id: 'ys03-03',
      at: 18.3,
      text: 'At the edge it ends TLS, rate-limits floods, and sorts requests: API, WebSocket, static, video.',
      say: 'At the edge it ends T L S, rate-limits floods, and sorts requests: A P I, web socket, static, video.',
    },
    {
      id: 'ys03-04',
      at: 27.2,
      text: 'Inside a region, nginx picks the server with the fewest open connections, skipping any that fail a health check.',
      say: 'Inside a region, engine x picks the server with the fewest open connections, skipping any that fail a health check.',
    },
    {
      id: 'ys03-05',
      at: 36.1,
      text: 'A WebSocket stays on the server that holds it. The figures on screen are goals, not measurements.',
      say: 'A web socket stays on the server that holds it. The figures on screen are goals, not measurements.',
    },
  ],
  stops: ['edge', 'least-conn', 'targets-held'],
  poster: 31.6,
  notes:
    'Least connections, not round robin: video uploads and WebSockets hold a server for minutes, so counting requests would pile long ones on one machine. The connection counts on screen come from the simulated balancer (src/sim/loadBalancer.ts, least-connections policy). Request buffering and gzip are nginx settings: buffering shields the app servers from slow clients, gzip shrinks text replies.',
})

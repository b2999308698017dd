import { defineChapter } from '../../../script/types'

/** Components 1 and 10: the global load balancer at the edge, and nginx inside a region. */
export const loadBalancing = defineChapter({
  id: 'load-balancing',
  title: 'Load balancing',
  duration: 44,
  beats: {
    'heading-in': 0.2,
    geodns: 3.5,
    anycast: 11.1,
    edge: 17.5,
    'least-conn': 26.9,
    sticky: 34.8,
    targets: 38.8,
  },
  narration: [
    {
      id: 'ys03-01',
      at: 3.5,
      text: 'The global load balancer sends each user to the nearest region. GeoDNS picks it from where the user asks.',
      say: 'The global load balancer sends each user to the nearest region. Geo D N S picks it from where the user asks.',
    },
    {
      id: 'ys03-02',
      at: 11.1,
      text: 'With anycast, every region announces the same address, and the network routes to the closest one.',
    },
    {
      id: 'ys03-03',
      at: 17.5,
      text: 'At the edge it ends TLS, turns floods away with a rate limit, and sorts requests by kind: API, WebSocket, static and video.',
      say: 'At the edge it ends T L S, turns floods away with a rate limit, and sorts requests by kind: A P I, web socket, static and video.',
    },
    {
      id: 'ys03-04',
      at: 26.9,
      text: 'Inside a region, nginx gives each request to the server with the fewest open connections, and skips servers that fail their health check.',
      say: 'Inside a region, engine x gives each request to the server with the fewest open connections, and skips servers that fail their health check.',
    },
    {
      id: 'ys03-05',
      at: 35.9,
      text: 'A WebSocket stays on the server that holds it. The figures on screen are goals, not measurements.',
      say: 'A web socket stays on the server that holds it. The figures on screen are goals, not measurements.',
    },
  ],
  stops: ['edge', 'least-conn', 'targets'],
  poster: 31.4,
  notes:
    'Least connections, not round robin: video uploads and WebSockets hold a server for minutes, so counting requests would pile long ones on one machine. The connection counts on screen come from the simulated balancer (src/sim/loadBalancer.ts, least-connections policy). Request buffering and gzip are nginx settings: buffering shields the app servers from slow clients, gzip shrinks text replies.',
})

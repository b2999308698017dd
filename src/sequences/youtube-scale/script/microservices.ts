import { defineChapter } from '../../../script/types'

/** Component 3: seven services, each owning one job. */
export const microservices = defineChapter({
  id: 'microservices',
  title: 'Seven services',
  kicker: 'Component 3',
  duration: 27.5,
  beats: {
    'heading-in': 0.2,
    services: 3,
    scale: 12.2,
    isolate: 19.4,
  },
  narration: [
    {
      id: 'ys06-01',
      at: 3,
      text: 'Behind the gateway, seven services each own one job: users, videos, recommendations, comments, likes, subscriptions and analytics.',
    },
    {
      id: 'ys06-02',
      at: 12.2,
      text: 'Each scales on its own: a viral video needs more like servers, not more login servers.',
    },
    {
      id: 'ys06-03',
      at: 19.4,
      text: 'A crash in comments leaves playback running, and each team picks its own tools.',
    },
  ],
  stops: ['services', 'scale', 'isolate'],
  poster: 16.2,
  notes:
    'The price of the split, which the document does not mention: every call between services crosses the network, and a request that touches four services fails if any of them does. That is why the gateway carries circuit breakers.',
})

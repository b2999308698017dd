import { defineChapter } from '../../../script/types'

/** Layers 4–5: the API gateway (with a simulated token bucket) and the application load balancer. */
export const gateway = defineChapter({
  id: 'gateway',
  title: 'The front door',
  duration: 52,
  beats: {
    'heading-in': 0.2,
    gate: 3,
    bucket: 8,
    burst: 13,
    reject: 17,
    jwt: 21,
    transform: 23,
    versioning: 25,
    protocols: 27,
    alb: 30.5,
    tls: 32,
    distribution: 34,
    health: 37,
    sticky: 39.5,
    without: 43,
  },
  narration: [
    {
      id: 'svp-gw-01',
      at: 0.5,
      text: 'Every API call passes one gate, so the checks that all services need are done once.',
      say: 'Every A P I call passes one gate, so the checks that all services need are done once.',
    },
    {
      id: 'svp-gw-02',
      at: 8,
      text: 'A token bucket limits the rate: tokens drip in steadily, each request spends one, a burst spends the savings, and an empty bucket answers 429, Too Many Requests.',
      say: 'A token bucket limits the rate: tokens drip in steadily, each request spends one, a burst spends the savings, and an empty bucket answers four twenty-nine, Too Many Requests.',
    },
    {
      id: 'svp-gw-03',
      at: 21,
      text: 'It validates the JWT, reshapes requests and responses, routes each API version, and translates between REST, GraphQL and WebSocket.',
      say: 'It validates the J W T, reshapes requests and responses, routes each A P I version, and translates between REST, Graph Q L and Web Socket.',
    },
    {
      id: 'svp-gw-04',
      at: 30.5,
      text: 'Behind it, the application load balancer ends TLS, spreads load by round robin or least connections, health-checks its targets, and can pin a user with sticky sessions.',
      say: 'Behind it, the application load balancer ends T L S, spreads load by round robin or least connections, health-checks its targets, and can pin a user with sticky sessions.',
    },
    {
      id: 'svp-gw-05',
      at: 43,
      text: 'Without the gate, nine services would each repeat these checks, and sooner or later one would get them wrong.',
    },
  ],
  stops: ['reject', 'protocols', 'sticky'],
  poster: 19,
  notes:
    "The token bucket is simulated (src/sim/tokenBucket.ts): a client on the lowest tier the document gives (100 requests a minute) with a bucket of 10, sending steady traffic and then a burst. Tokens, allowed and rejected counts on screen are the model's. JWT: a signed token the gateway can check without a database call. Sticky sessions trade even spreading for locality; the film's services keep sessions in Redis, so stickiness is optional.",
})

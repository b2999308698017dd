import { defineChapter } from '../../../script/types'

/** Layers 4–5: the API gateway (with a simulated token bucket) and the application load balancer. */
export const gateway = defineChapter({
  id: 'gateway',
  kicker: 'Layers 4-5',
  title: 'The front door',
  duration: 53.5,
  beats: {
    'heading-in': 0.2,
    gate: 3,
    bucket: 8.5,
    burst: 13,
    reject: 17,
    jwt: 21,
    transform: 23.5,
    versioning: 26,
    protocols: 28.5,
    alb: 32,
    tls: 33.5,
    distribution: 35.5,
    health: 38.5,
    sticky: 41,
    without: 44.5,
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
      at: 8.5,
      text: 'A token bucket sets the pace: tokens drip in, each request spends one, a burst spends the savings, and an empty bucket answers 429.',
      say: 'A token bucket sets the pace: tokens drip in, each request spends one, a burst spends the savings, and an empty bucket answers four twenty-nine.',
    },
    {
      id: 'svp-gw-03',
      at: 21,
      text: 'It validates the JWT, reshapes requests and responses, routes API versions, and translates REST, GraphQL and WebSocket.',
      say: 'It validates the J W T, reshapes requests and responses, routes A P I versions, and translates REST, Graph Q L and Web Socket.',
    },
    {
      id: 'svp-gw-04',
      at: 32,
      text: 'Behind it, the load balancer ends TLS, spreads requests by round robin or least connections, checks target health, and can keep a user on one server.',
      say: 'Behind it, the load balancer ends T L S, spreads requests by round robin or least connections, checks target health, and can keep a user on one server.',
    },
    {
      id: 'svp-gw-05',
      at: 44.5,
      text: 'Without the gate, nine services would each repeat these checks, and sooner or later one would get them wrong.',
    },
  ],
  stops: ['reject', 'protocols', 'sticky'],
  poster: 19,
  notes:
    "The token bucket is simulated (src/sim/tokenBucket.ts): a client on the lowest tier the document gives (100 requests a minute) with a bucket of 10, sending steady traffic and then a burst. Tokens, allowed and rejected counts on screen are the model's. JWT: a signed token the gateway can check without a database call. Sticky sessions trade even spreading for locality; the film's services keep sessions in Redis, so stickiness is optional.",
})

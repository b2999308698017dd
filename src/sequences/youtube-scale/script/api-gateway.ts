import { defineChapter } from '../../../script/types'

/** Component 2: the one door every API call passes, with its three rate limits. */
export const apiGateway = defineChapter({
  id: 'api-gateway',
  title: 'API gateway',
  kicker: 'Component 2',
  duration: 41,
  beats: {
    'heading-in': 0.2,
    gate: 3,
    limits: 11.9,
    flood: 20.3,
    routing: 27,
    target: 33.3,
  },
  narration: [
    {
      id: 'ys05-01',
      at: 3,
      text: "Every API call passes the gateway. It checks the caller's token, a JWT, before anything else.",
      say: "Every A P I call passes the gateway. It checks the caller's token, a J W T, before anything else.",
    },
    {
      id: 'ys05-02',
      at: 11.9,
      text: 'Then it counts: a hundred general calls per fifteen minutes, five logins, ten uploads an hour, shared in Redis.',
    },
    {
      id: 'ys05-03',
      at: 20.3,
      text: 'Without those limits, one script guessing passwords or flooding uploads would reach the services untouched.',
    },
    {
      id: 'ys05-04',
      at: 27,
      text: 'Calls that pass are validated and routed to their service, through a circuit breaker.',
    },
    {
      id: 'ys05-05',
      at: 33.3,
      text: 'A hundred thousand requests a second is the target for this layer.',
    },
  ],
  stops: ['gate', 'flood', 'routing'],
  poster: 23.6,
  notes:
    "The limits are the document's: general 100 requests per 15 minutes, auth 5 per 15 minutes, upload 10 per hour. They live in Redis so that three gateway copies behind the load balancer share one count; a counter per copy would let a caller multiply its allowance by the number of copies. The flood on screen is eight login attempts from one caller: five pass, the rest get 429.",
})

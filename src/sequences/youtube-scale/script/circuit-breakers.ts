import { defineChapter } from '../../../script/types'

/** Component 9 and "Why Circuit Breakers?": CLOSED, OPEN, HALF_OPEN from the simulation. */
export const circuitBreakers = defineChapter({
  id: 'circuit-breakers',
  title: 'Circuit breakers',
  kicker: 'Component 9',
  duration: 50,
  beats: {
    'heading-in': 0.2,
    closed: 3,
    outage: 10.2,
    open: 16.9,
    'half-open': 24.1,
    recovered: 31.7,
    degrade: 39.3,
  },
  narration: [
    {
      id: 'ys11-01',
      at: 3,
      text: 'The gateway guards each service with a circuit breaker. Closed, it passes calls and counts failures.',
    },
    {
      id: 'ys11-02',
      at: 10.2,
      text: 'The like service goes down. Each call now waits a full second for its timeout.',
    },
    {
      id: 'ys11-03',
      at: 16.9,
      text: 'After five failures in ten seconds the breaker opens: calls fail at once, in a millisecond.',
    },
    {
      id: 'ys11-04',
      at: 24.1,
      text: 'Every five seconds it half opens and lets trial calls through; a failed trial opens it again.',
    },
    {
      id: 'ys11-05',
      at: 31.7,
      text: 'When the service is back, three good trials close it. Recovery needs no one at the console.',
    },
    {
      id: 'ys11-06',
      at: 39.3,
      text: 'Without a breaker, every caller waits on the dead service and the site hangs. With one, the page shows likes as unavailable.',
    },
  ],
  stops: ['closed', 'open', 'recovered', 'degrade'],
  poster: 20.2,
  notes:
    'The breaker is src/sim/circuitBreaker.ts: calls arrive at 1 a second (sims/circuit-breakers.ts); the like service is down for 15 s from the outage beat; five failures within 10 s open the breaker, a 5 s cool-down leads to HALF_OPEN, three successful trials close it. The waiting time on screen adds up 1 s per timed-out call and 1 ms per refused call, against what the same calls would have waited with no breaker at all. Failures and refusals of the last 10 s are counted apart: while it is open, the failures shown are the ones that opened it.',
})

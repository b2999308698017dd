import { defineChapter } from '../../../script/types'

/** The before/after table as charts, the success criteria, and what running it takes. */
export const benchmarks = defineChapter({
  id: 'benchmarks',
  title: 'Before and after',
  kicker: 'Benchmarks',
  duration: 43,
  beats: {
    'heading-in': 0.2,
    requests: 3,
    latency: 11.4,
    'db-load': 16.2,
    'hit-rate': 19.9,
    users: 22.8,
    claims: 27.1,
    ops: 35.5,
    // Where a presenter holds: the line before has ended and nothing is entering.
    'users-held': 26.1,
    'claims-held': 34,
  },
  narration: [
    {
      id: 'ys12-01',
      at: 3,
      text: 'Before and after, as the document reports them. Requests a second: five thousand, then a hundred thousand and more.',
    },
    {
      id: 'ys12-02',
      at: 11.4,
      text: 'Response times fall from hundreds of milliseconds to tens; database load from over eighty percent CPU to under forty.',
    },
    {
      id: 'ys12-03',
      at: 19.9,
      text: 'Cache hits rise from sixty to ninety-five percent, and users from ten thousand to a million.',
    },
    {
      id: 'ys12-04',
      at: 27.1,
      text: 'No load test stands behind these numbers: read them as goals. Even the uptime figure says "with proper ops".',
      say: 'No load test stands behind these numbers: read them as goals. Even the uptime figure says: with proper ops.',
    },
    {
      id: 'ys12-05',
      at: 35.5,
      text: 'Proper ops means watching errors, breaker states, consumer lag, replication lag and hit rates.',
    },
  ],
  stops: ['requests', 'users-held', 'claims-held', 'ops'],
  poster: 25.3,
  notes:
    "Every bar is a figure from the document's Performance Benchmarks, drawn on a log scale where before and after differ twentyfold or more (requests, users); where it gives a range, the bar spans it. The success criteria repeat these targets and add 'billions of events a day' and '99.99 % uptime (with proper ops)'. Deployment (one Docker Compose stack per region), configuration tips, troubleshooting and next steps are shown as one panel of what running it takes.",
})

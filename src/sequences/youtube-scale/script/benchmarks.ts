import { defineChapter } from '../../../script/types'

/** The before/after table as charts, the success criteria, and what running it takes. */
export const benchmarks = defineChapter({
  id: 'benchmarks',
  title: 'Before and after',
  duration: 44,
  beats: {
    'heading-in': 0.2,
    requests: 3,
    latency: 10.8,
    'db-load': 16.3,
    'hit-rate': 20.5,
    users: 23.2,
    claims: 27.2,
    ops: 34.7,
  },
  narration: [
    {
      id: 'ys12-01',
      at: 3,
      text: 'Before and after, as the document reports them. Requests a second: five thousand, then a hundred thousand and more.',
    },
    {
      id: 'ys12-02',
      at: 10.8,
      text: 'Response time falls from hundreds of milliseconds to tens when cached. Database load drops from over eighty percent CPU to under forty.',
    },
    {
      id: 'ys12-03',
      at: 20.5,
      text: 'Cache hits rise from sixty to ninety-five percent, and users from ten thousand to a million.',
    },
    {
      id: 'ys12-04',
      at: 27.2,
      text: 'No load test stands behind these numbers: read them as goals. Even the uptime figure says "with proper ops".',
      say: 'No load test stands behind these numbers: read them as goals. Even the uptime figure says: with proper ops.',
    },
    {
      id: 'ys12-05',
      at: 34.7,
      text: 'Proper ops means watching error rates, breaker states, consumer lag, replication lag and hit rates, in every region.',
    },
  ],
  stops: ['requests', 'users', 'claims', 'ops'],
  poster: 25.5,
  notes:
    "Every bar is a figure from the document's Performance Benchmarks, drawn on a log scale where before and after differ twentyfold or more (requests, users); where it gives a range, the bar spans it. The success criteria repeat these targets and add 'billions of events a day' and '99.99 % uptime (with proper ops)'. Deployment (one Docker Compose stack per region), configuration tips, troubleshooting and next steps are shown as one panel of what running it takes.",
})

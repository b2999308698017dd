import { defineChapter } from '../../../script/types'

/**
 * Chapter 11: watching a system that has grown. Error logs from several servers gather in one
 * place; a dashboard shows host, database-tier and business metrics; then the automation that
 * tests every commit and ships it.
 */
export const monitoring = defineChapter({
  id: 'monitoring',
  title: 'Logging, metrics, automation',
  duration: 47,
  beats: {
    'heading-in': 0.2,
    logs: 3.5,
    host: 12,
    database: 18,
    business: 25,
    ci: 32,
    deploy: 39,
  },
  stops: ['host', 'database', 'business', 'ci'],
  narration: [
    { id: 'ch11-01', at: 0.5, text: 'Chapter eleven: logging, metrics and automation.' },
    {
      id: 'ch11-02',
      at: 3.8,
      text: "With many servers, problems hide. Send every server's error logs to one place, where you can search them.",
    },
    {
      id: 'ch11-03',
      at: 12,
      text: 'Collect metrics. On each host: CPU, memory and disk I/O.',
      say: 'Collect metrics. On each host: C P U, memory and disk I O.',
    },
    {
      id: 'ch11-04',
      at: 18,
      text: "Aggregated metrics show a whole tier: here the database's queries per second and latency.",
    },
    {
      id: 'ch11-05',
      at: 25,
      text: 'Business metrics, daily active users, retention and revenue, show how the product is doing.',
    },
    {
      id: 'ch11-06',
      at: 32,
      text: 'For large systems, automation is essential. Continuous integration tests every commit, catching problems early.',
    },
    {
      id: 'ch11-07',
      at: 39.4,
      text: 'Automated deployment then ships each change quickly and safely.',
    },
  ],
  poster: 28,
  notes:
    'Every number on the dashboard comes from the simulated metrics (src/sim/metrics.ts): host CPU, memory and disk I/O follow the daily load, database latency rises as queries near capacity, errors grow faster than traffic, and the business bars come from a seeded growth model. ?sim.load and ?sim.seed change them.',
})

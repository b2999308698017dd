import { defineChapter } from '../../../script/types'

/** Layer 12: logs, metrics, traces and alerts. */
export const observability = defineChapter({
  id: 'observability',
  kicker: 'Layer 12',
  title: 'Seeing it run',
  duration: 38.5,
  beats: {
    'heading-in': 0.2,
    logging: 7,
    'log-retention': 10,
    metrics: 13.5,
    tracing: 20.5,
    alerting: 26,
    critical: 27,
    warning: 31,
  },
  narration: [
    {
      id: 'svp-ob-01',
      at: 0.5,
      text: 'At this size something is always failing. Observability is how anyone finds out where.',
    },
    {
      id: 'svp-ob-02',
      at: 7,
      text: 'Logs flow through Fluentd and Kafka into Elasticsearch, and are read in Kibana.',
      say: 'Logs flow through Fluent D and Kafka into Elasticsearch, and are read in Kibana.',
    },
    {
      id: 'svp-ob-03',
      at: 13.5,
      text: 'Prometheus and Grafana chart latency, errors and load, from the application down to the disks.',
    },
    {
      id: 'svp-ob-04',
      at: 20.5,
      text: 'Jaeger traces a single request across every service it touches.',
      say: 'Yay-ger traces a single request across every service it touches.',
    },
    {
      id: 'svp-ob-05',
      at: 26,
      text: 'Alerts come in two tiers: downtime and spikes page someone at once; high resource use or a falling cache hit rate goes to Slack.',
    },
  ],
  stops: ['log-retention', 'metrics', 'tracing', 'warning'],
  poster: 33.5,
  notes:
    'Source: observability and monitoring. Two alert tiers keep pages rare: a page must mean a person acts now; a warning can wait for working hours. Tracing: Jaeger or AWS X-Ray. Metrics retention: 15 days at full resolution, a year downsampled.',
})

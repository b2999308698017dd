/**
 * The source map: every heading and every bullet of ../shared/seeds/002_… with the beat that
 * shows it. A reviewer reads a line of the document here and finds its moment in the film; a
 * test checks that each text is quoted from the document, that each beat exists, and that
 * nothing in the document is left out.
 *
 * Texts are quoted as the document writes them, less its emphasis (`**`) and its emoji (which
 * the file holds in a broken encoding): `normaliseSource` does that to both sides.
 */

/** How a beat carries a line of the document. */
export type Treatment =
  /** On screen, as a model, a label or a chart. */
  | 'shown'
  /** In the narration, with the picture of the thing it belongs to. */
  | 'said'
  /**
   * Stood for by a broader picture or panel: a file path in the original repository stands for
   * its component, a shell recipe for the one line of the operations panel that sums it up.
   */
  | 'summarised'

export interface SourceEntry {
  /** The innermost heading the text sits under, normalised. */
  section: string
  /** The bullet, normalised; absent for the heading itself. */
  bullet?: string
  chapter: string
  beat: string
  how: Treatment
}

/** The document's text without emphasis, emoji or runs of spaces. */
export function normaliseSource(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

interface Group {
  chapter: string
  beat: string
  how: Treatment
  /** The section's heading itself maps here too. */
  heading?: boolean
  bullets?: readonly string[]
}

/** Entries for one section, grouped by the beat that carries them. */
function section(name: string, ...groups: Group[]): SourceEntry[] {
  return groups.flatMap((g) => [
    ...(g.heading ? [{ section: name, chapter: g.chapter, beat: g.beat, how: g.how }] : []),
    ...(g.bullets ?? []).map((bullet) => ({
      section: name,
      bullet,
      chapter: g.chapter,
      beat: g.beat,
      how: g.how,
    })),
  ])
}

const ops = { chapter: 'benchmarks', beat: 'ops', how: 'summarised' } as const

export const sourceMap: readonly SourceEntry[] = [
  ...section('YouTube-Scale Architecture - Complete Implementation Guide', {
    chapter: 'intro',
    beat: 'title-in',
    how: 'shown',
    heading: true,
  }),
  ...section('Overview', { chapter: 'intro', beat: 'after', how: 'said', heading: true }),
  ...section('Architecture Components', {
    chapter: 'regional-diagram',
    beat: 'heading-in',
    how: 'summarised',
    heading: true,
  }),

  ...section(
    '1. Global Load Balancer',
    {
      chapter: 'load-balancing',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [load-balancer/nginx.conf](load-balancer/nginx.conf)', 'Features:'],
    },
    {
      chapter: 'load-balancing',
      beat: 'geodns',
      how: 'shown',
      bullets: ['GeoDNS routing to nearest region'],
    },
    { chapter: 'load-balancing', beat: 'anycast', how: 'shown', bullets: ['Anycast IP support'] },
    {
      chapter: 'load-balancing',
      beat: 'edge',
      how: 'shown',
      bullets: [
        'Request routing (API, WebSocket, Static, Video)',
        'SSL/TLS termination',
        'Rate limiting at edge',
      ],
    },
    {
      chapter: 'load-balancing',
      beat: 'targets',
      how: 'shown',
      bullets: ['Performance: Routes users to nearest region with <50ms latency'],
    },
  ),

  ...section(
    '2. API Gateway',
    {
      chapter: 'api-gateway',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [api-gateway/](api-gateway/)', 'Features:'],
    },
    {
      chapter: 'api-gateway',
      beat: 'gate',
      how: 'shown',
      bullets: ['Authentication & authorization (JWT)'],
    },
    {
      chapter: 'api-gateway',
      beat: 'limits',
      how: 'shown',
      bullets: [
        'Rate limiting (Redis-backed, distributed)',
        'General: 100 req/15min',
        'Auth: 5 req/15min',
        'Upload: 10 req/hour',
      ],
    },
    {
      chapter: 'api-gateway',
      beat: 'routing',
      how: 'shown',
      bullets: [
        'Request validation',
        'Circuit breakers (auto fail-fast)',
        'Service routing to microservices',
      ],
    },
    {
      chapter: 'api-gateway',
      beat: 'target',
      how: 'shown',
      bullets: ['Scaling: Supports 100K+ requests/second'],
    },
  ),

  ...section(
    '3. Microservices Architecture',
    { chapter: 'microservices', beat: 'heading-in', how: 'shown', heading: true },
    {
      chapter: 'microservices',
      beat: 'services',
      how: 'shown',
      bullets: [
        'Current Services:',
        'User Service (Login, profiles)',
        'Video Service (Metadata, management)',
        'Recommendation Service (ML-powered)',
        'Comment Service (Nested comments)',
        'Like Service (Likes, dislikes)',
        'Subscription Service (Channels)',
        'Analytics Service (Tracking)',
      ],
    },
    {
      chapter: 'microservices',
      beat: 'scale',
      how: 'shown',
      bullets: ['Benefits: Independent scaling, fault isolation, technology flexibility'],
    },
  ),

  ...section(
    '4. Event Streaming (Kafka)',
    {
      chapter: 'events',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [event-streaming/](event-streaming/)'],
    },
    {
      chapter: 'events',
      beat: 'topics',
      how: 'shown',
      bullets: [
        'Topics:',
        '`video.views` - View tracking',
        '`video.likes` - Like/dislike events',
        '`video.comments` - Comment events',
        '`channel.subscriptions` - Subscription events',
        '`live.chat` - Live chat messages',
      ],
    },
    {
      chapter: 'events',
      beat: 'batch',
      how: 'shown',
      bullets: [
        'Features:',
        'Batch processing (100 events/batch)',
        'Fault-tolerant consumers',
        'Dead letter queue',
      ],
    },
    {
      chapter: 'events',
      beat: 'with',
      how: 'shown',
      bullets: ['Performance: Handles 1M+ events/second'],
    },
    {
      chapter: 'events',
      beat: 'result',
      how: 'shown',
      bullets: ['Counter aggregation (reduces DB writes by 99%)'],
    },
  ),

  ...section(
    '5. Real-time Service (WebSocket)',
    {
      chapter: 'realtime',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [realtime-service/](realtime-service/)'],
    },
    {
      chapter: 'realtime',
      beat: 'hub',
      how: 'shown',
      bullets: [
        'Features:',
        'Live view counts',
        'Live likes/dislikes',
        'Real-time comments',
        'Live chat',
        'Push notifications',
      ],
    },
    {
      chapter: 'realtime',
      beat: 'redis',
      how: 'shown',
      bullets: ['Multi-server support (Redis adapter)'],
    },
    {
      chapter: 'realtime',
      beat: 'capacity',
      how: 'shown',
      bullets: ['Scaling: 10K-50K connections per instance'],
    },
  ),

  ...section(
    '6. Multi-Layer Caching',
    {
      chapter: 'caching',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [docs/CACHING_STRATEGY.md](docs/CACHING_STRATEGY.md)'],
    },
    {
      chapter: 'caching',
      beat: 'browser',
      how: 'shown',
      bullets: ['Layers:', 'Browser Cache: Video chunks, static assets (7 days)'],
    },
    {
      chapter: 'caching',
      beat: 'cdn',
      how: 'shown',
      bullets: ['CDN Cache: Video streams, images (30 days)'],
    },
    {
      chapter: 'caching',
      beat: 'redis',
      how: 'shown',
      bullets: ['Redis Cache: Metadata, sessions, feeds (5min-1hr)'],
    },
    {
      chapter: 'caching',
      beat: 'memory',
      how: 'shown',
      bullets: ['In-Memory: Hot counters, rate limits (30sec-5min)'],
    },
    {
      chapter: 'caching',
      beat: 'hit-rate',
      how: 'shown',
      bullets: ['Impact: 95%+ cache hit rate, <50ms response time'],
    },
  ),

  ...section(
    '7. Database Scaling',
    {
      chapter: 'database',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [docs/DATABASE_SCALING.md](docs/DATABASE_SCALING.md)'],
    },
    {
      chapter: 'database',
      beat: 'split',
      how: 'shown',
      bullets: ['Strategies:', 'Read/Write Split: Primary for writes, 3+ replicas for reads'],
    },
    {
      chapter: 'database',
      beat: 'entity',
      how: 'shown',
      bullets: ['Sharding: By entity type (users, videos, analytics)'],
    },
    {
      chapter: 'database',
      beat: 'counters',
      how: 'shown',
      bullets: ['Counter Sharding: 100 shards for hot counters'],
    },
    {
      chapter: 'database',
      beat: 'partition',
      how: 'shown',
      bullets: [
        'Partitioning: Time-based for analytics',
        'Connection Pooling: Optimized pools per service',
      ],
    },
    {
      chapter: 'database',
      beat: 'target',
      how: 'shown',
      bullets: ['Performance: 50K+ queries/second'],
    },
  ),

  ...section(
    '8. CDN & Adaptive Streaming',
    {
      chapter: 'cdn',
      beat: 'heading-in',
      how: 'summarised',
      heading: true,
      bullets: ['Location: [docs/CDN_ADAPTIVE_STREAMING.md](docs/CDN_ADAPTIVE_STREAMING.md)'],
    },
    {
      chapter: 'cdn',
      beat: 'ladder',
      how: 'shown',
      bullets: ['Features:', 'HLS/DASH adaptive bitrate', '7 quality levels (144p to 4K)'],
    },
    { chapter: 'cdn', beat: 'switch', how: 'shown', bullets: ['Automatic quality switching'] },
    {
      chapter: 'cdn',
      beat: 'regions',
      how: 'shown',
      bullets: ['Global edge distribution', 'Regions: Mumbai, Oregon, Frankfurt, Singapore'],
    },
    { chapter: 'cdn', beat: 'with', how: 'shown', bullets: ['99% cache hit rate at edge'] },
  ),

  ...section(
    '9. Circuit Breakers & Fault Tolerance',
    { chapter: 'circuit-breakers', beat: 'heading-in', how: 'shown', heading: true },
    {
      chapter: 'circuit-breakers',
      beat: 'closed',
      how: 'shown',
      bullets: [
        'Implementation: Built into API Gateway',
        'Features:',
        'Automatic failure detection',
      ],
    },
    {
      chapter: 'circuit-breakers',
      beat: 'open',
      how: 'shown',
      bullets: ['Fast-fail on service outage', 'States: CLOSED, OPEN, HALF_OPEN'],
    },
    {
      chapter: 'circuit-breakers',
      beat: 'half-open',
      how: 'shown',
      bullets: ['Auto-recovery testing'],
    },
    {
      chapter: 'circuit-breakers',
      beat: 'degrade',
      how: 'shown',
      bullets: ['Graceful degradation'],
    },
  ),

  ...section(
    '10. Load Balancer',
    {
      chapter: 'load-balancing',
      beat: 'least-conn',
      how: 'shown',
      heading: true,
      bullets: [
        'Location: [load-balancer/nginx.conf](load-balancer/nginx.conf)',
        'Features:',
        'Least-connection algorithm',
        'Health checks',
      ],
    },
    {
      chapter: 'load-balancing',
      beat: 'sticky',
      how: 'shown',
      bullets: ['Sticky sessions (for WebSocket)', 'Request buffering', 'Gzip compression'],
    },
    {
      chapter: 'load-balancing',
      beat: 'targets',
      how: 'shown',
      bullets: ['Capacity: 100K+ concurrent connections'],
    },
  ),

  ...section('System Architecture Diagram', {
    chapter: 'regional-diagram',
    beat: 'users',
    how: 'shown',
    heading: true,
  }),

  // Running it: one panel at the end of the film stands for the deployment guide.
  ...section('Deployment Guide', { ...ops, heading: true }),
  ...section('Prerequisites', {
    ...ops,
    heading: true,
    bullets: [
      'Docker & Docker Compose',
      '16GB+ RAM (for full stack)',
      '50GB+ disk space',
      'Linux/Unix environment (or WSL on Windows)',
    ],
  }),
  ...section('Environment Setup', {
    ...ops,
    heading: true,
    bullets: [
      'Copy environment files:',
      'Configure secrets (IMPORTANT):',
      'Set region (optional):',
    ],
  }),
  ...section('Deployment', { ...ops, heading: true }),
  ...section('Option 1: Full Production Stack', {
    ...ops,
    heading: true,
    bullets: [
      'Load Balancer (nginx)',
      'API Gateway',
      'Backend services',
      'Kafka + Zookeeper',
      'Event Streaming service',
      'Realtime WebSocket service',
      'PostgreSQL (primary + 2 replicas)',
      'Redis (+ Sentinel)',
      'Frontend',
      'Transcoder',
      'ML Recommendation service',
    ],
  }),
  ...section('Option 2: Development Mode', { ...ops, heading: true }),
  ...section('Option 3: Scaled Deployment', { ...ops, heading: true }),
  ...section('Verify Deployment', { ...ops, heading: true }),

  ...section('Performance Benchmarks', {
    chapter: 'benchmarks',
    beat: 'heading-in',
    how: 'shown',
    heading: true,
  }),
  ...section(
    'Before Optimization',
    {
      chapter: 'benchmarks',
      beat: 'requests',
      how: 'shown',
      heading: true,
      bullets: ['Requests/sec: 5K'],
    },
    {
      chapter: 'benchmarks',
      beat: 'latency',
      how: 'shown',
      bullets: ['Response time: 200-500ms'],
    },
    {
      chapter: 'benchmarks',
      beat: 'db-load',
      how: 'shown',
      bullets: ['Database load: 80-95% CPU'],
    },
    { chapter: 'benchmarks', beat: 'hit-rate', how: 'shown', bullets: ['Cache hit rate: 60%'] },
    { chapter: 'benchmarks', beat: 'users', how: 'shown', bullets: ['Concurrent users: 10K'] },
  ),
  ...section(
    'After YouTube-Scale Upgrade',
    {
      chapter: 'benchmarks',
      beat: 'requests',
      how: 'shown',
      heading: true,
      bullets: ['Requests/sec: 100K+'],
    },
    {
      chapter: 'benchmarks',
      beat: 'latency',
      how: 'shown',
      bullets: ['Response time: 10-50ms (cached), 50-200ms (dynamic)'],
    },
    {
      chapter: 'benchmarks',
      beat: 'db-load',
      how: 'shown',
      bullets: ['Database load: 20-40% CPU'],
    },
    { chapter: 'benchmarks', beat: 'hit-rate', how: 'shown', bullets: ['Cache hit rate: 95%+'] },
    {
      chapter: 'benchmarks',
      beat: 'users',
      how: 'shown',
      bullets: ['Concurrent users: 1M+', 'Video streams: 10M+ concurrent'],
    },
  ),

  ...section('Configuration Tips', { ...ops, heading: true }),
  ...section('High Traffic Setup', {
    ...ops,
    heading: true,
    bullets: ['Increase Worker Processes:', 'Scale Services:', 'Tune PostgreSQL:', 'Tune Redis:'],
  }),
  ...section(
    'Regional Deployment',
    { chapter: 'regional-diagram', beat: 'regions', how: 'shown', heading: true },
    {
      chapter: 'load-balancing',
      beat: 'geodns',
      how: 'shown',
      bullets: ['Configure GeoDNS to route to nearest region'],
    },
    {
      ...ops,
      bullets: [
        'Deploy full stack in each region',
        'Replicate databases across regions (async)',
        'Share Redis cache via Redis Enterprise or similar',
      ],
    },
  ),

  ...section('Monitoring', { chapter: 'benchmarks', beat: 'ops', how: 'said', heading: true }),
  ...section(
    'Key Metrics to Track',
    {
      chapter: 'benchmarks',
      beat: 'ops',
      how: 'shown',
      heading: true,
      bullets: [
        'API Gateway:',
        'Error rate',
        'Circuit breaker states',
        'Kafka:',
        'Consumer lag',
        'Database:',
        'Replication lag',
        'CDN:',
        'Cache hit rate',
      ],
    },
    {
      ...ops,
      bullets: [
        'Request rate',
        'Rate limit hits',
        'Services:',
        'Response times',
        'Error rates',
        'Resource usage (CPU, memory)',
        'Message throughput',
        'Partition distribution',
        'Query performance',
        'Connection pool usage',
        'Bandwidth usage',
        'Geographic distribution',
      ],
    },
  ),
  ...section('Monitoring Tools (Recommended)', {
    ...ops,
    heading: true,
    bullets: [
      'Prometheus + Grafana: Metrics & dashboards',
      'ELK Stack: Log aggregation',
      'Jaeger: Distributed tracing',
      'DataDog / New Relic: APM (commercial)',
    ],
  }),

  ...section('Troubleshooting', { ...ops, heading: true }),
  ...section('Common Issues', { ...ops, heading: true }),
  ...section('1. Services Not Starting', { ...ops, heading: true }),
  ...section('2. Kafka Connection Issues', { ...ops, heading: true }),
  ...section('3. Database Connection Issues', { ...ops, heading: true }),
  ...section('4. High Memory Usage', { ...ops, heading: true }),
  ...section('Documentation', {
    ...ops,
    heading: true,
    bullets: [
      '[CACHING_STRATEGY.md](docs/CACHING_STRATEGY.md) - Multi-layer caching details',
      '[DATABASE_SCALING.md](docs/DATABASE_SCALING.md) - Database sharding & optimization',
      '[CDN_ADAPTIVE_STREAMING.md](docs/CDN_ADAPTIVE_STREAMING.md) - Video delivery & CDN',
      '[API Gateway README](api-gateway/README.md) - Gateway configuration',
      '[Event Streaming README](event-streaming/README.md) - Kafka setup',
      '[Realtime Service README](realtime-service/README.md) - WebSocket configuration',
    ],
  }),

  ...section('Key Concepts', {
    chapter: 'events',
    beat: 'without',
    how: 'summarised',
    heading: true,
  }),
  ...section(
    'Why Event-Driven?',
    {
      chapter: 'events',
      beat: 'without',
      how: 'shown',
      heading: true,
      bullets: ['1M database writes per second', 'Database crashes', 'Latency: 500ms+'],
    },
    {
      chapter: 'events',
      beat: 'with',
      how: 'shown',
      bullets: ['1M events Kafka (fast)', 'Aggregated in memory'],
    },
    {
      chapter: 'events',
      beat: 'flush',
      how: 'shown',
      bullets: ['Flushed every 30s = 33 DB writes/sec'],
    },
    {
      chapter: 'events',
      beat: 'result',
      how: 'shown',
      bullets: ['Latency: <10ms'],
    },
  ),
  ...section(
    'Why CDN?',
    {
      chapter: 'cdn',
      beat: 'without',
      how: 'shown',
      heading: true,
      bullets: [
        'All video requests hit origin',
        'Bandwidth cost: $$$$',
        'Latency: 500ms-2s',
        'Max users: 10K',
      ],
    },
    {
      chapter: 'cdn',
      beat: 'with',
      how: 'shown',
      bullets: ['99% served from edge', 'Bandwidth cost: $', 'Latency: 10-50ms'],
    },
    { chapter: 'cdn', beat: 'result', how: 'shown', bullets: ['Max users: Unlimited'] },
  ),
  ...section(
    'Why Circuit Breakers?',
    {
      chapter: 'circuit-breakers',
      beat: 'outage',
      how: 'shown',
      heading: true,
      bullets: ['Long timeouts'],
    },
    {
      chapter: 'circuit-breakers',
      beat: 'open',
      how: 'shown',
      bullets: ['Fast fail (no waiting)'],
    },
    {
      chapter: 'circuit-breakers',
      beat: 'recovered',
      how: 'shown',
      bullets: ['Automatic recovery'],
    },
    {
      chapter: 'circuit-breakers',
      beat: 'degrade',
      how: 'shown',
      bullets: [
        'One service down = whole system down',
        'Cascade failures',
        'Graceful degradation',
        'System stays alive',
      ],
    },
  ),

  ...section('Success Criteria', {
    chapter: 'benchmarks',
    beat: 'claims',
    how: 'shown',
    heading: true,
    bullets: [
      '1M+ concurrent users',
      '10M+ concurrent video streams',
      '100K+ requests/second',
      'Billions of events/day',
      '<50ms response time (cached)',
      '99.99% uptime (with proper ops)',
      'Global distribution (multi-region ready)',
      'Auto-scaling (horizontal)',
      'Fault-tolerant (circuit breakers)',
      'Real-time updates (WebSocket)',
    ],
  }),
  ...section('Next Steps', {
    ...ops,
    heading: true,
    bullets: [
      'Deploy to cloud:',
      'AWS ECS/EKS',
      'Google Cloud Run/GKE',
      'Azure Container Instances/AKS',
      'Add monitoring:',
      'Set up Prometheus + Grafana',
      'Configure alerts',
      'Implement CI/CD:',
      'GitHub Actions',
      'GitLab CI',
      'Jenkins',
      'Add more features:',
      'Content moderation (AI)',
      'Live streaming (RTMP + HLS)',
      'Video recommendations (collaborative filtering)',
      'Mobile apps (React Native)',
    ],
  }),
  ...section('Support', {
    ...ops,
    heading: true,
    bullets: [
      'Check documentation in `docs/` folder',
      'Review service-specific READMEs',
      'Check logs: `docker-compose logs -f [service-name]`',
    ],
  }),
  ...section('Congratulations!', {
    chapter: 'benchmarks',
    beat: 'claims',
    how: 'summarised',
    heading: true,
  }),
]

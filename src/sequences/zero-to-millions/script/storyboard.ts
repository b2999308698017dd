/**
 * The storyboard map: every bullet of ../shared/seeds/000_… for the chapters the film has, with
 * the beat (or narration line) that shows it. A reviewer reads a bullet here and finds its
 * moment in the film; a test checks that each bullet is quoted exactly, each beat exists, and
 * the top-level bullets happen in the storyboard's order.
 */
export interface StoryboardEntry {
  chapter: string
  /** The bullet's text as the storyboard writes it (without the list marker). */
  bullet: string
  /** The beat that shows it, or the narration line that says it. */
  beat?: string
  line?: string
}

export const storyboardMap: readonly StoryboardEntry[] = [
  {
    chapter: 'intro',
    bullet: 'Title card with "Scaling from Zero to Millions of Users"',
    beat: 'title-in',
  },
  {
    chapter: 'intro',
    bullet: 'Brief overview of the journey from single server to distributed system',
    beat: 'step-1',
  },
  {
    chapter: 'intro',
    bullet:
      'Voiceover: "Designing a system that supports millions of users is challenging. It\'s a journey that requires continuous refinement and endless improvement. Today, we\'ll build a system from a single user and gradually scale it to millions."',
    line: 'intro-01',
  },

  {
    chapter: 'single-server',
    bullet: 'Animate a simple architecture diagram showing:',
    beat: 'server-in',
  },
  { chapter: 'single-server', bullet: 'User with web browser and mobile app', beat: 'users-in' },
  {
    chapter: 'single-server',
    bullet: 'DNS server resolving domain names to IP addresses',
    beat: 'dns-in',
  },
  {
    chapter: 'single-server',
    bullet: 'Single web server handling all requests',
    beat: 'server-in',
  },
  {
    chapter: 'single-server',
    bullet: 'Show the request flow with animated arrows:',
    beat: 'step-1',
  },
  { chapter: 'single-server', bullet: 'User requests www.mysite.com', beat: 'step-1' },
  {
    chapter: 'single-server',
    bullet: 'DNS returns IP address (e.g., 15.125.23.214)',
    beat: 'step-2',
  },
  { chapter: 'single-server', bullet: 'HTTP request sent to web server', beat: 'step-3' },
  { chapter: 'single-server', bullet: 'Server returns HTML or JSON response', beat: 'step-4' },
  { chapter: 'single-server', bullet: 'Display sample JSON response for API call', beat: 'json' },
  {
    chapter: 'single-server',
    bullet:
      'Voiceover explaining the limitation: "Everything runs on one server - web app, database, cache. But what happens when traffic grows?"',
    line: 'ch01-13',
  },

  {
    chapter: 'web-and-database',
    bullet: 'Animate splitting: Show server dividing into two components',
    beat: 'split',
  },
  { chapter: 'web-and-database', bullet: 'Web/Mobile tier (web server)', beat: 'tiers' },
  { chapter: 'web-and-database', bullet: 'Data tier (database server)', beat: 'tiers' },
  {
    chapter: 'web-and-database',
    bullet: 'Highlight the benefit with text: "Independent Scaling!"',
    beat: 'independent',
  },
  { chapter: 'web-and-database', bullet: 'Show database types comparison:', beat: 'compare' },
  {
    chapter: 'web-and-database',
    bullet: 'Relational (MySQL, PostgreSQL, Oracle) - visualize tables and rows',
    beat: 'relational',
  },
  {
    chapter: 'web-and-database',
    bullet: 'NoSQL (MongoDB, Cassandra, DynamoDB) - show key-value, document, graph structures',
    beat: 'kinds',
  },
  {
    chapter: 'web-and-database',
    bullet: 'Display use cases for each with animated icons',
    beat: 'default',
  },
  {
    chapter: 'web-and-database',
    bullet: 'Voiceover: "Separation allows independent scaling, but we need more improvements."',
    line: 'ch02-13',
  },

  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'Create split-screen comparison:',
    beat: 'split-screen',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet:
      'LEFT: Vertical Scaling - Animate single server growing bigger (more CPU, RAM shown as bars increasing)',
    beat: 'grow',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'RIGHT: Horizontal Scaling - Animate multiple servers appearing in a grid',
    beat: 'scale-out',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'Show limitations of vertical scaling:',
    beat: 'ceiling',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'Hard limit (ceiling barrier animation)',
    beat: 'ceiling',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'Single point of failure (server with X mark, whole system going dark)',
    beat: 'spof',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'Highlight horizontal scaling advantages with checkmarks',
    beat: 'advantages',
  },
  {
    chapter: 'vertical-vs-horizontal',
    bullet: 'Voiceover explaining the transition to load balancing',
    line: 'ch03-14',
  },

  {
    chapter: 'load-balancer',
    bullet: 'Animate load balancer entering the architecture:',
    beat: 'lb-in',
  },
  {
    chapter: 'load-balancer',
    bullet: 'User requests → DNS → Load Balancer (public IP)',
    beat: 'addresses',
  },
  {
    chapter: 'load-balancer',
    bullet: 'Load Balancer distributes to Server 1 and Server 2 (private IPs)',
    beat: 'addresses',
  },
  {
    chapter: 'load-balancer',
    bullet: 'Show traffic flow with animated particles/packets',
    beat: 'traffic',
  },
  { chapter: 'load-balancer', bullet: 'Demonstrate failover scenario:', beat: 'fail' },
  {
    chapter: 'load-balancer',
    bullet: 'Server 1 goes offline (turns red, X appears)',
    beat: 'fail',
  },
  {
    chapter: 'load-balancer',
    bullet: 'Traffic automatically reroutes to Server 2',
    beat: 'reroute',
  },
  {
    chapter: 'load-balancer',
    bullet: 'New healthy server added to pool (green checkmark)',
    beat: 'join',
  },
  { chapter: 'load-balancer', bullet: 'Display domain-to-IP mapping table', beat: 'dns-table' },
  {
    chapter: 'load-balancer',
    bullet: 'Voiceover: "Load balancer solves failover and improves availability"',
    line: 'ch04-13',
  },

  {
    chapter: 'replication',
    bullet: 'Animate master-slave database architecture:',
    beat: 'master-in',
  },
  {
    chapter: 'replication',
    bullet: 'Master DB at center (highlighted in blue)',
    beat: 'master-in',
  },
  { chapter: 'replication', bullet: 'Multiple Slave DBs around it (green)', beat: 'replicas-in' },
  { chapter: 'replication', bullet: 'Show "write" operations → Master DB', beat: 'ops' },
  { chapter: 'replication', bullet: 'Show "read" operations → Slave DBs', beat: 'ops' },
  {
    chapter: 'replication',
    bullet: 'Animate data replication flow with pulsing arrows',
    beat: 'replicate',
  },
  {
    chapter: 'replication',
    bullet: 'Display three key advantages with icons:',
    beat: 'advantages',
  },
  { chapter: 'replication', bullet: 'Performance (speedometer icon)', beat: 'advantages' },
  { chapter: 'replication', bullet: 'Reliability (shield icon)', beat: 'advantages' },
  { chapter: 'replication', bullet: 'High Availability (multiple checkmarks)', beat: 'advantages' },
  { chapter: 'replication', bullet: 'Show failure scenarios:', beat: 'replica-fail' },
  {
    chapter: 'replication',
    bullet: 'Slave failure → reads redirect to master temporarily',
    beat: 'replica-fail',
  },
  {
    chapter: 'replication',
    bullet: 'Master failure → promote slave to master',
    beat: 'master-fail',
  },
  {
    chapter: 'replication',
    bullet: 'Voiceover explaining the master-slave model benefits',
    line: 'ch05-07',
  },

  {
    chapter: 'cache',
    bullet: 'Introduce cache tier between web server and database',
    beat: 'cache-in',
  },
  { chapter: 'cache', bullet: 'Animate cache workflow:', beat: 'check-first' },
  {
    chapter: 'cache',
    bullet: 'Web server checks cache first (green path - fast)',
    beat: 'check-first',
  },
  { chapter: 'cache', bullet: 'If data exists → return immediately (speed lines)', beat: 'hit' },
  { chapter: 'cache', bullet: 'If not exists → query database (blue path)', beat: 'miss' },
  { chapter: 'cache', bullet: 'Store in cache → return to web server', beat: 'miss' },
  { chapter: 'cache', bullet: 'Display Memcached code example briefly', beat: 'snippet' },
  { chapter: 'cache', bullet: 'Show cache considerations with warning icons:', beat: 'expiration' },
  { chapter: 'cache', bullet: 'Expiration policy (clock icon)', beat: 'expiration' },
  { chapter: 'cache', bullet: 'Consistency challenges (sync icon)', beat: 'consistency' },
  { chapter: 'cache', bullet: 'SPOF mitigation (redundant servers)', beat: 'spof' },
  {
    chapter: 'cache',
    bullet: 'Eviction policies: LRU, LFU, FIFO (animated queue)',
    beat: 'eviction',
  },
  { chapter: 'cache', bullet: 'Voiceover explaining caching strategies', line: 'ch06-04' },

  {
    chapter: 'cdn',
    bullet: 'Show global map with CDN servers at different locations',
    beat: 'edges-in',
  },
  { chapter: 'cdn', bullet: 'Animate CDN workflow:', beat: 'request' },
  { chapter: 'cdn', bullet: 'User A requests image.png → CDN (30ms shown)', beat: 'request' },
  { chapter: 'cdn', bullet: 'vs Direct to Origin Server (120ms shown)', beat: 'direct' },
  {
    chapter: 'cdn',
    bullet: 'Show cache miss scenario: CDN → Origin → Store → Return',
    beat: 'miss',
  },
  { chapter: 'cdn', bullet: 'Show cache hit scenario: Direct from CDN', beat: 'hit' },
  {
    chapter: 'cdn',
    bullet: 'Display CDN URL examples from Amazon CloudFront and Akamai',
    beat: 'urls',
  },
  { chapter: 'cdn', bullet: 'Show TTL (Time-to-Live) concept with ticking clock', beat: 'ttl' },
  { chapter: 'cdn', bullet: 'Highlight benefits: faster load times globally', beat: 'benefits' },
  { chapter: 'cdn', bullet: 'Voiceover explaining CDN advantages', line: 'ch07-08' },

  {
    chapter: 'stateless',
    bullet: 'Compare Stateful vs Stateless architectures side-by-side:',
    beat: 'stateless',
  },
  {
    chapter: 'stateless',
    bullet: 'STATEFUL: User A stuck to Server 1 (sticky sessions shown with glue icon)',
    beat: 'stateful',
  },
  {
    chapter: 'stateless',
    bullet: 'STATELESS: Any user can use any server (flexible routing shown)',
    beat: 'flexible',
  },
  {
    chapter: 'stateless',
    bullet: 'Animate session data moving from web servers to shared data store (NoSQL)',
    beat: 'sessions-out',
  },
  {
    chapter: 'stateless',
    bullet:
      'Show autoscaling: servers appearing/disappearing based on traffic (graph showing load)',
    beat: 'autoscale',
  },
  {
    chapter: 'stateless',
    bullet: 'Display updated architecture with NoSQL for session storage',
    beat: 'architecture',
  },
  {
    chapter: 'stateless',
    bullet: 'Voiceover: "Stateless architecture enables true horizontal scaling"',
    line: 'ch08-07',
  },

  { chapter: 'multi-dc', bullet: 'Show world map with data centers:', beat: 'dcs-in' },
  { chapter: 'multi-dc', bullet: 'DC1 in US-East (x% traffic)', beat: 'dcs-in' },
  { chapter: 'multi-dc', bullet: 'DC2 in US-West ((100-x)% traffic)', beat: 'dcs-in' },
  {
    chapter: 'multi-dc',
    bullet: 'Animate geo-routing based on user location',
    beat: 'geo-routing',
  },
  { chapter: 'multi-dc', bullet: 'Show datacenter failover:', beat: 'failover' },
  { chapter: 'multi-dc', bullet: 'DC2 goes offline (red X)', beat: 'failover' },
  { chapter: 'multi-dc', bullet: '100% traffic routes to DC1 automatically', beat: 'failover' },
  { chapter: 'multi-dc', bullet: 'Display three technical challenges:', beat: 'redirect' },
  { chapter: 'multi-dc', bullet: 'Traffic redirection (GeoDNS routing)', beat: 'redirect' },
  { chapter: 'multi-dc', bullet: 'Data synchronization (bi-directional arrows)', beat: 'sync' },
  { chapter: 'multi-dc', bullet: 'Testing and deployment (checklist)', beat: 'testing' },
  {
    chapter: 'multi-dc',
    bullet: 'Voiceover explaining multi-datacenter complexity',
    line: 'ch09-05',
  },

  {
    chapter: 'message-queue',
    bullet: 'Introduce message queue architecture:',
    beat: 'queue-in',
  },
  {
    chapter: 'message-queue',
    bullet: 'Producers (Web Servers) → Publish → Message Queue',
    beat: 'producers',
  },
  {
    chapter: 'message-queue',
    bullet: 'Message Queue → Consume → Consumers (Workers)',
    beat: 'consumers',
  },
  { chapter: 'message-queue', bullet: 'Animate photo processing example:', beat: 'photo' },
  {
    chapter: 'message-queue',
    bullet: 'User uploads photo → Web server publishes job',
    beat: 'photo',
  },
  {
    chapter: 'message-queue',
    bullet: 'Workers pick up jobs (crop, sharpen, blur)',
    beat: 'jobs',
  },
  {
    chapter: 'message-queue',
    bullet: 'Show independent scaling of producers and consumers',
    beat: 'scaling',
  },
  {
    chapter: 'message-queue',
    bullet: 'Display queue filling up → more workers added automatically',
    beat: 'scaling',
  },
  {
    chapter: 'message-queue',
    bullet: 'Highlight decoupling benefit with separation symbol',
    beat: 'decoupled',
  },
  {
    chapter: 'message-queue',
    bullet: 'Voiceover: "Message queues enable asynchronous processing"',
    line: 'ch10-05',
  },

  {
    chapter: 'monitoring',
    bullet: 'Show monitoring dashboard with animated graphs:',
    beat: 'logs',
  },
  {
    chapter: 'monitoring',
    bullet: 'Error logs aggregating from multiple servers',
    beat: 'logs',
  },
  { chapter: 'monitoring', bullet: 'Metrics panels showing:', beat: 'host' },
  {
    chapter: 'monitoring',
    bullet: 'Host level: CPU, Memory, Disk I/O (gauge animations)',
    beat: 'host',
  },
  {
    chapter: 'monitoring',
    bullet: 'Aggregated level: Database tier performance (line graphs)',
    beat: 'database',
  },
  {
    chapter: 'monitoring',
    bullet: 'Business metrics: DAU, retention, revenue (bar charts)',
    beat: 'business',
  },
  { chapter: 'monitoring', bullet: 'Display automation tools:', beat: 'ci' },
  {
    chapter: 'monitoring',
    bullet: 'Continuous Integration (green checkmark on code commit)',
    beat: 'ci',
  },
  {
    chapter: 'monitoring',
    bullet: 'Automated deployment (rocket ship launching)',
    beat: 'deploy',
  },
  {
    chapter: 'monitoring',
    bullet: 'Voiceover: "For large systems, automation is essential"',
    line: 'ch11-06',
  },

  {
    chapter: 'sharding',
    bullet: 'Compare Vertical vs Horizontal Database Scaling:',
    beat: 'vertical',
  },
  {
    chapter: 'sharding',
    bullet: 'Vertical: Single large server (show 24TB RAM)',
    beat: 'vertical',
  },
  { chapter: 'sharding', bullet: 'Horizontal: Multiple sharded databases', beat: 'horizontal' },
  { chapter: 'sharding', bullet: 'Animate sharding process:', beat: 'hash' },
  { chapter: 'sharding', bullet: 'Hash function: user_id % 4', beat: 'hash' },
  { chapter: 'sharding', bullet: 'Show data distribution across 4 shards:', beat: 'distribute' },
  { chapter: 'sharding', bullet: 'Shard 0: users 0, 4, 8...', beat: 'distribute' },
  { chapter: 'sharding', bullet: 'Shard 1: users 1, 5, 9...', beat: 'distribute' },
  { chapter: 'sharding', bullet: 'Shard 2: users 2, 6, 10...', beat: 'distribute' },
  { chapter: 'sharding', bullet: 'Shard 3: users 3, 7, 11...', beat: 'distribute' },
  {
    chapter: 'sharding',
    bullet: 'Display three key challenges with warning signs:',
    beat: 'reshard',
  },
  { chapter: 'sharding', bullet: 'Resharding data (moving data icons)', beat: 'reshard' },
  {
    chapter: 'sharding',
    bullet: 'Celebrity/Hotspot problem (celebrity icon with fire)',
    beat: 'celebrity',
  },
  { chapter: 'sharding', bullet: 'Join operations complexity (broken chain link)', beat: 'joins' },
  { chapter: 'sharding', bullet: 'Voiceover explaining sharding trade-offs', line: 'ch12-07' },

  {
    chapter: 'conclusion',
    bullet: 'Animated checklist appearing one by one:',
    beat: 'checklist',
  },
  { chapter: 'conclusion', bullet: 'Keep web tier stateless', beat: 'lesson-stateless' },
  { chapter: 'conclusion', bullet: 'Build redundancy at every tier', beat: 'lesson-redundancy' },
  { chapter: 'conclusion', bullet: 'Cache data as much as you can', beat: 'lesson-cache' },
  { chapter: 'conclusion', bullet: 'Support multiple data centers', beat: 'lesson-data-centres' },
  { chapter: 'conclusion', bullet: 'Host static assets in CDN', beat: 'lesson-cdn' },
  { chapter: 'conclusion', bullet: 'Scale data tier by sharding', beat: 'lesson-sharding' },
  {
    chapter: 'conclusion',
    bullet: 'Split tiers into individual services',
    beat: 'lesson-services',
  },
  {
    chapter: 'conclusion',
    bullet: 'Monitor and use automation tools',
    beat: 'lesson-monitoring',
  },
  {
    chapter: 'conclusion',
    bullet: 'Show final architecture diagram with all components integrated:',
    beat: 'architecture',
  },
  { chapter: 'conclusion', bullet: 'Users → DNS → CDN → Load Balancer', beat: 'edge' },
  {
    chapter: 'conclusion',
    bullet: '→ Web Servers (stateless) → Cache',
    beat: 'cache-tier',
  },
  { chapter: 'conclusion', bullet: '→ Message Queue → Workers', beat: 'queue' },
  {
    chapter: 'conclusion',
    bullet: '→ Sharded Databases with replication',
    beat: 'data-tier',
  },
  { chapter: 'conclusion', bullet: '→ NoSQL for session data', beat: 'sessions' },
  { chapter: 'conclusion', bullet: '→ Monitoring & Automation tools', beat: 'tools' },
  {
    chapter: 'conclusion',
    bullet: 'Ending text: "Scaling is an iterative journey. Keep learning and improving!"',
    beat: 'ending',
  },
  {
    chapter: 'conclusion',
    bullet:
      'Voiceover: "Congratulations! You now understand how to scale from zero to millions. Keep iterating and refining!"',
    line: 'conclusion-07',
  },
]

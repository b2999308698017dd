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
]

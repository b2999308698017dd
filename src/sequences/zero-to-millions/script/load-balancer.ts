import { defineChapter } from '../../../script/types'

/**
 * Chapter 4: a load balancer in front of the web tier, public and private addresses, traffic
 * spread over a pool, failover at the next health check, and a new server joining.
 */
export const loadBalancer = defineChapter({
  id: 'load-balancer',
  title: 'Load balancer',
  duration: 112,
  beats: {
    'heading-in': 0.2,
    problem: 4.5,
    'lb-in': 14,
    addresses: 22,
    traffic: 32,
    fail: 48,
    // The simulation moves the traffic at the first health check after the failure (by 50 s).
    reroute: 51,
    join: 68,
    'dns-table': 80,
    summary: 96,
    next: 101,
  },
  stops: ['problem', 'lb-in', 'traffic', 'fail', 'join', 'summary'],
  narration: [
    { id: 'ch04-01', at: 0.6, text: 'Chapter four: the load balancer.' },
    {
      id: 'ch04-02',
      at: 4.5,
      text: 'So far, users connect straight to the web server. If it goes offline, so does the site.',
    },
    {
      id: 'ch04-03',
      at: 14,
      text: 'A load balancer fixes both. It sits in front of the web servers and spreads traffic across them.',
    },
    {
      id: 'ch04-04',
      at: 22,
      text: "Users connect to the load balancer's public IP. The web servers get private IPs, reachable only inside our network.",
      say: "Users connect to the load balancer's public I P. The web servers get private I Ps, reachable only inside our network.",
    },
    {
      id: 'ch04-05',
      at: 32,
      text: 'Watch the requests: each goes to a server in the pool, and the counts stay close.',
    },
    {
      id: 'ch04-06',
      at: 40,
      text: 'The load balancer also checks the health of every server, every few seconds.',
    },
    { id: 'ch04-07', at: 48, text: 'Now server one goes offline.' },
    {
      id: 'ch04-08',
      at: 51,
      text: 'At the next health check the load balancer notices, and sends all traffic to server two.',
    },
    {
      id: 'ch04-09',
      at: 60,
      text: 'The website stays up. Only requests sent to server one before that check are lost.',
    },
    {
      id: 'ch04-10',
      at: 68,
      text: 'When traffic grows, we add a new server. Once it passes a health check, it joins the pool and takes its share.',
    },
    {
      id: 'ch04-11',
      at: 80,
      text: "DNS maps our domain to one address: the load balancer's public IP.",
      say: "D N S maps our domain to one address: the load balancer's public I P.",
    },
    { id: 'ch04-12', at: 88, text: 'Users never need to know how many servers stand behind it.' },
    { id: 'ch04-13', at: 96, text: 'Load balancer solves failover and improves availability.' },
    {
      id: 'ch04-14',
      at: 101,
      text: 'With the web tier protected, the next weak spot is the data tier: there is still only one database.',
    },
  ],
  poster: 57,
  notes:
    'The counts under the servers and the moment traffic moves come from the simulated load balancer (health check every 5 s), not from keyframes. Seek around the failure to show requests lost only until the next check.',
})

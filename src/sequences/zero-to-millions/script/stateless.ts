import { defineChapter } from '../../../script/types'

/** Chapter 8: sessions leave the web servers for a shared store, and the web tier can scale freely. */
export const stateless = defineChapter({
  id: 'stateless',
  title: 'Stateless web tier',
  duration: 62.5,
  beats: {
    'heading-in': 0.2,
    stateful: 3.5,
    stateless: 12.5,
    'sessions-out': 14.5,
    flexible: 18,
    failure: 22,
    autoscale: 32,
    architecture: 45,
    summary: 55.5,
  },
  stops: ['stateful', 'stateless', 'failure', 'autoscale', 'architecture', 'summary'],
  narration: [
    { id: 'ch08-01', at: 0.5, text: 'Chapter eight: a stateless web tier.' },
    {
      id: 'ch08-02',
      at: 3.5,
      text: "A stateful server keeps each user's session in its own memory. So user A is glued to server one: sticky sessions.",
    },
    {
      id: 'ch08-03',
      at: 12.5,
      text: 'A stateless server keeps nothing. Sessions move out to a shared NoSQL store, so any server can serve any user.',
      say: 'A stateless server keeps nothing. Sessions move out to a shared no sequel store, so any server can serve any user.',
    },
    {
      id: 'ch08-04',
      at: 22,
      text: 'Now server one fails. Its sticky user loses the session and must log in again; the stateless users lose nothing.',
    },
    {
      id: 'ch08-05',
      at: 32,
      text: 'With no state in the web tier, servers can come and go freely. Autoscaling follows the traffic: servers are added as load climbs and removed as it falls.',
    },
    {
      id: 'ch08-06',
      at: 45,
      text: 'The updated design: session data lives in a NoSQL store outside the web tier, and every web server reads it there.',
      say: 'The updated design: session data lives in a no sequel store outside the web tier, and every web server reads it there.',
    },
    {
      id: 'ch08-07',
      at: 55.5,
      text: 'Stateless architecture enables true horizontal scaling.',
    },
  ],
  poster: 26,
  notes:
    'Which server serves each request, the sessions lost and the log-ins again when server 1 fails come from the simulated sticky and shared session models; the load curve and the servers running or starting come from the simulated autoscaler.',
})

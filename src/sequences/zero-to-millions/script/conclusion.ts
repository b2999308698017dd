import { defineChapter } from '../../../script/types'

/** The conclusion: the lessons as a checklist, then the whole architecture, built piece by piece. */
export const conclusion = defineChapter({
  id: 'conclusion',
  title: 'Conclusion',
  kicker: 'Conclusion',
  duration: 58,
  beats: {
    'heading-in': 0.2,
    checklist: 4.6,
    // One lesson per sentence of the narration, each ticked as it is said.
    'lesson-stateless': 5,
    'lesson-redundancy': 6.9,
    'lesson-cache': 8.7,
    'lesson-data-centres': 12.6,
    'lesson-cdn': 14.6,
    'lesson-sharding': 16.8,
    'lesson-services': 21,
    'lesson-monitoring': 23.1,
    architecture: 26.5,
    edge: 27.5,
    'web-tier': 33,
    'cache-tier': 39.8,
    queue: 41.8,
    'data-tier': 44,
    sessions: 46.3,
    tools: 48.3,
    ending: 50.2,
  },
  stops: ['checklist', 'lesson-data-centres', 'lesson-services', 'ending'],
  narration: [
    { id: 'conclusion-01', at: 0.5, text: 'To finish, the lessons of the journey, one by one.' },
    {
      id: 'conclusion-02',
      at: 5,
      text: 'Keep the web tier stateless. Build redundancy at every tier. Cache data as much as you can.',
    },
    {
      id: 'conclusion-03',
      at: 12.6,
      text: 'Support multiple data centres. Host static assets in a CDN. Scale your data tier by sharding.',
      say: 'Support multiple data centres. Host static assets in a C D N. Scale your data tier by sharding.',
    },
    {
      id: 'conclusion-04',
      at: 21,
      text: 'Split tiers into individual services. Monitor your system, and use automation tools.',
    },
    {
      id: 'conclusion-05',
      at: 27,
      text: 'Here it is, all together. Users find us through DNS, fetch static files from the CDN, and reach stateless web servers behind a load balancer.',
      say: 'Here it is, all together. Users find us through D N S, fetch static files from the C D N, and reach stateless web servers behind a load balancer.',
    },
    {
      id: 'conclusion-06',
      at: 39.6,
      text: 'Behind them sit a cache, a message queue with its workers, sharded and replicated databases, a NoSQL store for sessions, and monitoring over it all.',
      say: 'Behind them sit a cache, a message queue with its workers, sharded and replicated databases, a no sequel store for sessions, and monitoring over it all.',
    },
    {
      id: 'conclusion-07',
      at: 51,
      text: 'Congratulations! You now understand how to scale from zero to millions. Keep iterating and refining!',
    },
  ],
  poster: 52,
  notes:
    'Every piece of the final diagram is one the film built in its chapters; the checklist is the storyboard’s, ticked as the narration says each lesson.',
})

import { defineChapter } from '../../../script/types'

/** Layer 6: nine microservices, each with the duties the document lists. */
export const services = defineChapter({
  id: 'services',
  kicker: 'Layer 6',
  title: 'Nine services',
  duration: 30.5,
  beats: {
    'heading-in': 0.2,
    auth: 8.5,
    user: 9.3,
    video: 10.1,
    feed: 11.1,
    social: 12.1,
    search: 13.1,
    recommendation: 13.9,
    notification: 14.9,
    analytics: 15.9,
    split: 17.5,
  },
  narration: [
    {
      id: 'svp-sv-01',
      at: 0.5,
      text: 'The work is split into nine services, each owned by one team and scaled on its own.',
    },
    {
      id: 'svp-sv-02',
      at: 8.5,
      text: 'Auth and users; video and feeds; likes and comments; search; recommendations; notifications; and analytics.',
    },
    {
      id: 'svp-sv-03',
      at: 17.5,
      text: 'The split pays off on a busy night: a flood of likes scales Social, not Auth, and a slow search does not stall uploads.',
    },
  ],
  stops: ['analytics', 'split'],
  poster: 20.5,
  notes:
    'Source: the service layer, nine boxes with three duties each. The point of the split is independent deploys and independent scaling; its price is network calls between services, which is why tracing (observability chapter) matters.',
})

import { defineChapter } from '../../../script/types'

/** Layer 6: nine microservices, each with the duties the document lists. */
export const services = defineChapter({
  id: 'services',
  title: 'Nine services',
  duration: 30,
  beats: {
    'heading-in': 0.2,
    auth: 8,
    user: 8.8,
    video: 9.6,
    feed: 10.6,
    social: 11.6,
    search: 12.6,
    recommendation: 13.4,
    notification: 14.4,
    analytics: 15.4,
    split: 17,
  },
  narration: [
    {
      id: 'svp-sv-01',
      at: 0.5,
      text: 'The work is split into nine services, each owned by one team and scaled on its own.',
    },
    {
      id: 'svp-sv-02',
      at: 8,
      text: 'Auth and users; video and feeds; likes and comments; search; recommendations; notifications; and analytics.',
    },
    {
      id: 'svp-sv-03',
      at: 17,
      text: 'The split pays off on a busy night: a flood of likes scales Social, not Auth, and a slow search does not stall uploads.',
    },
  ],
  stops: ['analytics', 'split'],
  poster: 20,
  notes:
    'Source: the service layer, nine boxes with three duties each. The point of the split is independent deploys and independent scaling; its price is network calls between services, which is why tracing (observability chapter) matters.',
})

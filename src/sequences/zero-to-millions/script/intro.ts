import { defineChapter } from '../../../script/types'

/**
 * The opening minute: the title card, then the whole journey at a glance as a staircase of
 * the twelve steps the film will climb, from one server to a distributed system.
 */
export const intro = defineChapter({
  id: 'intro',
  title: 'Introduction',
  kicker: 'Introduction',
  duration: 60,
  beats: {
    'title-in': 0.6,
    'subtitle-in': 2.2,
    'title-out': 20.5,
    // One beat per step of the staircase, as the narration walks through them.
    'step-1': 22.5,
    'step-2': 28.5,
    'step-3': 30.5,
    'step-4': 32.5,
    'step-5': 34.5,
    'step-6': 37,
    'step-7': 39.5,
    'step-8': 42,
    'step-9': 46,
    'step-10': 48,
    'step-11': 50,
    'step-12': 52,
    overview: 54,
  },
  stops: ['title-out', 'step-6', 'step-9', 'overview'],
  narration: [
    {
      id: 'intro-01',
      at: 3,
      text: 'Designing a system that supports millions of users is challenging.',
    },
    {
      id: 'intro-02',
      at: 8.5,
      text: "It's a journey that requires continuous refinement and endless improvement.",
    },
    {
      id: 'intro-03',
      at: 14,
      text: "Today, we'll build a system from a single user and gradually scale it to millions.",
    },
    {
      id: 'intro-04',
      at: 22,
      text: 'We start where every product starts: one server that does everything.',
    },
    {
      id: 'intro-05',
      at: 28,
      text: "Then, step by step, we'll split it into tiers, scale it out behind a load balancer, and replicate the database.",
    },
    {
      id: 'intro-06',
      at: 37,
      text: "We'll add a cache and a CDN, so most requests never reach the database, and make the web tier stateless.",
    },
    {
      id: 'intro-07',
      at: 46,
      text: 'Then more data centres, message queues, monitoring and sharding, until it serves millions.',
    },
    {
      id: 'intro-08',
      at: 54.5,
      text: "Let's begin with a single server.",
    },
  ],
  poster: 57,
  notes:
    'The staircase is the table of contents: each step is one chapter. Point at it when you return to the overview later.',
})

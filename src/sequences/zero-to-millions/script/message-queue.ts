import { defineChapter } from '../../../script/types'

/** Chapter 10: a message queue between web servers and workers, and what decoupling buys. */
export const messageQueue = defineChapter({
  id: 'message-queue',
  title: 'Message queue',
  duration: 45.5,
  beats: {
    'heading-in': 0.2,
    'queue-in': 3.5,
    producers: 8.2,
    consumers: 11.6,
    photo: 16,
    jobs: 23,
    scaling: 27.5,
    decoupled: 35.5,
  },
  stops: ['queue-in', 'photo', 'scaling', 'decoupled'],
  narration: [
    { id: 'ch10-01', at: 0.5, text: 'Chapter ten: the message queue.' },
    {
      id: 'ch10-02',
      at: 3.5,
      text: 'A message queue is a buffer between parts of a system. Producers, here web servers, publish messages to it; consumers, the workers, pick them up and process them.',
    },
    {
      id: 'ch10-03',
      at: 16,
      text: 'Say a user uploads a photo. The web server publishes a job and replies at once, while workers crop, sharpen or blur it in the background.',
    },
    {
      id: 'ch10-04',
      at: 27.5,
      text: 'When uploads surge, the queue fills up and more workers are added automatically: producers and consumers scale independently.',
    },
    {
      id: 'ch10-05',
      at: 35.5,
      text: 'Neither side waits for the other: they are decoupled. Message queues enable asynchronous processing.',
    },
  ],
  poster: 31,
  notes:
    'Every job, its type (crop, sharpen, blur), the backlog, which worker takes which job and when workers are added come from the simulated queue with backlog-driven worker scaling.',
})

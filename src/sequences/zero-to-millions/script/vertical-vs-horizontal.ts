import { defineChapter } from '../../../script/types'

/** Chapter 3: scaling up a single machine against scaling out to many. */
export const verticalVsHorizontal = defineChapter({
  id: 'vertical-vs-horizontal',
  title: 'Vertical vs horizontal scaling',
  duration: 112,
  beats: {
    'heading-in': 0.2,
    'split-screen': 4.5,
    grow: 10,
    ceiling: 24,
    spof: 36,
    'scale-out': 46,
    advantages: 64,
    question: 80,
    'to-lb': 104,
  },
  stops: ['split-screen', 'ceiling', 'scale-out', 'advantages', 'to-lb'],
  narration: [
    { id: 'ch03-01', at: 0.5, text: 'Chapter three: vertical versus horizontal scaling.' },
    { id: 'ch03-02', at: 4.5, text: 'When traffic grows, there are two ways to add capacity.' },
    {
      id: 'ch03-03',
      at: 10,
      text: 'Vertical scaling, or scaling up, means a bigger machine: more CPU and more memory.',
      say: 'Vertical scaling, or scaling up, means a bigger machine: more C P U and more memory.',
    },
    {
      id: 'ch03-04',
      at: 17,
      text: 'It is simple, and for low traffic it works well. But there is a hard limit.',
    },
    {
      id: 'ch03-05',
      at: 24,
      text: 'There is only so much CPU and memory one server can hold. Sooner or later you hit the ceiling.',
      say: 'There is only so much C P U and memory one server can hold. Sooner or later you hit the ceiling.',
    },
    {
      id: 'ch03-06',
      at: 34,
      text: 'Worse, it has no failover. If that one server goes down, the website or app goes down with it.',
    },
    {
      id: 'ch03-07',
      at: 46,
      text: 'Horizontal scaling, or scaling out, adds more servers to the pool instead.',
    },
    {
      id: 'ch03-08',
      at: 53,
      text: 'Each new machine adds capacity, and no single server can take everything down when it fails.',
    },
    { id: 'ch03-09', at: 61, text: 'That is why large systems scale out.' },
    {
      id: 'ch03-10',
      at: 64.5,
      text: 'There is no hard ceiling: when traffic grows, add servers. When one fails, the others keep serving.',
    },
    { id: 'ch03-11', at: 74, text: 'But scaling out raises a new question.' },
    {
      id: 'ch03-12',
      at: 79,
      text: 'With many web servers, which one should a user talk to? And if one fails, how do requests avoid it?',
    },
    {
      id: 'ch03-13',
      at: 88,
      text: 'Right now users connect straight to one server. If it is overloaded or offline, they get errors or slow responses.',
    },
    {
      id: 'ch03-14',
      at: 104,
      text: 'The answer is a load balancer, the next step on our journey.',
    },
  ],
  poster: 70,
  notes:
    'Vertical: simple, but a hard ceiling and no failover. Horizontal: no ceiling, no single point of failure, but it needs something to spread the traffic: the load balancer of Chapter 4.',
})

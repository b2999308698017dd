import { defineChapter } from '../../../script/types'

/** Component 5: the WebSocket service pushes live counts, comments and chat. */
export const realtime = defineChapter({
  id: 'realtime',
  title: 'Real time',
  kicker: 'Component 5',
  duration: 33.5,
  beats: {
    'heading-in': 0.2,
    hub: 3,
    fanout: 8.9,
    redis: 17.8,
    capacity: 24.1,
  },
  narration: [
    {
      id: 'ys08-01',
      at: 3,
      text: 'Live counts, comments and chat travel the other way: the server pushes them.',
    },
    {
      id: 'ys08-02',
      at: 8.9,
      text: 'Each viewer holds one WebSocket open. When a like arrives, the hub sends the new count to everyone watching.',
      say: 'Each viewer holds one web socket open. When a like arrives, the hub sends the new count to everyone watching.',
    },
    {
      id: 'ys08-03',
      at: 17.8,
      text: 'With several servers, a Redis adapter relays each message to viewers on the others.',
    },
    {
      id: 'ys08-04',
      at: 24.1,
      text: 'One instance holds ten to fifty thousand connections; past that, you add instances.',
    },
  ],
  stops: ['fanout', 'redis', 'capacity'],
  poster: 21,
  notes:
    'Polling would cost a request per viewer every few seconds whether anything changed or not; a held connection costs memory but sends only when there is news. Sticky sessions at the load balancer keep a viewer on the instance holding the socket. The 10K–50K range is the usual guidance for a Socket.io process, not a measurement of this system.',
})

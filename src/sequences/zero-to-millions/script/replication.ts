import { defineChapter } from '../../../script/types'

/** Chapter 5: master and replicas; writes to one, reads to many; failures and promotion. */
export const replication = defineChapter({
  id: 'replication',
  title: 'Database replication',
  duration: 120,
  beats: {
    'heading-in': 0.2,
    'master-in': 4.5,
    'replicas-in': 18,
    ops: 25,
    replicate: 32.5,
    advantages: 39.5,
    'replica-fail': 58,
    'replica-back': 78,
    'master-fail': 84,
    summary: 104.5,
  },
  stops: ['master-in', 'replicas-in', 'advantages', 'replica-fail', 'master-fail', 'summary'],
  narration: [
    { id: 'ch05-01', at: 0.5, text: 'Chapter five: database replication.' },
    {
      id: 'ch05-02',
      at: 4.5,
      text: 'Our data tier is still one database. Replication copies it onto several servers: a master and its slaves.',
    },
    {
      id: 'ch05-03',
      at: 12.5,
      text: 'The master takes every write: inserts, updates and deletes.',
    },
    {
      id: 'ch05-04',
      at: 18,
      text: 'The slaves, or replicas, receive copies of the data and serve reads only.',
    },
    {
      id: 'ch05-05',
      at: 24.5,
      text: 'Most applications read far more than they write, so there are more replicas than masters.',
    },
    {
      id: 'ch05-06',
      at: 32.5,
      text: 'Every change on the master flows on to the replicas, a moment later.',
    },
    {
      id: 'ch05-07',
      at: 39.5,
      text: 'This brings three advantages. Performance: reads are spread across replicas and run in parallel.',
    },
    {
      id: 'ch05-08',
      at: 47.5,
      text: 'Reliability: the data lives in more than one place. High availability: if one database goes offline, another carries on.',
    },
    {
      id: 'ch05-09',
      at: 58,
      text: 'Now a replica goes offline. Its reads move to the master for a while, until the replica is replaced.',
    },
    {
      id: 'ch05-10',
      at: 67.5,
      text: 'The master keeps taking writes, and the other replicas keep serving reads.',
    },
    {
      id: 'ch05-11',
      at: 84,
      text: 'Now the master goes offline. Once that is detected, a replica is promoted to be the new master, and writes go there.',
    },
    {
      id: 'ch05-12',
      at: 94,
      text: 'In production this needs care: the promoted replica may miss the latest writes, and they must be recovered.',
    },
    {
      id: 'ch05-13',
      at: 104.5,
      text: 'With replication, the data tier has no single point of failure either.',
    },
    { id: 'ch05-14', at: 110.5, text: 'Next, we make reads faster still, with a cache.' },
  ],
  poster: 36,
  notes:
    'Reads, writes, the replica outage, the promotion and the writes lost in it all come from the simulated replication (detection delay 3 s).',
})

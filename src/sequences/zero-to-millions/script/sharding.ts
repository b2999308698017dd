import { defineChapter } from '../../../script/types'

/**
 * Chapter 12: scaling the data tier. One bigger database against many shards; user_id % 4
 * placing users; then the three costs of sharding, each with its usual fix.
 */
export const sharding = defineChapter({
  id: 'sharding',
  title: 'Database sharding',
  duration: 90,
  beats: {
    'heading-in': 0.2,
    vertical: 4,
    limits: 13.5,
    horizontal: 23,
    hash: 32.5,
    distribute: 35,
    key: 47,
    reshard: 56,
    celebrity: 68,
    joins: 78.5,
  },
  stops: ['vertical', 'horizontal', 'hash', 'key', 'reshard', 'celebrity', 'joins'],
  narration: [
    { id: 'ch12-01', at: 0.5, text: 'Chapter twelve: database sharding.' },
    {
      id: 'ch12-02',
      at: 4,
      text: 'Scaling up the database means a bigger server: Amazon RDS offers machines with 24 TB of RAM.',
      say: 'Scaling up the database means a bigger server: Amazon R D S offers machines with twenty four terabytes of RAM.',
    },
    {
      id: 'ch12-03',
      at: 13.5,
      text: 'But one machine has a hard ceiling, it is a single point of failure, and the biggest servers are very expensive.',
    },
    {
      id: 'ch12-04',
      at: 23,
      text: 'Scaling out, or sharding, splits one large database into smaller shards. They all share the same schema, but each holds unique data.',
    },
    {
      id: 'ch12-05',
      at: 32.5,
      text: "A hash function picks each user's shard. With user_id % 4, users 0, 4 and 8 land on shard 0, users 1, 5 and 9 on shard 1, and so on.",
      say: "A hash function picks each user's shard. With user I D modulo four, users zero, four and eight land on shard zero, users one, five and nine on shard one, and so on.",
    },
    {
      id: 'ch12-06',
      at: 47,
      text: 'The sharding key, here user_id, is the most important choice: pick one that spreads the data evenly.',
      say: 'The sharding key, here user I D, is the most important choice: pick one that spreads the data evenly.',
    },
    {
      id: 'ch12-07',
      at: 56,
      text: 'Sharding has costs. Resharding: when a shard fills up or data grows uneven, adding a shard moves most users under modulo hashing. Consistent hashing moves far fewer.',
    },
    {
      id: 'ch12-08',
      at: 68,
      text: 'The celebrity problem: everyone reads one famous user, and that shard runs hot. Give each celebrity its own shard, perhaps split even further.',
    },
    {
      id: 'ch12-09',
      at: 78.5,
      text: 'And joins across shards get hard. The usual fix is to denormalize, so each query reads a single table.',
    },
  ],
  poster: 44,
  notes:
    'The users, counts and load of every shard, the users that move when resharding from 4 to 5 shards (and how many consistent hashing would move), and the load of the hot shard come from the sharding simulation (src/sim/sharding.ts); ?sim.seed and ?sim.load change the traffic.',
})

import { defineChapter } from '../../../script/types'

/** Chapter 2: the server splits into a web tier and a data tier; relational vs NoSQL. */
export const webAndDatabase = defineChapter({
  id: 'web-and-database',
  title: 'Separating web and database',
  duration: 120,
  beats: {
    'heading-in': 0.2,
    split: 5,
    tiers: 12,
    queries: 20,
    independent: 29,
    compare: 38.5,
    relational: 44,
    joins: 52.5,
    nosql: 59,
    kinds: 66,
    default: 78,
    'when-nosql': 86,
    back: 103,
    spof: 110,
  },
  stops: ['tiers', 'queries', 'compare', 'relational', 'nosql', 'back'],
  narration: [
    { id: 'ch02-01', at: 0.8, text: 'Chapter two: separating web and database.' },
    {
      id: 'ch02-02',
      at: 4.5,
      text: 'With more users, one box doing everything gets crowded. First, we split it in two.',
    },
    {
      id: 'ch02-03',
      at: 12,
      text: 'One server handles web and mobile traffic: the web tier. Another runs the database: the data tier.',
    },
    {
      id: 'ch02-04',
      at: 20,
      text: 'The web server now reads and writes data over the network, one query at a time.',
    },
    {
      id: 'ch02-05',
      at: 28.5,
      text: 'Because they are separate machines, each tier can grow on its own: more web servers for traffic, more database power for data.',
    },
    {
      id: 'ch02-06',
      at: 38.5,
      text: 'Which database should the data tier run? There are two broad families.',
    },
    {
      id: 'ch02-07',
      at: 44,
      text: 'Relational databases, such as MySQL, PostgreSQL and Oracle, keep data in tables and rows.',
      say: 'Relational databases, such as My S Q L, Postgres Q L and Oracle, keep data in tables and rows.',
    },
    {
      id: 'ch02-08',
      at: 52.5,
      text: 'SQL joins tables on shared keys, and transactions keep related changes consistent.',
      say: 'Sequel joins tables on shared keys, and transactions keep related changes consistent.',
    },
    {
      id: 'ch02-09',
      at: 59,
      text: 'Non-relational, or NoSQL, databases include MongoDB, Cassandra and DynamoDB.',
      say: 'Non-relational, or no sequel, databases include Mongo D B, Cassandra and Dynamo D B.',
    },
    {
      id: 'ch02-10',
      at: 66,
      text: 'They come in four kinds: key-value stores, document stores, column stores and graph stores. Joins are generally not supported.',
    },
    {
      id: 'ch02-11',
      at: 77.5,
      text: 'Relational databases have served for over forty years, and they remain the safe default.',
    },
    {
      id: 'ch02-12',
      at: 85,
      text: 'NoSQL may be the better fit when you need very low latency, when data is unstructured, when you only store and fetch serialized data such as JSON, or when the data is massive.',
      say: 'No sequel may be the better fit when you need very low latency, when data is unstructured, when you only store and fetch serialized data such as JSON, or when the data is massive.',
    },
    {
      id: 'ch02-13',
      at: 103,
      text: 'Separation allows independent scaling, but we need more improvements.',
    },
    {
      id: 'ch02-14',
      at: 109,
      text: 'Our one web server is still a single point of failure, and it can only grow so far.',
    },
  ],
  poster: 34,
  notes:
    'Relational is the default; reach for NoSQL for latency, unstructured or serialized data, or massive scale. Point out that the web server is still alone: that is Chapter 3.',
})

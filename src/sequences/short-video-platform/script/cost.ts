import { defineChapter } from '../../../script/types'

/** The monthly cost table as a chart, and why to read it as proportions. */
export const cost = defineChapter({
  id: 'cost',
  kicker: 'Cost estimate',
  title: 'The bill',
  duration: 30.5,
  beats: {
    'heading-in': 0.2,
    bars: 2.5,
    total: 6,
    'cdn-share': 8.5,
    caveat: 16.5,
  },
  narration: [
    {
      id: 'svp-co-01',
      at: 0.5,
      text: 'The estimated bill: about five hundred sixty-seven million dollars a month, six point eight billion a year.',
    },
    {
      id: 'svp-co-02',
      at: 8.5,
      text: 'The CDN is four-fifths of it. Everything else together is smaller than that one line.',
      say: 'The C D N is four-fifths of it. Everything else together is smaller than that one line.',
    },
    {
      id: 'svp-co-03',
      at: 16.5,
      text: 'Read it as proportions, not a quote: the stated peak bandwidth, sent all month, would cost a small fraction of that at typical CDN prices.',
      say: 'Read it as proportions, not a quote: the stated peak bandwidth, sent all month, would cost a small fraction of that at typical C D N prices.',
    },
  ],
  stops: ['total', 'cdn-share', 'caveat'],
  poster: 14,
  notes:
    'The ten lines add up to $567.3 M; x 12 = $6.8 B, as the document says. CDN $450 M of $567 M is 79 %. Cross-check: 1.4 Tbps for a whole 30-day month is about 454 PB; $450 M for that is near $1 per GB, where large CDN contracts are priced in cents per GB. Either the traffic is far above the stated peak or the CDN line is high: the table is an estimate, good for proportions.',
})

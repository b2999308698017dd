import { defineChapter } from '../../../script/types'

/** The document's scale figures as charts: traffic, storage, performance targets, availability. */
export const figures = defineChapter({
  id: 'figures',
  kicker: 'Scale and performance',
  title: 'The numbers',
  duration: 53,
  beats: {
    'heading-in': 0.2,
    traffic: 5.5,
    qps: 7.5,
    streams: 11,
    'per-user': 14.5,
    storage: 22.5,
    performance: 32.5,
    availability: 41.5,
    budget: 46,
  },
  narration: [
    {
      id: 'svp-fg-01',
      at: 0.5,
      text: 'Now the figures. Read them as design targets, not measurements.',
    },
    {
      id: 'svp-fg-02',
      at: 5.5,
      text: 'A billion daily users; a hundred million reads and ten million writes a second; seven hundred thousand streams at peak.',
    },
    {
      id: 'svp-fg-03',
      at: 14.5,
      text: "They don't sit easily together: that read rate is over eight thousand requests per user, every day.",
    },
    {
      id: 'svp-fg-04',
      at: 22.5,
      text: 'Two and a half petabytes arrive a day, about two exabytes over two years; the databases, 390 terabytes, are small beside it.',
    },
    {
      id: 'svp-fg-05',
      at: 32.5,
      text: 'Targets: video starts in under a second, the API answers within half a second, search within three hundred milliseconds.',
      say: 'Targets: video starts in under a second, the A P I answers within half a second, search within three hundred milliseconds.',
    },
    {
      id: 'svp-fg-06',
      at: 41.5,
      text: 'Four nines allow about fifty-three minutes down a year, across four active regions. One full one-hour recovery would spend all of it.',
    },
  ],
  stops: ['streams', 'per-user', 'storage', 'performance', 'budget'],
  poster: 28,
  notes:
    "Arithmetic from the document's own figures: 100 M reads/s x 86,400 s / 1 B users = 8,640 reads per user per day. 2.5 PB/day x 730 days = 1.8 EB, which the document rounds to ~2 EB. 99.99 % uptime leaves 0.01 % of 525,960 minutes = 52.6 minutes a year. 1.4 Tbps / 700 K streams = 2 Mbps per stream, a plausible 720p bitrate. None of these are measurements of a running system.",
})

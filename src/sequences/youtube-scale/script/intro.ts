import { defineChapter } from '../../../script/types'

/** The claim of the document, and how the film will treat its numbers. */
export const intro = defineChapter({
  id: 'intro',
  title: 'YouTube Scale',
  kicker: 'Introduction',
  duration: 25,
  beats: {
    'title-in': 0.3,
    before: 5.9,
    after: 11.8,
    honest: 17.7,
  },
  narration: [
    {
      id: 'ys01-01',
      at: 1,
      text: 'YouTube scale: a video platform rebuilt for millions of viewers.',
    },
    {
      id: 'ys01-02',
      at: 5.9,
      text: 'It starts small: five thousand requests a second, ten thousand users at once.',
    },
    {
      id: 'ys01-03',
      at: 11.8,
      text: 'It aims for a hundred thousand requests a second and a million users.',
    },
    {
      id: 'ys01-04',
      at: 17.7,
      text: 'Those are targets, not measurements. Here is what each part does to reach them.',
    },
  ],
  stops: ['title-in', 'after', 'honest'],
  poster: 13.8,
  notes:
    'The source is an implementation guide, not a load test: every figure in it is a goal or a claim. The film keeps its numbers but says so, and the simulations show the mechanisms (aggregation, edge caching, circuit breaking) rather than pretending to measure the platform.',
})

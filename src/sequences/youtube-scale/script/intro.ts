import { defineChapter } from '../../../script/types'

/** The claim of the document, and how the film will treat its numbers. */
export const intro = defineChapter({
  id: 'intro',
  title: 'YouTube Scale',
  duration: 26,
  beats: {
    'title-in': 0.3,
    before: 7.5,
    after: 14.4,
    honest: 19.1,
  },
  narration: [
    {
      id: 'ys01-01',
      at: 1,
      text: 'YouTube scale: how a video platform is rebuilt to serve millions of viewers at once.',
    },
    {
      id: 'ys01-02',
      at: 7.5,
      text: 'The design starts from a small site: five thousand requests a second, ten thousand users at a time.',
    },
    {
      id: 'ys01-03',
      at: 14.4,
      text: 'It aims for a hundred thousand requests a second and a million users.',
    },
    {
      id: 'ys01-04',
      at: 19.1,
      text: 'Those are targets, not measurements. We will look at what each part does to reach them.',
    },
  ],
  stops: ['title-in', 'after', 'honest'],
  poster: 16,
  notes:
    'The source is an implementation guide, not a load test: every figure in it is a goal or a claim. The film keeps its numbers but says so, and the simulations show the mechanisms (aggregation, edge caching, circuit breaking) rather than pretending to measure the platform.',
})

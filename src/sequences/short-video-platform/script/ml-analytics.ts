import { defineChapter } from '../../../script/types'

/** Layer 11: the feature store, three families of models, and the data warehouse with its ETL path. */
export const mlAnalytics = defineChapter({
  id: 'ml-analytics',
  kicker: 'Layer 11',
  title: 'Learning from every view',
  duration: 36,
  beats: {
    'heading-in': 0.2,
    features: 7,
    'online-offline': 11,
    serving: 16,
    recommendation: 16.5,
    moderation: 18.5,
    ranking: 20.5,
    warehouse: 24.5,
    etl: 27,
  },
  narration: [
    {
      id: 'svp-ml-01',
      at: 0.5,
      text: 'The feed is only as good as its recommendations, and those are learned.',
    },
    {
      id: 'svp-ml-02',
      at: 7,
      text: 'A feature store keeps what the models need, fresh in Redis for serving and historical in S3 for training.',
    },
    {
      id: 'svp-ml-03',
      at: 16,
      text: 'Three families of models: recommendation, moderation, and ranking, which weighs engagement against quality and diversity.',
    },
    {
      id: 'svp-ml-04',
      at: 24.5,
      text: 'A warehouse, loaded from Kafka through S3, answers the long questions and supplies the training data.',
    },
  ],
  stops: ['online-offline', 'ranking', 'etl'],
  poster: 30,
  notes:
    'Source: the ML and analytics layer. The same feature must mean the same thing online (Redis, milliseconds) and offline (S3, training); a feature store exists to keep the two from drifting apart. Model serving: TensorFlow Serving or SageMaker. A/B testing is how a new model earns its place. ETL path as the document gives it: Kafka -> S3 -> warehouse.',
})

import { FeatureStore, featureStoreHeight } from '../../../models/FeatureStore'
import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { halves, inShot, shot, text, WIDE_DEPTH } from '../layout'
import { CardGrid, type Card } from '../parts/CardGrid'
import { Chain } from '../parts/Chain'
import { Panel } from '../parts/Panel'
import { Opening } from '../parts/Opening'
import { mlAnalytics as script } from '../script/ml-analytics'

const { beats } = script
const features = shot(0)
const serving = shot(1)
const warehouse = shot(2)

const DRAWERS = 4
const STORE_SCALE = 1.2
const STORE_AT: [number, number, number] = [-6.4, -3.6, 0]
/** The feature panel is the film's tallest (ten lines and a two-line title): it starts higher. */
const FEATURES_PANEL_TOP = 5.3
/** The ETL chain starts here: its first node's name then sits inside the title-safe area. */
const ETL_CHAIN_LEFT = -9

const MODELS: readonly Card[] = [
  {
    title: 'Recommendation',
    lines: [
      'Collaborative filtering',
      'Content-based filtering',
      'Deep neural networks',
      'A/B testing framework',
    ],
    at: beats.recommendation,
  },
  {
    title: 'Content moderation',
    lines: ['Violence detection', 'NSFW detection', 'Hate speech detection'],
    at: beats.moderation,
  },
  {
    title: 'Ranking',
    lines: ['Engagement prediction', 'Quality scoring', 'Diversity optimization'],
    at: beats.ranking,
  },
]

export function MlAnalyticsScene({ active }: ChapterSceneProps) {
  const half = featureStoreHeight(DRAWERS) / 2
  return (
    <>
      <Opening
        active={active}
        shot={features}
        title={script.title}
        at={beats['heading-in']}
        until={beats.features}
      />

      <Reveal name="Feature store" at={beats.features} position={inShot(features, STORE_AT)}>
        <FeatureStore drawers={DRAWERS} scale={STORE_SCALE} />
      </Reveal>
      <Reveal
        name="Feature store tiers"
        at={beats['online-offline']}
        effect="fade"
        position={inShot(features, STORE_AT)}
      >
        <Label
          text="online: Redis"
          size={text.body}
          color={palette.cache}
          anchorX="left"
          position={[1.5, half * STORE_SCALE * 1.5, 0]}
        />
        <Label
          text="offline: S3"
          size={text.body}
          color="#93c5fd"
          anchorX="left"
          position={[1.5, half * STORE_SCALE * 0.5, 0]}
        />
      </Reveal>
      <Panel
        at={beats.features}
        position={inShot(features, [halves.panel[0], FEATURES_PANEL_TOP, 0])}
        width={halves.panelWidth}
        title={'Feature store\n(real-time + batch)'}
        accent={palette.cache}
        items={[
          {
            at: beats.features + 0.5,
            lines: ['User features - demographics,', 'preferences, history'],
          },
          {
            at: beats.features + 1.2,
            lines: ['Video features - embeddings,', 'metadata, performance'],
          },
          { at: beats.features + 1.9, lines: ['Context features - time,', 'location, device'] },
          { at: beats.features + 2.6, lines: ['Interaction features -', 'engagement patterns'] },
          { at: beats['online-offline'], lines: ['Storage: Redis (online)', '+ S3 (offline)'] },
        ]}
      />

      <Reveal
        name="Model serving title"
        at={beats.serving}
        effect="fade"
        position={inShot(serving, [0, 5.1, WIDE_DEPTH])}
      >
        <Label
          text="ML model serving: three models (TensorFlow Serving / SageMaker)"
          size={text.title}
          color={palette.server}
        />
      </Reveal>
      <CardGrid cards={MODELS} centre={serving} top={3.2} accent={palette.server} />

      <Chain
        name="ETL path"
        at={beats.etl}
        position={inShot(warehouse, [ETL_CHAIN_LEFT, 1.4, 0])}
        pitch={3.55}
        nodeWidth={3.1}
        nodes={[
          { label: 'Kafka', color: palette.queue },
          { label: 'S3', color: palette.database },
          { label: 'Warehouse', color: palette.database },
        ]}
      />
      <Reveal
        name="ETL path note"
        at={beats.etl + 2.4}
        effect="fade"
        position={inShot(warehouse, [-5.4, 0.2, 0])}
      >
        <Label text="the ETL path" size={text.body} color={palette.textMuted} />
      </Reveal>
      <Panel
        at={beats.warehouse}
        position={inShot(warehouse, halves.panel)}
        width={halves.panelWidth}
        title={'Data warehouse\n(Redshift / BigQuery)'}
        accent={palette.database}
        items={[
          { at: beats.warehouse + 0.4, lines: ['Historical analytics'] },
          { at: beats.warehouse + 0.9, lines: ['Business intelligence reports'] },
          { at: beats.warehouse + 1.4, lines: ['ML model training data'] },
          { at: beats.warehouse + 1.9, lines: ['Ad-hoc queries'] },
          { at: beats.etl, lines: ['ETL pipeline: Kafka -> S3', '-> data warehouse'] },
        ]}
      />
    </>
  )
}

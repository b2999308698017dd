import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { Label } from '../../../models/Label'
import { NoSqlStore } from '../../../models/NoSqlStore'
import { ObjectStore, objectStoreTierY } from '../../../models/ObjectStore'
import { SearchIndex } from '../../../models/SearchIndex'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { halves, inShot, shot, text } from '../layout'
import { Panel, type PanelItem } from '../parts/Panel'
import { Opening } from '../parts/Opening'
import { storage as script } from '../script/storage'

const { beats } = script
const dynamo = shot(0)
const postgres = shot(1)
const cassandra = shot(2)
const elastic = shot(3)
const s3 = shot(4)
const lifecycle = shot(5)

/** Items of a store's panel, all shown with the store: sub-headings and bullets as written. */
function items(at: number, groups: readonly [string, readonly (string | readonly string[])[]][]) {
  return groups.flatMap(([heading, bullets]): PanelItem[] => [
    { at, heading: true, lines: [heading] },
    ...bullets.map((b) => ({ at: at + 0.6, lines: typeof b === 'string' ? [b] : b })),
  ])
}

/** Storage tiers, hot to cold: warm colours cool down as objects age. */
const TIERS = [
  { colour: palette.cache, text: palette.cache, name: 'Hot (0-30 days): S3 Standard' },
  { colour: '#38bdf8', text: '#38bdf8', name: 'Warm (31-90 days): S3 Infrequent Access' },
  { colour: palette.database, text: '#93c5fd', name: 'Cold (91-365 days): S3 Glacier' },
  // The deepest blue is too dark to read as text, so its name is set in the muted grey.
  { colour: '#1e40af', text: palette.textMuted, name: 'Archive (366+ days): S3 Deep Archive' },
] as const
/** The banded bucket's base: its four bands stand above the features panel. */
const LIFECYCLE_BASE = 0.6
const STORE_SCALE = 1.7
/** The replicas of one PostgreSQL shard, in a row under its primary. */
const REPLICA_X = [-8.6, -7, -5.4, -3.8, -2.2]
/** Cassandra's nodes on a ring: it has no primary, every node takes writes. */
const RING = 6
/**
 * The PostgreSQL and Cassandra panels list tables and configuration, nine lines and more: they
 * start higher than a layer shot's panel, so their last line clears a two-line caption.
 */
const TALL_PANEL: [number, number, number] = [halves.panel[0], halves.panel[1] + 0.35, 0]
/** The read replicas and their count stand high enough for the count to clear a caption. */
const REPLICA_Y = -2.05
const REPLICA_COUNT_Y = -2.7
/** The S3 features panel starts just under the lifecycle's four tiers, clear of a caption. */
const S3_FEATURES_Y = 0.2
const RING_RADIUS = 2.6

export function StorageScene({ active }: ChapterSceneProps) {
  const storeName = (centre: typeof dynamo, name: string, at: number) => (
    <Reveal
      name={`${name} title`}
      at={at}
      effect="fade"
      position={inShot(centre, [halves.picture[0], 4.6, 0])}
    >
      <Label text={name} size={text.title} color={palette.database} />
    </Reveal>
  )
  return (
    <>
      <Opening
        active={active}
        shot={dynamo}
        title={script.title}
        at={beats['heading-in']}
        until={beats.dynamo}
      />

      {storeName(dynamo, 'Primary database', beats.dynamo)}
      <Reveal
        name="NoSQL store"
        at={beats.dynamo}
        position={inShot(dynamo, [halves.picture[0], -2.4, 0])}
      >
        <NoSqlStore size={1.8} />
      </Reveal>
      <Panel
        at={beats.dynamo}
        position={inShot(dynamo, halves.panel)}
        width={halves.panelWidth}
        title="DynamoDB (primary database)"
        accent={palette.database}
        items={items(beats.dynamo, [
          [
            'Tables',
            [
              'Users - user profiles, settings',
              'Videos - video metadata, stats',
              'Interactions - likes, saves',
            ],
          ],
          [
            'Features',
            [
              'Auto-scaling',
              'Global tables (multi-region)',
              'Point-in-time recovery',
              'Sharded by user_id',
            ],
          ],
        ])}
      />

      {storeName(postgres, 'One of 100 shards', beats.postgres)}
      <Reveal
        name="Primary database"
        at={beats.postgres}
        position={inShot(postgres, [-5.4, 0.4, 0])}
      >
        <DatabaseCylinder />
        <Label text="primary" size={text.body} position={[0, 2.5, 0]} />
      </Reveal>
      {REPLICA_X.map((x, i) => (
        <Reveal
          key={x}
          name={`Replica ${i + 1}`}
          at={beats.postgres + 1 + i * 0.3}
          position={inShot(postgres, [x, REPLICA_Y, 0])}
        >
          <DatabaseCylinder radius={0.55} height={1.2} />
        </Reveal>
      ))}
      <Reveal
        name="Replica count"
        at={beats.postgres + 2.6}
        effect="fade"
        position={inShot(postgres, [-5.4, REPLICA_COUNT_Y, 0])}
      >
        <Label text="5 read replicas" size={text.body} />
      </Reveal>
      <Panel
        at={beats.postgres}
        position={inShot(postgres, TALL_PANEL)}
        width={halves.panelWidth}
        title="PostgreSQL (relational database)"
        accent={palette.database}
        items={items(beats.postgres, [
          [
            'Tables',
            [
              ['Followers - social graph', '(follower/followee)'],
              ['Comments - nested', 'comments structure'],
              'Reports - analytics aggregations',
            ],
          ],
          [
            'Configuration',
            [
              'Sharded by user_id (100 shards)',
              '5 read replicas per shard',
              'Connection pooling (PgBouncer)',
            ],
          ],
        ])}
      />

      {storeName(cassandra, 'Time series', beats.cassandra)}
      {Array.from({ length: RING }, (_, i) => {
        const a = (i / RING) * Math.PI * 2
        return (
          <Reveal
            key={i}
            name={`Ring node ${i + 1}`}
            at={beats.cassandra + i * 0.2}
            position={inShot(cassandra, [
              -5.4 + RING_RADIUS * Math.sin(a),
              -1 + RING_RADIUS * 0.8 * Math.cos(a) - 0.6,
              0,
            ])}
          >
            <DatabaseCylinder radius={0.55} height={1.1} />
          </Reveal>
        )
      })}
      <Panel
        at={beats.cassandra}
        position={inShot(cassandra, TALL_PANEL)}
        width={halves.panelWidth}
        title="Cassandra (time-series data)"
        accent={palette.database}
        items={items(beats.cassandra, [
          [
            'Tables',
            [
              'ViewHistory - user watch history',
              ['UserInteractions -', 'engagement timeline'],
              ['ActivityLogs -', 'user activity streams'],
            ],
          ],
          [
            'Configuration',
            ['Replication factor: 3', '90-day retention', 'Time-based partitioning'],
          ],
        ])}
      />

      {storeName(elastic, 'Search and discovery', beats.elastic)}
      <Reveal name="Search index" at={beats.elastic} position={inShot(elastic, [-5.4, -2.6, 0])}>
        <SearchIndex scale={1.8} cards={3} />
      </Reveal>
      <Panel
        at={beats.elastic}
        position={inShot(elastic, halves.panel)}
        width={halves.panelWidth}
        title={'Elasticsearch\n(search & discovery)'}
        accent={palette.database}
        items={items(beats.elastic, [
          [
            'Indices',
            [
              'Videos - full-text search on videos',
              'Users - user search',
              'Tags - trending topics',
            ],
          ],
          ['Features', ['Real-time indexing', 'Fuzzy search', 'Autocomplete']],
        ])}
      />

      {storeName(s3, 'Object storage', beats.s3)}
      <Reveal name="Object store" at={beats.s3} position={inShot(s3, [-5.4, -2.8, 0])}>
        <ObjectStore scale={STORE_SCALE} objects={4} />
      </Reveal>
      <Panel
        at={beats.s3}
        position={inShot(s3, halves.panel)}
        width={halves.panelWidth}
        title="S3 (object storage)"
        accent={palette.database}
        items={items(beats.s3, [
          [
            'Buckets',
            [
              'videos-raw - original uploads',
              ['videos-processed - transcoded', '(360p, 720p, 1080p, 4K)'],
              'thumbnails - video thumbnails',
              'avatars - user profile pictures',
            ],
          ],
        ])}
      />

      {/* Lifecycle: the same bucket in bands, each tier named where it sits; then its features. */}
      <Reveal
        name="Lifecycle title"
        at={beats.lifecycle}
        effect="fade"
        position={inShot(lifecycle, [-8, 5, 0])}
      >
        <Label text="S3 lifecycle" size={text.title} color={palette.database} />
      </Reveal>
      <Reveal
        name="Lifecycle store"
        at={beats.lifecycle}
        position={inShot(lifecycle, [-8, LIFECYCLE_BASE, 0])}
      >
        <ObjectStore scale={STORE_SCALE} tiers={TIERS.map((t) => t.colour)} />
        {TIERS.map((t, i) => (
          <Reveal
            key={t.name}
            name={`Lifecycle tier: ${t.name}`}
            at={beats.lifecycle + 0.6 + i * 1.2}
            effect="fade"
            position={[2.4, objectStoreTierY(i, TIERS.length) * STORE_SCALE, 0]}
          >
            <Label text={t.name} size={text.body} color={t.text} anchorX="left" />
          </Reveal>
        ))}
      </Reveal>
      <Panel
        at={beats['s3-features']}
        position={inShot(lifecycle, [-10, S3_FEATURES_Y, 0])}
        width={20}
        title="S3 features"
        accent={palette.database}
        items={[
          { at: beats['s3-features'] + 0.3, lines: ['Cross-region replication'] },
          { at: beats['s3-features'] + 0.9, lines: ['Versioning enabled'] },
          { at: beats['s3-features'] + 1.5, lines: ['Server-side encryption (AES-256)'] },
        ]}
      />
    </>
  )
}

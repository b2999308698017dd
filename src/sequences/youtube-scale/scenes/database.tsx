import { useMemo, useRef } from 'react'
import {
  CounterShards,
  counterShardsSize,
  type CounterShardsHandle,
} from '../../../models/CounterShards'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { DatabaseSwarm } from '../../../models/DatabaseSwarm'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { randomAt } from '../../../timeline/random'
import type { ChapterSceneProps } from '../../../world/film'
import { useSimParams } from '../../../world/SimContext'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, database as at, heading, text } from '../layout'
import { GoalStamp } from '../parts/GoalStamp'
import { database as script } from '../script/database'

const { beats } = script
const SHARDS = 100
const COLUMNS = 10
const CELL = 0.42
/** Writes a second to the one hot counter, drawn: slow enough to see each land. */
const WRITES_PER_SECOND = 12
/** A shard's tile stands full height at this many writes. */
const FULL_AT = 4
const ENTITIES = ['users', 'videos', 'analytics'] as const
/** Analytics rows by month: old months are dropped or archived whole. */
const PARTITIONS = ['analytics, this month', 'last month', 'two months ago'] as const
/** A partition drawn as a slab of the table. */
const SLAB: [number, number, number] = [2, 0.8, 1]

/**
 * Component 7: the primary takes writes and replicas serve reads; data split by entity; one hot
 * counter split into a hundred shards, each write landing on one (a seeded draw), the total a
 * sum; analytics partitioned by time; a pool of connections held open.
 */
export function DatabaseScene({ active }: ChapterSceneProps) {
  const sim = useSimParams()
  const shards = useRef<CounterShardsHandle>(null)
  const seed = `youtube-counter-${sim.seed}`
  const counts = useMemo(() => new Float32Array(SHARDS), [])
  const fills = useMemo(() => new Float32Array(SHARDS), [])
  const writesBy = (local: number) =>
    Math.max(0, Math.floor((local - beats.counters - 1) * WRITES_PER_SECOND))
  const shardOf = (k: number) => Math.floor(randomAt(seed, k) * SHARDS)
  useChapterFrame((local) => {
    counts.fill(0)
    const n = writesBy(local)
    for (let k = 0; k < n; k++) counts[shardOf(k)]! += 1
    for (let i = 0; i < SHARDS; i++) fills[i] = counts[i]! / FULL_AT
    shards.current?.set(fills, n > 0 ? shardOf(n - 1) : -1)
  })
  const [gridW, gridH] = counterShardsSize(SHARDS, COLUMNS, CELL)
  const replicaPositions = [0, 1, 2].map(
    (i) => [at.replicas[0] + (i - 1) * at.replicaPitch, at.replicas[1], 0] as const,
  )
  const writes = arcCurve(
    [at.primary[0] - 4, at.primary[1] + at.writesFrom, 0],
    [at.primary[0] - 0.5, at.primary[1] + 2.2, 0],
    0,
    0.5,
  )
  const copy = arcCurve(
    [at.primary[0] + 1.2, at.primary[1] + 0.6, 0],
    [at.replicas[0] - at.replicaPitch, at.replicas[1] + 1.8, 0],
    0,
    0.3,
  )
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.split}
        position={[heading[0], heading[1], heading[2]]}
      />

      {/* Read/write split. */}
      <Reveal
        name="Primary"
        at={beats.split}
        until={beats.partition}
        effect="pop"
        position={at.primary}
      >
        <DatabaseCylinder />
        <Label
          text="primary: every write"
          size={text.name}
          weight="bold"
          anchorX="left"
          position={at.primaryName}
        />
      </Reveal>
      <Reveal name="Replicas" at={beats.split + 1} until={beats.partition} effect="pop">
        <DatabaseSwarm positions={replicaPositions} />
        <Label
          text="3+ replicas: the reads"
          size={text.name}
          weight="bold"
          position={[at.replicas[0], at.replicas[1] - 0.8, 0]}
        />
      </Reveal>
      <Reveal
        name="Write and copy arrows"
        at={beats.split + 0.5}
        until={beats.partition}
        effect="fade"
      >
        <FlowArrow curve={writes} color={palette.request} inset={0.1} active />
        <FlowArrow curve={copy} color={palette.database} inset={0.1} />
      </Reveal>

      {/* Sharding by entity. */}
      {ENTITIES.map((entity, i) => (
        <Reveal
          name={`Shard: ${entity}`}
          key={entity}
          at={beats.entity + 0.3 * i}
          until={beats.counters}
          effect="pop"
          position={[at.entityX[i]!, at.entityY, 0]}
        >
          <DatabaseCylinder />
          <Label text={entity} size={text.name} weight="bold" position={[0, -0.7, 0]} />
        </Reveal>
      ))}

      {/* One hot counter, a hundred shards. */}
      <Reveal
        name="Counter shards"
        at={beats.counters}
        effect="pop"
        position={[at.counter[0] + gridW / 2, at.counter[1] - gridH / 2, 0]}
      >
        <CounterShards ref={shards} shards={SHARDS} columns={COLUMNS} cell={CELL} />
      </Reveal>
      <Reveal
        name="Counter heading"
        at={beats.counters}
        effect="rise"
        position={[at.counter[0], at.counter[1] + 1.5, 0]}
      >
        <Label text="one hot counter, 100 shards" size={text.name} weight="bold" anchorX="left" />
        <Label
          text="each write adds 1 to one shard"
          size={text.body}
          anchorX="left"
          position={[0, -0.85, 0]}
        />
      </Reveal>
      <Reveal
        name="Counter sum"
        at={beats.counters + 2}
        effect="rise"
        position={[at.counter[0], at.counter[1] - gridH - 0.9, 0]}
      >
        <LiveLabel
          compute={(local) => `a read sums them: ${writesBy(local)} likes`}
          size={text.name}
          color={palette.accent}
          anchorX="left"
        />
      </Reveal>

      {/* Time partitions and a connection pool. */}
      {PARTITIONS.map((name, i) => (
        <Reveal
          name={`Partition: ${name}`}
          key={name}
          at={beats.partition + 0.3 * i}
          effect="pop"
          position={[at.partitions[0], at.partitions[1] + at.partitionPitch * i, 0]}
        >
          <mesh>
            <boxGeometry args={SLAB} />
            <meshStandardMaterial
              color={palette.database}
              emissive={palette.database}
              emissiveIntensity={0.3}
            />
          </mesh>
          <Label text={name} size={text.body} anchorX="left" position={[1.4, 0, 0]} />
        </Reveal>
      ))}
      <Reveal
        name="Partition heading"
        at={beats.partition + 1}
        effect="rise"
        position={[at.partitions[0] - 0.8, at.partitions[1] + at.partitionHeadingAbove, 0]}
      >
        <Label text="partitioned by time" size={text.name} weight="bold" anchorX="left" />
      </Reveal>
      <Reveal
        name="Connection pool note"
        at={beats.partition + 2.5}
        effect="rise"
        position={at.pool}
      >
        <Label text="each service: a pool of open connections" size={text.body} anchorX="left" />
      </Reveal>
      <Reveal name="Goal stamp" at={beats.target} effect="rise" position={at.stamp}>
        <GoalStamp figure="50K+ queries/second" width={10} />
      </Reveal>
    </>
  )
}

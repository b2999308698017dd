import { useMemo } from 'react'
import { FlowArrow } from '../../../models/FlowArrow'
import { CheckMark } from '../../../models/CheckMark'
import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import { Shield } from '../../../models/Shield'
import { Speedometer } from '../../../models/Speedometer'
import { replication as script } from '../script/replication'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { replicationLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import type { Vec3 } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import { DETECTION_SECONDS, replication as replicationSim } from '../sims/replication'
import type { ChapterSceneProps } from '../../../world/film'
import { ReplicaNode } from '../../../world/traffic/ReplicaNode'
import { copyPath, ReplicationTraffic } from '../../../world/traffic/ReplicationTraffic'
import { tuple } from '../../../world/paths'

const { beats } = script

/**
 * Notes and the advantages: 36 px at 1080p or more from the widest shot (about 25 units away,
 * while the advantages stand in a row above the hub, their names turned to the camera so the
 * ends of the row are not sheared by the shot's downward look).
 */
const NOTE_SIZE = 0.66
const ADVANTAGE_SIZE = 0.7

/**
 * Chapter 5: database replication, drawn from the simulated master and replicas: where every
 * read and write goes, the copies flowing on from the master, a replica's outage and the
 * master's promotion, with live counts.
 */
export function ReplicationScene({ active }: ChapterSceneProps) {
  const replication = useChapterSim(replicationSim)
  const ports = useMemo(() => place.nodes.map((n) => [n[0], place.portY, n[2] + 0.9] as Vec3), [])
  // Who the simulation promotes when the master fails, and when: the new spokes start there.
  const { promoted, promotedAt } = useMemo(() => {
    const last = replication.stateAt(script.duration).promotions.at(-1)
    return {
      promoted: last ? Number(last.to.replace('db-', '')) - 1 : 1,
      promotedAt: last ? last.time : beats['master-fail'] + DETECTION_SECONDS,
    }
  }, [replication])
  return (
    <>
      <ChapterCamera
        active={active}
        position={[place.centreX, 7, 21]}
        target={[place.centreX, 3.2, 0]}
      />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats['master-in']}
        position={[place.centreX, 6.4, 0]}
      />

      <Reveal name="Web tier" at={beats['master-in']} position={tuple(place.web)}>
        <ServerRack />
        <Label text="Web tier" size={NOTE_SIZE} billboard position={[0, 2.8, 0]} />
      </Reveal>
      {place.nodes.map((n, i) => (
        <ReplicaNode
          name={`DB ${i + 1}`}
          key={i}
          replication={replication}
          index={i}
          position={n}
          from={i === 0 ? beats['master-in'] : beats['replicas-in'] + (i - 1) * 0.8}
        />
      ))}
      <ReplicationTraffic
        name="Traffic: reads, writes and copies"
        replication={replication}
        from={beats.ops}
        replicateFrom={beats.replicate}
        web={place.webPort}
        nodes={ports}
      />
      <Reveal
        name="Writes note"
        at={beats.ops + 1}
        until={beats['master-fail']}
        effect="fade"
        position={tuple(place.legend)}
      >
        <Label
          text="writes go to the master"
          size={NOTE_SIZE}
          color={palette.request}
          billboard
          position={[0, 0.8, 0]}
        />
        <Label
          text="reads go to the replicas"
          size={NOTE_SIZE}
          color={palette.response}
          billboard
        />
      </Reveal>
      {/* Replication: a pulsing arrow from the master to each replica, then from the new master. */}
      <Reveal
        name="Copy arrows"
        at={beats.replicate}
        until={beats['master-fail']}
        effect="fade"
        duration={1.5}
      >
        {ports.slice(1).map((p, i) => (
          <FlowArrow key={i} curve={copyPath(ports[0]!, p)} color={palette.database} active />
        ))}
      </Reveal>
      <Reveal name="Promoted copy arrows" at={promotedAt} effect="fade" duration={1.5}>
        {ports.map((p, i) =>
          i === promoted || i === 0 ? null : (
            <FlowArrow
              key={i}
              curve={copyPath(ports[promoted]!, p, ports[0])}
              color={palette.database}
              active
            />
          ),
        )}
      </Reveal>
      <Reveal
        name="Copy note"
        at={beats.replicate}
        until={beats['master-fail']}
        effect="fade"
        position={tuple(place.copies)}
      >
        <Label
          text="changes copied from the master"
          size={NOTE_SIZE}
          color={palette.database}
          billboard
        />
      </Reveal>

      {/* The three advantages. */}
      <Reveal
        name="Performance badge"
        at={beats.advantages + 1}
        until={beats['replica-fail']}
        effect="pop"
        position={tuple(place.advantages[0])}
      >
        <Speedometer />
        <Label
          text="Performance"
          size={ADVANTAGE_SIZE}
          anchorX="left"
          billboard
          position={[1.2, 0, 0]}
        />
      </Reveal>
      <Reveal
        name="Reliability badge"
        at={beats.advantages + 8}
        until={beats['replica-fail']}
        effect="pop"
        position={tuple(place.advantages[1])}
      >
        <Shield scale={0.8} />
        <Label
          text="Reliability"
          size={ADVANTAGE_SIZE}
          anchorX="left"
          billboard
          position={[1.2, 0, 0]}
        />
      </Reveal>
      <Reveal
        name="High availability badge"
        at={beats.advantages + 12}
        until={beats['replica-fail']}
        effect="pop"
        position={tuple(place.advantages[2])}
      >
        <CheckMark size={0.55} position={[-0.35, 0, 0]} />
        <CheckMark size={0.55} position={[0.35, 0, 0]} />
        <Label
          text="High availability"
          size={ADVANTAGE_SIZE}
          anchorX="left"
          billboard
          position={[1.2, 0, 0]}
        />
      </Reveal>

      <Reveal
        name="Replication readout"
        at={beats['master-fail']}
        effect="fade"
        position={tuple(place.promotion)}
      >
        <LiveLabel
          compute={(local) => {
            const s = replication.stateAt(local)
            const p = s.promotions.at(-1)
            return p
              ? `promoted ${p.to.replace('db-', 'DB ')} to master · ${p.lostWrites} writes to recover`
              : 'master offline: detecting…'
          }}
          size={ADVANTAGE_SIZE}
          color={palette.accent}
          billboard
        />
      </Reveal>
      <Reveal
        name="No single point of failure summary"
        at={beats.summary}
        effect="rise"
        position={tuple(place.summary)}
      >
        <Label
          text="No single point of failure in the data tier"
          size={textSize.heading}
          color={palette.accent}
        />
      </Reveal>
    </>
  )
}

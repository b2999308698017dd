import { useMemo } from 'react'
import { Shape } from 'three'
import { BrokenChain } from '../../../models/BrokenChain'
import { Celebrity } from '../../../models/Celebrity'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { WarningSign } from '../../../models/WarningSign'
import { XMark } from '../../../models/XMark'
import { sharding as script } from '../script/sharding'
import { sampleUsers, shardOf, type ShardingState } from '../../../sim'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { shardingLayout as place } from '../layout'
import { LiveLabel } from '../../../world/LiveLabel'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { useChapterSim } from '../../../world/SimContext'
import {
  CELEBRITY_FROM as celebrityFrom,
  RESHARDED,
  SHARDS,
  sharding as shardingSim,
  SWITCH_AT as switchAt,
} from '../sims/sharding'
import type { ChapterSceneProps } from '../../../world/film'
import { PanelHeading } from '../../../world/PanelHeading'
import { HashFormula } from '../../../world/traffic/HashFormula'
import { HotspotFire } from '../../../world/HotspotFire'
import { ShardNode, type ShardStop } from '../../../world/traffic/ShardNode'
import { ShardTraffic } from '../../../world/traffic/ShardTraffic'
import { UserCardTrip, type CardLeg } from '../../../world/UserCardTrip'

const { beats } = script

/** Users 0..CARDS-1 travel as cards: three rounds of four, enough to show the pattern. */
const CARDS = 12
/** A card every this many seconds; its legs: in from the left, hashed (hidden), down. */
const CARD_STAGGER = 0.8
const CARD_IN = 1.4
const CARD_HASHING = 0.5
const CARD_DOWN = 1.3
/**
 * A card vanishes into the hash function, pops out under it and moves between shards in
 * mid-frame: it appears and vanishes quickly (about two frames), so its name is never seen
 * shrunk to an unreadable size on the way.
 */
const CARD_POP = 0.08
/** How many of a shard's users its list names. */
const LISTED = 3

/**
 * Resharding, seconds after its beat: the row makes room, the new shard rises; the simulation
 * switches to five shards after both (`SWITCH_AT`, at 4 s).
 */
const ROW_WIDENS = 1.5
const NEW_SHARD = 2.5
/** Moving cards leave this often after the switch, and take this long. */
const MOVE_STAGGER = 0.5
const MOVE_SECONDS = 1.6
/** Moving cards arc this high from over one shard's count to over another's, under the info. */
const MOVE_LIFT = 1
/** The mono face's advance, in ems: every character of JetBrains Mono is 0.6 em wide. */
const MONO_ADVANCE = 0.6
/** The drawn arrow between "4 shards" and "5 shards", and the air either side of it. */
const RESHARD_ARROW_LENGTH = 1.1
const RESHARD_ARROW_GAP = 0.3

const LIMITS = ['Hardware ceiling', 'Single point of failure', 'Costly'] as const
/** Each challenge in two short lines, the problem and its usual fix; the scene shows the rest. */
const WARNINGS = [
  { beat: 'reshard', title: 'Resharding data', fix: 'fix: consistent hashing' },
  { beat: 'celebrity', title: 'Celebrity hotspot', fix: 'fix: a shard per celebrity' },
  { beat: 'joins', title: 'Joins across shards', fix: 'fix: denormalize' },
] as const
/** Gap between a warning's two lines; the sign stands beside both. */
const WARNING_LINE = 0.75
/**
 * Text sizes for this chapter's wide shots (20 units from the row): a step above the film's
 * defaults, so that names and figures stay at least 36 px tall on a 1080p frame.
 */
const TEXT = { strong: 0.62, body: 0.55, note: 0.55 } as const
/** The badge's figure: a headline, fitting its pill with a margin at the round ends. */
const RAM_SIZE = 0.85

/** A flat rounded rectangle with fully round ends, centred on its origin. */
function pill(width: number, height: number): Shape {
  const r = height / 2
  const x = width / 2 - r
  const shape = new Shape()
  shape.moveTo(-x, -r)
  shape.lineTo(x, -r)
  shape.absarc(x, 0, r, -Math.PI / 2, Math.PI / 2, false)
  shape.lineTo(-x, r)
  shape.absarc(-x, 0, r, Math.PI / 2, (Math.PI * 3) / 2, false)
  return shape
}

const landing = (x: number): Vec3 => [x, place.landY, place.landZ]
const cardLanding = (x: number): Vec3 => [x, place.cardLandY, place.landZ]

/**
 * Chapter 12: database sharding. A split screen sets one huge database against several shards;
 * then user cards pass through `user_id % 4` to their shards, the simulation's traffic shows the
 * key spreading load evenly, and the three challenges follow: resharding (cards moving, the
 * simulation's count of moved users), the celebrity hotspot (the simulation's hot shard), and
 * joins across shards.
 */
export function ShardingScene({ active }: ChapterSceneProps) {
  const sharding = useChapterSim(shardingSim)
  // Many labels read the same frame's state: compute it once per frame.
  const stateAt = useMemo(() => {
    let last = NaN
    let state: ShardingState | null = null
    return (local: number): ShardingState => {
      if (local !== last || !state) {
        last = local
        state = sharding.stateAt(local)
      }
      return state
    }
  }, [sharding])
  const users = sharding.params.users
  const celebrity = sharding.params.celebrity!

  const paths = useMemo(() => {
    const toHash = arcCurve(place.entry, place.inside, 0, 0)
    const down = (xs: readonly number[]) =>
      xs.map((x) => arcCurve(place.outlet, landing(x), 0, 0.6))
    return { toHash, toShard: { [SHARDS]: down(place.rowX4), [RESHARDED]: down(place.rowX5) } }
  }, [])
  // A card's own way: it stops short of the hash function's panel and shrinks into it, and
  // comes out under it to shrink into the air over its shard, so it never covers a text.
  const cardPaths = useMemo(
    () => ({
      toHash: arcCurve(place.entry, place.cardIntake, 0, 0),
      toShard: place.rowX4.map((x) => arcCurve(place.cardOutlet, cardLanding(x), 0, 0.4)),
    }),
    [],
  )

  // Users 0..11 as cards: into the hash function, out of it, down to shard user_id % 4.
  const cards = useMemo(
    () =>
      Array.from({ length: CARDS }, (_, u) => {
        const start = beats.distribute + u * CARD_STAGGER
        const legs: CardLeg[] = [
          { curve: cardPaths.toHash, at: start, duration: CARD_IN },
          {
            curve: cardPaths.toShard[shardOf(u, SHARDS)]!,
            at: start + CARD_IN + CARD_HASHING,
            duration: CARD_DOWN,
          },
        ]
        return {
          u,
          legs,
          // Its sum is shown from halfway through the hashing, while the card comes out.
          hashedAt: start + CARD_IN + CARD_HASHING / 2,
          landsAt: start + CARD_IN + CARD_HASHING + CARD_DOWN,
        }
      }),
    [cardPaths],
  )
  // When resharding, the cards whose shard changes fly from the old shard to the new one.
  const moves = useMemo(
    () =>
      cards
        .filter(({ u }) => shardOf(u, SHARDS) !== shardOf(u, RESHARDED))
        .map(({ u }, k) => ({
          u,
          legs: [
            {
              curve: arcCurve(
                cardLanding(place.rowX5[shardOf(u, SHARDS)]!),
                cardLanding(place.rowX5[shardOf(u, RESHARDED)]!),
                0,
                MOVE_LIFT,
              ),
              at: switchAt + 0.3 + k * MOVE_STAGGER,
              duration: MOVE_SECONDS,
            },
          ],
        })),
    [cards],
  )
  // The resharding as the simulation has it: from how many shards to how many.
  const reshardLine = useMemo(() => {
    const r = sharding.stateAt(switchAt).reshard!
    const from = `${r.from} shards`
    const arrowFrom = from.length * MONO_ADVANCE * TEXT.note + RESHARD_ARROW_GAP
    const arrowTo = arrowFrom + RESHARD_ARROW_LENGTH
    return {
      from,
      to: `${r.to} shards`,
      arrow: arcCurve([arrowFrom, 0, 0], [arrowTo, 0, 0], 0, 0),
      toX: arrowTo + RESHARD_ARROW_GAP,
    }
  }, [sharding])
  const movesDone = Math.max(...moves.map((m) => m.legs[0]!.at + MOVE_SECONDS))
  const distributed = Math.max(...cards.map((c) => c.landsAt))

  /** How many of a shard's listed users are in place: as cards land, and again after moving. */
  const landed = (shard: number) => {
    const listed = sampleUsers(shard, SHARDS, users, LISTED)
    return (local: number) => {
      if (local >= movesDone) return LISTED
      if (local >= switchAt) return 0
      return listed.filter((u) => cards[u] && cards[u].landsAt <= local).length
    }
  }
  const stops = (i: number): ShardStop[] =>
    i < SHARDS
      ? [
          { at: beats.horizontal + i * 0.6, x: place.splitX[i]!, scale: place.splitScale },
          { at: beats.hash, x: place.rowX4[i]!, scale: 1 },
          { at: beats.reshard + ROW_WIDENS, x: place.rowX5[i]!, scale: 1 },
        ]
      : [{ at: beats.reshard + NEW_SHARD, x: place.rowX5[i]!, scale: 1 }]
  const hotShard = shardOf(celebrity.userId, RESHARDED)
  const joinArc = useMemo(
    () =>
      arcCurve(
        [place.rowX5[place.joinFrom]!, place.joinY, place.joinZ],
        [place.rowX5[place.joinTo]!, place.joinY, place.joinZ],
        0,
        place.joinLift,
      ),
    [],
  )
  const joinMid = joinArc.getPoint(0.5)
  const badge = useMemo(() => {
    const [w, h] = place.ramBadgeSize
    return { rim: pill(w + 0.16, h + 0.16), face: pill(w, h) }
  }, [])

  return (
    <>
      <ChapterCamera active={active} position={[0, 7, 22]} target={[0, 5.5, 0]} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.vertical}
        position={[0, 6.2, 0]}
      />

      {/* The split screen: scale up on the left, scale out on the right. */}
      <Reveal name="Vertical scaling heading" at={beats.vertical} until={beats.hash} effect="fade">
        <PanelHeading
          title="Vertical scaling"
          subtitle="scale up: one bigger server"
          color={palette.dns}
          position={[place.leftCenterX, place.titleY, 0]}
          step={place.subtitleGap}
          subtitleSize={TEXT.body}
        />
      </Reveal>
      <Reveal
        name="Big database"
        at={beats.vertical + 1}
        until={beats.hash}
        effect="rise"
        position={tuple(place.bigDb)}
      >
        <DatabaseCylinder scale={place.bigDbScale} />
      </Reveal>
      <Reveal
        name="24TB RAM"
        at={beats.vertical + 2.5}
        until={beats.hash}
        effect="pop"
        position={tuple(place.ramBadge)}
      >
        {/* A dark pill with a database-blue rim: the figure reads as a spec sheet's headline. */}
        <mesh position={[0, 0, -0.01]}>
          <shapeGeometry args={[badge.rim]} />
          <meshBasicMaterial color={palette.database} />
        </mesh>
        <mesh>
          <shapeGeometry args={[badge.face]} />
          <meshBasicMaterial color={palette.panel} />
        </mesh>
        <Label text="24TB RAM" size={RAM_SIZE} position={[0, 0, 0.01]} />
      </Reveal>
      {LIMITS.map((text, i) => (
        <Reveal
          name={`X mark ${text}`}
          key={text}
          at={beats.limits + i * 2.5}
          until={beats.hash}
          effect="pop"
          position={[place.limits[0], place.limits[1] - i * place.limitRow, place.limits[2]]}
        >
          <XMark size={0.45} />
          <Label text={text} size={TEXT.strong} anchorX="left" position={[0.65, 0, 0]} />
        </Reveal>
      ))}
      {/* The divider comes with the right half: alone beside the big database it is a stray pole. */}
      <Reveal
        name="Horizontal scaling heading"
        at={beats.horizontal}
        until={beats.hash}
        effect="fade"
      >
        <mesh position={[place.dividerX, 5, -0.5]}>
          <planeGeometry args={[0.08, 10]} />
          <meshBasicMaterial color={palette.panelBorder} />
        </mesh>
        <PanelHeading
          title="Horizontal scaling"
          subtitle="sharding: same schema, unique data"
          color={palette.dns}
          position={[place.rightCenterX, place.titleY, 0]}
          step={place.subtitleGap}
          subtitleSize={TEXT.body}
        />
      </Reveal>

      {/* The shards, drawn from the simulation. */}
      {Array.from({ length: RESHARDED }, (_, i) => (
        <ShardNode
          key={i}
          index={i}
          stateAt={stateAt}
          stops={stops(i)}
          landed={landed(i)}
          countFrom={distributed}
          loadFrom={Math.max(beats.key, stops(i)[0]!.at + 1)}
        />
      ))}

      {/* The hash function and the cards it places. */}
      <Reveal name="Hash formula" at={beats.hash + 1.2} effect="rise">
        <HashFormula sharding={sharding} position={place.formula} width={place.formulaWidth} />
      </Reveal>
      {cards.flatMap((c) =>
        c.legs.map((leg, i) => (
          <UserCardTrip
            name={`Card: user ${c.u}, leg ${i + 1}`}
            key={`${c.u}-${i}`}
            userId={c.u}
            legs={[leg]}
            fade={CARD_POP}
          />
        )),
      )}
      <Reveal
        name="Hashing readout"
        at={cards[0]!.hashedAt}
        until={distributed}
        effect="fade"
        position={tuple(place.info)}
      >
        <LiveLabel
          compute={(local) => {
            const c = cards.filter((card) => card.hashedAt <= local).at(-1)
            return c ? `${c.u} % ${SHARDS} = ${shardOf(c.u, SHARDS)}` : ''
          }}
          size={textSize.heading}
          weight="mono"
          color={palette.code}
          anchorX="left"
        />
      </Reveal>

      {/* The sharding key, and the simulation's traffic showing how evenly it spreads. */}
      <Reveal
        name="Sharding key: user_id label"
        at={beats.key}
        until={beats.reshard}
        effect="rise"
        position={tuple(place.keyNote)}
      >
        <Label text="Sharding key: user_id" size={textSize.heading} color={palette.accent} />
        <Label
          text="pick one that spreads data evenly"
          size={TEXT.strong}
          position={[0, -0.95, 0]}
        />
      </Reveal>
      <Reveal
        name="Bars: share of requests label"
        at={beats.key + 2}
        until={beats.reshard}
        effect="fade"
        position={tuple(place.info)}
      >
        <Label
          text="bars: share of requests"
          size={TEXT.note}
          color={palette.textMuted}
          anchorX="left"
          position={[0, place.infoRow, 0]}
        />
      </Reveal>
      <Reveal
        name="Busiest shard readout"
        at={beats.key + 4}
        until={beats.reshard}
        effect="fade"
        position={tuple(place.info)}
      >
        <LiveLabel
          compute={(local) => `busiest shard: ${stateAt(local).imbalance.toFixed(1)}x average`}
          size={TEXT.strong}
          anchorX="left"
        />
      </Reveal>
      <ShardTraffic
        name="Traffic: users to their shard"
        sharding={sharding}
        spans={[
          [beats.key, beats.reshard],
          [beats.celebrity, script.duration],
        ]}
        toHash={paths.toHash}
        toShard={paths.toShard}
        celebrityId={celebrity.userId}
      />

      {/* The three challenges, each under a warning sign. */}
      {WARNINGS.map((w, i) => (
        <Reveal
          name={`Warning sign ${w.beat}`}
          key={w.beat}
          at={beats[w.beat]}
          effect="pop"
          position={tuple(place.warnings[i]!)}
        >
          <WarningSign size={1.3} position={[0, -WARNING_LINE / 2, 0]} />
          <Label
            text={w.title}
            size={TEXT.strong}
            color={palette.accent}
            anchorX="left"
            position={[0.95, 0, 0]}
          />
          <Label
            text={w.fix}
            size={TEXT.body}
            color={palette.success}
            anchorX="left"
            position={[0.95, -WARNING_LINE, 0]}
          />
        </Reveal>
      ))}

      {/* 1. Resharding: the cards that change shard fly over; the simulation counts them all. */}
      {moves.map((m) => (
        <UserCardTrip
          name={`Moved card: user ${m.u}`}
          key={m.u}
          userId={m.u}
          legs={m.legs}
          fade={CARD_POP}
        />
      ))}
      <Reveal
        name="Resharding readout"
        at={switchAt + 0.5}
        until={beats.celebrity}
        effect="fade"
        position={tuple(place.info)}
      >
        {/* "4 shards", a drawn arrow, "5 shards": fixed-width type, so the arrow's place follows. */}
        <group position={[0, place.infoRow, 0]}>
          <Label
            text={reshardLine.from}
            size={TEXT.note}
            weight="mono"
            color={palette.textMuted}
            anchorX="left"
          />
          <FlowArrow curve={reshardLine.arrow} color={palette.textMuted} radius={0.04} inset={0} />
          <Label
            text={reshardLine.to}
            size={TEXT.note}
            weight="mono"
            color={palette.textMuted}
            anchorX="left"
            position={[reshardLine.toX, 0, 0]}
          />
        </group>
        <LiveLabel
          compute={(local) => `${stateAt(local).reshard!.moved} of ${users} users move`}
          size={TEXT.strong}
          anchorX="left"
        />
      </Reveal>
      <Reveal
        name="Consistent hashing readout"
        at={beats.reshard + 8.5}
        until={beats.celebrity}
        effect="fade"
        position={[place.info[0], place.info[1] - place.infoRow, place.info[2]]}
      >
        <LiveLabel
          compute={(local) =>
            `consistent hashing: ${stateAt(local).reshard!.consistentHashingMoved} move`
          }
          size={TEXT.body}
          color={palette.success}
          anchorX="left"
        />
      </Reveal>

      {/* 2. The celebrity: their key's requests (red) all land on one shard, which runs hot. */}
      <Reveal name="Celebrity" at={beats.celebrity} effect="rise" position={tuple(place.celebrity)}>
        <group scale={place.celebrityScale}>
          <Celebrity />
          {/* Smaller than the hot shard's fire and behind the figure, so the star stays clear. */}
          <HotspotFire position={[-0.3, 0, -0.5]} scale={0.7} />
        </group>
        <Label
          text="Celebrity"
          size={TEXT.strong}
          color={palette.accent}
          billboard
          position={[0, 5, 0]}
        />
        <Label
          text={`user ${celebrity.userId}`}
          size={TEXT.body}
          billboard
          position={[0, 4.3, 0]}
        />
      </Reveal>
      <Reveal name="Hotspot fire" at={celebrityFrom + 2} effect="fade">
        <HotspotFire position={[place.rowX5[hotShard]!, 0, 0]} scale={1.2} />
      </Reveal>
      <Reveal
        name="Celebrity readout"
        at={celebrityFrom + 2.5}
        effect="fade"
        position={tuple(place.info)}
      >
        <LiveLabel
          compute={(local) => {
            const s = stateAt(local)
            const mean = s.perShard.reduce((a, p) => a + p.load, 0) / s.shards
            const hot = s.celebrity!.shard
            const ratio = s.perShard[hot]!.load / Math.max(1e-9, mean)
            return `Shard ${hot}: ${ratio.toFixed(1)}x average load`
          }}
          size={TEXT.strong}
          color={palette.failureText}
          anchorX="left"
        />
      </Reveal>

      {/* 3. Joins: the link between two shards' rows breaks. */}
      <Reveal name="Join arrow" at={beats.joins + 1} effect="fade" duration={1.2}>
        <FlowArrow curve={joinArc} color={palette.textMuted} inset={0.2} radius={0.05} />
      </Reveal>
      <Reveal
        name="Broken chain"
        at={beats.joins + 2}
        effect="pop"
        position={[joinMid.x, joinMid.y, joinMid.z + 0.3]}
      >
        <BrokenChain size={1.3} />
        <Label
          text="JOIN across shards"
          size={TEXT.strong}
          color={palette.failureText}
          position={[0, 1, 0]}
        />
      </Reveal>
    </>
  )
}

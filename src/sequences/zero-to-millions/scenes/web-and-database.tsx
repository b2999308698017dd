import { useMemo } from 'react'
import { CheckMark } from '../../../models/CheckMark'
import { DataModelGlyph } from '../../../models/DataModelGlyph'
import { DatabaseCylinder } from '../../../models/DatabaseCylinder'
import { DnsServer } from '../../../models/DnsServer'
import { Enclosure } from '../../../models/Enclosure'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { Packet } from '../../../models/Packet'
import { ServerRack, serverRackHeight } from '../../../models/ServerRack'
import { TableGlyph, tableHeaderTop, tableHeight } from '../../../models/TableGlyph'
import { UserDevice } from '../../../models/UserDevice'
import { UserFigure } from '../../../models/UserFigure'
import { NoSqlFits } from '../parts/NoSqlFits'
import { webAndDatabase as script } from '../script/web-and-database'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { singleServer as ch1, webAndDatabase as place } from '../layout'
import { palette } from '../../../world/palette'
import { arcCurve, type Vec3, tuple } from '../../../world/paths'
import { Staged } from '../../../world/Staged'
import { Reveal } from '../../../world/Reveal'
import { Slide } from '../../../world/Slide'
import { Travel } from '../../../world/Travel'
import { textSize } from '../../../world/typography'
import type { ChapterSceneProps } from '../../../world/film'

const { beats } = script

/** Seconds a query takes to cross from the web tier to the data tier: slow enough to follow. */
const QUERY_SECONDS = 1.8
/** Queries in the 'queries' beat, one after another. */
const QUERY_TIMES = [0, 2.4, 4.8]
/** Board behind each family of databases: wide enough for a three-column table. */
const BOARD = { width: 12.4, height: 10.4 }
/** Where the NoSQL glyphs sit on their board, two by two. */
const GLYPH_GRID: readonly { kind: 'key-value' | 'document' | 'column' | 'graph'; offset: Vec3 }[] =
  [
    { kind: 'key-value', offset: [-2.8, 5.9, 0.2] },
    { kind: 'document', offset: [2.8, 5.9, 0.2] },
    { kind: 'column', offset: [-2.8, 2.6, 0.2] },
    { kind: 'graph', offset: [2.8, 2.6, 0.2] },
  ]

/** A red outline just around the one web server. */
const SPOF_OUTLINE: [number, number, number] = [2.3, 2.5, 1.9]
/**
 * Its name takes the place of the web server's (which leaves as it arrives), standing on the
 * outline, in two lines so that DNS behind stays clear of it; a little over label size, as it
 * arrives while the camera is still coming in from the wide shot.
 */
const SPOF_LABEL_Y = SPOF_OUTLINE[1] + 0.15
const SPOF_LABEL_SIZE = textSize.label * 1.1
const SPOF_LABEL_WIDTH = 4
/** The tiers' names float this far over their outlines, clear of the failure note below. */
const TIER_LABEL_GAP = 1.6
/**
 * What each tier grows with stands under its name, over its outline (in front of it, low, the
 * floor hid it and the captions would cover it); it belongs to the independent-scaling beat.
 */
const GROWS_LABEL_GAP = 0.75
/** Both lean toward the gap between the tiers, clear of DNS's name behind the web tier. */
const GROWS_LABEL_INSET = 0.9

const USERS = [
  ['1', 'Ada', 'London'],
  ['2', 'Alan', 'Leeds'],
  ['3', 'Grace', 'New York'],
] as const
const ORDERS = [
  ['17', '1', '42.00'],
  ['18', '3', '9.50'],
] as const
/** Where each table's top-left corner sits on the relational board, with the width of a column. */
const TABLE_CELL_WIDTH = 2.2
const USERS_TABLE = { x: -5.2, y: 7.3 }
const ORDERS_TABLE = { x: -5.2, y: 3.2 }
/**
 * The JOIN arrow, from under users.id (a little right of its middle, farther from the orders
 * table's name below) to the top of orders.user_id's header.
 */
const JOIN = {
  fromX: USERS_TABLE.x + TABLE_CELL_WIDTH * 0.62,
  toX: ORDERS_TABLE.x + TABLE_CELL_WIDTH * 1.5,
}
/**
 * The check mark and "Safe default" stand on the board, right of the users table: above the
 * board they would need a wider shot, whose edge would cut the NoSQL board.
 */
const SAFE_DEFAULT: Vec3 = [3.9, 5.4, 0.2]
/** "JOIN on user id" stands in the gap between the tables, just right of its arrow. */
const JOIN_LABEL: Vec3 = [ORDERS_TABLE.x + TABLE_CELL_WIDTH * 1.75, 3.55, 0.3]

/**
 * The scene's names (user, servers, tiers) are read from wide shots about 20–25 units away: a
 * quarter over the label size keeps them at 36 px or more at 1080p (as in Chapter 1).
 */
const SCENE_LABEL_SIZE = textSize.label * 1.25
/** DNS stands at the back of the scene, the farthest from the camera: its name is larger still. */
const DNS_LABEL_SIZE = textSize.label * 1.55

/**
 * The comparison stage empties as the camera leaves it for the architecture ('back' beat), so
 * its small print never shows from afar on the way.
 */
const STAGE_UNTIL = beats.back
/**
 * The relational examples appear as the camera settles on their board (it leaves the wide shot
 * of both boards at the 'relational' beat), while the narration names them.
 */
const RELATIONAL_CONTENT_AT = beats.relational + 1.5

/**
 * When NoSQL may fit: each case pops in as the narration (ch02-12, from a second before the
 * 'when-nosql' beat) names it: latency, unstructured, serialized, massive.
 */
const NOSQL_CASES_AT = [
  beats['when-nosql'] + 1.6,
  beats['when-nosql'] + 3.4,
  beats['when-nosql'] + 5.6,
  beats['when-nosql'] + 8.6,
] as const

/** The user's name floats well over the figure's head, as in Chapter 1. */
const USER_LABEL_Y = 3.4

const offset = (v: Vec3, dx: number, dy: number, dz = 0): [number, number, number] => [
  v[0] + dx,
  v[1] + dy,
  v[2] + dz,
]

/**
 * Chapter 2: the one server splits into a web tier and a data tier that scale independently;
 * then the two families of databases, relational and NoSQL, and when to choose which.
 */
export function WebAndDatabaseScene({ active }: ChapterSceneProps) {
  const query = useMemo(() => arcCurve(place.webPort, place.dbPort, 0, 1.6), [])
  const reply = useMemo(() => arcCurve(place.dbPort, place.webPort, 0, 0.5), [])
  // users.id (first column) down to orders.user_id (second column): the join key. It crosses
  // the gap between the tables and stops on user_id's header, so it strikes through no cell.
  const join = useMemo(
    () =>
      arcCurve(
        offset(place.relational, JOIN.fromX, USERS_TABLE.y - tableHeight(USERS.length), 0.3),
        offset(place.relational, JOIN.toX, ORDERS_TABLE.y - tableHeaderTop(), 0.3),
        0,
        0.1,
      ),
    [],
  )
  const rackTop = serverRackHeight()
  return (
    <>
      <ChapterCamera active={active} position={[0, 8, 22]} target={[0, 1.5, -1]} />

      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.split}
        position={[4, 6.4, 0]}
      />

      {/* What Chapter 1 built stays where it was. */}
      <Staged name="User" position={ch1.user}>
        <UserFigure />
        <Label text="User" size={SCENE_LABEL_SIZE} billboard position={[0, USER_LABEL_Y, 0]} />
      </Staged>
      <Staged name="Laptop" position={ch1.laptop}>
        <UserDevice kind="laptop" />
      </Staged>
      <Staged name="Phone" position={ch1.phone}>
        <UserDevice kind="phone" />
      </Staged>
      <Staged name="DNS server" position={ch1.dns}>
        <DnsServer />
        <Label text="DNS" size={DNS_LABEL_SIZE} billboard position={[0, 3.5, 0]} />
      </Staged>

      {/* The split: the server slides left and becomes the web tier; the database rises out of it. */}
      <Staged name="Web server">
        <Slide from={ch1.server} to={place.web} at={beats.split} duration={2}>
          <ServerRack />
          <Reveal name="Web server label" at={beats.tiers} until={beats.spof} effect="fade">
            <Label
              text="Web server"
              size={SCENE_LABEL_SIZE}
              billboard
              position={[0, rackTop + 0.7, 0]}
            />
          </Reveal>
        </Slide>
      </Staged>
      <Reveal name="Database" at={beats.split + 0.4} effect="rise" lift={2}>
        <Slide from={ch1.server} to={place.db} at={beats.split + 0.6} duration={2}>
          <DatabaseCylinder />
          <Reveal name="Database label" at={beats.tiers} effect="fade">
            <Label text="Database" size={SCENE_LABEL_SIZE} billboard position={[0, 2.75, 0]} />
          </Reveal>
        </Slide>
      </Reveal>

      <Reveal
        name="Web tier box"
        at={beats.tiers}
        effect="fade"
        position={[place.web[0], 0, place.tierZ]}
      >
        <Enclosure size={place.tierSize} color={palette.server} />
        <Label
          text="Web tier"
          size={SCENE_LABEL_SIZE}
          color={palette.server}
          billboard
          position={[0, place.tierSize[1] + TIER_LABEL_GAP, 0]}
        />
      </Reveal>
      <Reveal
        name="Data tier box"
        at={beats.tiers + 1.2}
        effect="fade"
        position={[place.db[0], 0, place.tierZ]}
      >
        <Enclosure size={place.tierSize} color={palette.database} />
        <Label
          text="Data tier"
          size={SCENE_LABEL_SIZE}
          color={palette.database}
          billboard
          position={[0, place.tierSize[1] + TIER_LABEL_GAP, 0]}
        />
      </Reveal>

      {/* Queries over the network: a request up, rows back. */}
      <Reveal
        name="Query arrows"
        at={beats.queries}
        until={beats.compare}
        effect="fade"
        duration={1.2}
      >
        <FlowArrow curve={query} color={palette.request} active inset={0.9} />
        <FlowArrow curve={reply} color={palette.response} active inset={0.9} />
      </Reveal>
      {QUERY_TIMES.map((dt, i) => (
        <group key={dt}>
          <Travel
            name={`Query ${i + 1}`}
            curve={query}
            at={beats.queries + 1 + dt}
            duration={QUERY_SECONDS}
            dwell={0}
          >
            <Packet color={palette.request} size={0.22} />
            {dt === 0 && (
              <Label
                text="SQL query"
                size={textSize.small}
                billboard
                outline
                position={[0, 0.7, 0]}
              />
            )}
          </Travel>
          <Travel
            name={`Rows ${i + 1}`}
            curve={reply}
            at={beats.queries + 1 + dt + QUERY_SECONDS}
            duration={QUERY_SECONDS}
            dwell={0}
          >
            <Packet color={palette.response} size={0.22} />
            {dt === 0 && (
              <Label
                text="rows"
                size={textSize.small}
                color={palette.response}
                billboard
                outline
                position={[0, 0.7, 0]}
              />
            )}
          </Travel>
        </group>
      ))}

      {/* Independent scaling: each tier now grows for its own reason. */}
      <Reveal
        name="Independent scaling label"
        at={beats.independent}
        until={beats.compare}
        effect="rise"
        position={tuple(place.banner)}
      >
        <Label text="Independent scaling!" size={textSize.title} color={palette.accent} />
      </Reveal>
      <Reveal
        name="Grows with traffic label"
        at={beats.independent + 1}
        until={beats.compare}
        effect="pop"
        position={[
          place.web[0] + GROWS_LABEL_INSET,
          place.tierSize[1] + GROWS_LABEL_GAP,
          place.tierZ,
        ]}
      >
        <Label text="grows with traffic" color={palette.server} billboard />
      </Reveal>
      <Reveal
        name="Grows with data label"
        at={beats.independent + 2}
        until={beats.compare}
        effect="pop"
        position={[
          place.db[0] - GROWS_LABEL_INSET,
          place.tierSize[1] + GROWS_LABEL_GAP,
          place.tierZ,
        ]}
      >
        <Label text="grows with data" color={palette.database} billboard />
      </Reveal>

      {/* The comparison stage. */}
      {/* The title belongs to the wide shots of the stage only; close-ups would cut it. */}
      <Reveal
        name="Which database? label"
        at={beats.compare}
        until={beats.relational - 1}
        effect="rise"
        position={tuple(place.compareTitle)}
      >
        <Label text="Which database?" size={textSize.title} />
      </Reveal>
      <Reveal
        name="Relational board"
        at={beats.compare + 0.5}
        until={STAGE_UNTIL}
        effect="fade"
        position={tuple(place.relational)}
      >
        <mesh position={[0, BOARD.height / 2, -0.4]}>
          <planeGeometry args={[BOARD.width, BOARD.height]} />
          <meshStandardMaterial color="#111a30" />
        </mesh>
        <Label
          text="Relational"
          size={textSize.heading}
          color={palette.database}
          position={[0, 8.9, 0]}
        />
      </Reveal>
      <Reveal
        name="NoSQL board"
        at={beats.compare + 1}
        until={STAGE_UNTIL}
        effect="fade"
        position={tuple(place.nosql)}
      >
        <mesh position={[0, BOARD.height / 2, -0.4]}>
          <planeGeometry args={[BOARD.width, BOARD.height]} />
          <meshStandardMaterial color="#111a30" />
        </mesh>
        <Label text="NoSQL" size={textSize.heading} color={palette.queue} position={[0, 8.9, 0]} />
      </Reveal>

      <Reveal
        name="MySQL · PostgreSQL · Oracle label"
        at={RELATIONAL_CONTENT_AT}
        until={STAGE_UNTIL}
        effect="fade"
        position={tuple(place.relational)}
      >
        <Label
          text="MySQL · PostgreSQL · Oracle"
          size={textSize.small}
          color={palette.textMuted}
          position={[0, 7.9, 0]}
        />
        <TableGlyph
          name="users"
          columns={['id', 'name', 'city']}
          rows={USERS}
          position={[USERS_TABLE.x, USERS_TABLE.y, 0]}
          cellWidth={TABLE_CELL_WIDTH}
        />
      </Reveal>
      <Reveal
        name="Orders table"
        at={beats.joins}
        until={STAGE_UNTIL}
        effect="fade"
        position={tuple(place.relational)}
      >
        <TableGlyph
          name="orders"
          columns={['order_id', 'user_id', 'total']}
          rows={ORDERS}
          position={[ORDERS_TABLE.x, ORDERS_TABLE.y, 0]}
          cellWidth={TABLE_CELL_WIDTH}
        />
      </Reveal>
      <Reveal
        name="JOIN arrow"
        at={beats.joins + 1}
        until={STAGE_UNTIL}
        effect="fade"
        duration={1.5}
      >
        <FlowArrow curve={join} color={palette.accent} active inset={0.1} radius={0.05} />
      </Reveal>
      <Reveal
        name="JOIN on user id label"
        at={beats.joins + 1.5}
        until={STAGE_UNTIL}
        effect="pop"
        position={offset(place.relational, JOIN_LABEL[0], JOIN_LABEL[1], JOIN_LABEL[2])}
      >
        <Label text="JOIN on user id" size={textSize.small} color={palette.accent} anchorX="left" />
      </Reveal>

      <Reveal
        name="MongoDB · Cassandra · DynamoDB label"
        at={beats.nosql}
        until={STAGE_UNTIL}
        effect="fade"
        position={tuple(place.nosql)}
      >
        <Label
          text="MongoDB · Cassandra · DynamoDB"
          size={textSize.small}
          color={palette.textMuted}
          position={[0, 7.9, 0]}
        />
      </Reveal>
      {GLYPH_GRID.map((g, i) => (
        <Reveal
          name={`Data model glyph ${g.kind}`}
          key={g.kind}
          at={beats.kinds + i * 1.6}
          until={beats['when-nosql']}
          effect="pop"
          position={offset(place.nosql, g.offset[0], g.offset[1], g.offset[2])}
        >
          <DataModelGlyph kind={g.kind} color={palette.queue} />
        </Reveal>
      ))}
      <Reveal
        name="Joins: generally not supported label"
        at={beats.kinds + 7}
        until={beats['when-nosql']}
        effect="fade"
        position={offset(place.nosql, 0, 0.45, 0.2)}
      >
        <Label
          text="joins: generally not supported"
          size={textSize.small}
          color={palette.textMuted}
        />
      </Reveal>

      <Reveal
        name="Safe default mark"
        at={beats.default}
        until={STAGE_UNTIL}
        effect="pop"
        position={offset(place.relational, SAFE_DEFAULT[0], SAFE_DEFAULT[1], SAFE_DEFAULT[2])}
      >
        <CheckMark size={1.3} position={[0, 1.05, 0]} />
        <Label text="Safe default" size={textSize.label} color={palette.success} />
      </Reveal>
      <NoSqlFits
        at={beats['when-nosql']}
        caseAt={NOSQL_CASES_AT}
        until={STAGE_UNTIL}
        position={offset(place.nosql, 0, 7.2, 0.4)}
      />

      {/* Back to the architecture: better, but the web tier is still one machine. */}
      <Reveal
        name="Single point of failure box"
        at={beats.spof}
        effect="pop"
        position={tuple(place.web)}
      >
        <Enclosure size={SPOF_OUTLINE} color={palette.failure} />
        <Label
          text="Single point of failure"
          size={SPOF_LABEL_SIZE}
          maxWidth={SPOF_LABEL_WIDTH}
          lineHeight={1.1}
          anchorY="bottom"
          color={palette.failureText}
          billboard
          position={[0, SPOF_LABEL_Y, 0]}
        />
      </Reveal>
    </>
  )
}

import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { inShot, shot, text, WIDE_DEPTH } from '../layout'
import { CardGrid, cardHeight, type Card } from '../parts/CardGrid'
import { Opening } from '../parts/Opening'
import { services as script } from '../script/services'

const { beats } = script
const grid = shot(0)

/** The nine services and their duties, in the document's order. */
const SERVICES: readonly Card[] = [
  { title: 'Auth', lines: ['JWT auth', 'OAuth 2.0', 'MFA'], at: beats.auth },
  { title: 'User', lines: ['Profiles', 'Settings', 'Followers'], at: beats.user },
  { title: 'Video', lines: ['Metadata', 'Upload', 'Status'], at: beats.video },
  { title: 'Feed', lines: ['For You', 'Following', 'Trending'], at: beats.feed },
  { title: 'Social', lines: ['Likes', 'Comments', 'Shares'], at: beats.social },
  { title: 'Search', lines: ['Videos', 'Users', 'Tags'], at: beats.search },
  {
    title: 'Recommendation',
    lines: ['ML models', 'Ranking', 'Features'],
    at: beats.recommendation,
  },
  {
    title: 'Notification',
    lines: ['Push', 'In-app', 'Email'],
    at: beats.notification,
  },
  { title: 'Analytics', lines: ['Metrics', 'Events', 'Reports'], at: beats.analytics },
]

const TOP = 4.2
const ROW_GAP = 0.35
/**
 * The grid is three rows of cards, taller than a frame: the camera shows the first two, then
 * drops (state/ keyframes) 6.46 to the last two. That is far enough for the first row, texts
 * and panels, to be wholly above the frame (its top edge, at the grid's depth, is 6.73 over
 * the view's centre; the first row ends TOP - ROW_HEIGHT = 0.375 over the grid's), while the
 * second row's title still sits inside the safe area.
 * Every card has three lines, so every row is this tall.
 */
const ROW_HEIGHT = cardHeight(SERVICES[0]!)
/** The bottom of the third row, and the note's distance under it: a line's gap and more. */
const GRID_BOTTOM = TOP - 3 * ROW_HEIGHT - 2 * ROW_GAP
const NOTE_GAP = 1

export function ServicesScene({ active }: ChapterSceneProps) {
  return (
    <>
      <Opening
        active={active}
        shot={grid}
        title={script.title}
        at={beats['heading-in']}
        until={beats.auth - 1}
      />
      <Reveal
        name="Service layer title"
        at={beats.auth - 0.6}
        effect="fade"
        position={inShot(grid, [0, TOP + 0.9, WIDE_DEPTH])}
      >
        <Label
          text="Service layer: nine services (microservices architecture)"
          size={text.title}
          color={palette.server}
        />
      </Reveal>
      <CardGrid cards={SERVICES} centre={grid} top={TOP} rowGap={ROW_GAP} accent={palette.server} />
      <Reveal
        name="Scaling note"
        at={beats.split + 2.5}
        effect="fade"
        position={inShot(grid, [0, GRID_BOTTOM - NOTE_GAP, WIDE_DEPTH])}
      >
        <Label
          text="A flood of likes scales Social, not Auth"
          size={text.body}
          color={palette.accent}
        />
      </Reveal>
    </>
  )
}

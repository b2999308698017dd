import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { inShot, shot, text, WIDE_DEPTH } from '../layout'
import { CardGrid, type Card } from '../parts/CardGrid'
import { RankedBars } from '../parts/RankedBars'
import { Opening } from '../parts/Opening'
import { caching as script } from '../script/caching'

const { beats } = script
const caches = shot(0)

/** The Redis cluster's five caches and Memcached, with what the document lists for each. */
const CACHES: readonly Card[] = [
  { title: 'Feed cache', lines: ['Sorted sets', 'User feeds', 'TTL: 30 min'], at: beats.feed },
  { title: 'Session cache', lines: ['User sessions', 'TTL: 24 h'], at: beats.session },
  {
    title: 'Metadata cache',
    lines: ['Video info', 'Counts', 'TTL: 1 h'],
    at: beats.metadata,
  },
  { title: 'Trending videos cache', lines: ['Hot videos', 'TTL: 5 min'], at: beats.trending },
  { title: 'Social graph cache', lines: ['Followers', 'Following'], at: beats.social },
  {
    title: 'Memcached',
    lines: ['Simple key-value cache', 'User profiles', 'Video view counts'],
    at: beats.memcached,
  },
]

/** The TTLs the document gives, in minutes, longest first; a log scale, as they span 5 to 1440. */
const TTLS = [
  { label: 'Session cache', value: 24 * 60, shown: '24 h' },
  { label: 'Metadata cache', value: 60, shown: '1 h' },
  { label: 'Feed cache', value: 30, shown: '30 min' },
  { label: 'Trending videos cache', value: 5, shown: '5 min' },
].map((r) => ({ ...r, color: palette.cache }))

const TOP = 4
const CHART_TOP = 2.4

export function CachingScene({ active }: ChapterSceneProps) {
  return (
    <>
      <Opening
        active={active}
        shot={caches}
        title={script.title}
        at={beats['heading-in']}
        until={beats.redis}
      />
      <Reveal
        name="Caching layer title"
        at={beats.redis}
        until={beats.trade}
        effect="fade"
        position={inShot(caches, [0, TOP + 0.9, WIDE_DEPTH])}
      >
        <Label
          text="Caching layer: Redis cluster (sharded), Memcached"
          size={text.title}
          color={palette.cache}
        />
      </Reveal>
      <CardGrid
        cards={CACHES}
        until={beats.trade}
        centre={caches}
        top={TOP}
        accent={palette.cache}
      />

      {/* Each TTL against how fast its data changes. */}
      <Reveal
        name="TTL chart title"
        at={beats.trade + 0.6}
        effect="fade"
        position={inShot(caches, [0, CHART_TOP + 1.2, 0])}
      >
        <Label text="Time to live (log scale)" size={text.title} color={palette.cache} />
      </Reveal>
      <RankedBars
        name="Time to live"
        rows={TTLS}
        at={beats.trade + 1}
        position={inShot(caches, [-9.5, CHART_TOP, 0])}
        labelWidth={6.2}
        barWidth={9.5}
        scale="log"
        min={1}
        pitch={0.9}
      />
      <Reveal
        name="TTL trade-off notes"
        at={beats.trade + 4}
        effect="fade"
        position={inShot(caches, [0, -1.8, 0])}
      >
        <Label text="Longer: fewer database reads" size={text.body} color={palette.textMuted} />
        <Label
          text="Shorter: fresher numbers"
          size={text.body}
          color={palette.textMuted}
          position={[0, -0.7, 0]}
        />
      </Reveal>
    </>
  )
}

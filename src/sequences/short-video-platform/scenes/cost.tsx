import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { inShot, shot, text } from '../layout'
import { Panel } from '../parts/Panel'
import { RankedBars } from '../parts/RankedBars'
import { Opening } from '../parts/Opening'
import { cost as script } from '../script/cost'

const { beats } = script
const bill = shot(0)
const caveat = shot(1)

/** The document's monthly cost table, in millions of dollars, largest first. */
const COSTS = [
  { label: 'CDN (CloudFront)', value: 450, shown: '$450M' },
  { label: 'DynamoDB', value: 53, shown: '$53M' },
  { label: 'Application servers', value: 20, shown: '$20M' },
  { label: 'Other (monitoring, networking)', value: 14, shown: '$14M' },
  { label: 'Storage (S3)', value: 11.3, shown: '$11.3M' },
  { label: 'ML infrastructure', value: 10, shown: '$10M' },
  { label: 'Video processing', value: 5, shown: '$5M' },
  { label: 'PostgreSQL', value: 2, shown: '$2M' },
  { label: 'Redis cluster', value: 1.5, shown: '$1.5M' },
  { label: 'Cassandra', value: 0.5, shown: '$0.5M' },
] as const
const CDN_SHARE = COSTS[0].value / COSTS.reduce((sum, c) => sum + c.value, 0)
/** What the document's peak bandwidth moves in a 30-day month, in petabytes. */
const PEAK_TBPS = 1.4
const MONTH_PB = (PEAK_TBPS * 1e12 * 30 * 86_400) / 8 / 1e15

/**
 * The ten rows start just under the total and are a little closer than a loose list: the
 * last one (Cassandra) then stands clear of a two-line caption at the frame's foot.
 */
const BARS_TOP = 3.6
const BAR_PITCH = 0.7

export function CostScene({ active }: ChapterSceneProps) {
  return (
    <>
      <Opening
        active={active}
        shot={bill}
        title={script.title}
        at={beats['heading-in']}
        until={beats.bars}
      />
      <RankedBars
        name="Monthly cost"
        rows={COSTS.map((c, i) => ({ ...c, color: i === 0 ? palette.cache : palette.textMuted }))}
        at={beats.bars}
        stagger={0.3}
        position={inShot(bill, [-9.8, BARS_TOP, 0])}
        labelWidth={8.2}
        barWidth={9.2}
        pitch={BAR_PITCH}
      />
      <Reveal name="Total cost" at={beats.total} effect="fade" position={inShot(bill, [0, 4.5, 0])}>
        <Label
          text="Total: ~$567M/month  ·  annual cost: ~$6.8 billion"
          size={text.title}
          color={palette.accent}
        />
      </Reveal>
      <Reveal
        name="CDN share"
        at={beats['cdn-share']}
        effect="fade"
        position={inShot(bill, [3.2, 1.4, 0])}
      >
        <Label
          text={`CDN: ${Math.round(CDN_SHARE * 100)}%`}
          size={text.figure}
          color={palette.cache}
          anchorX="left"
        />
        <Label text="of the bill" size={text.body} anchorX="left" position={[0, -0.9, 0]} />
      </Reveal>

      <Panel
        at={beats.caveat}
        position={inShot(caveat, [-8.5, 3.6, 0])}
        width={17}
        title="Read it as proportions, not a quote"
        accent={palette.accent}
        items={[
          {
            at: beats.caveat + 1,
            lines: [`${PEAK_TBPS} Tbps for a whole month moves ~${Math.round(MONTH_PB)} PB`],
          },
          {
            at: beats.caveat + 4,
            lines: [`$450M / ${Math.round(MONTH_PB)} PB: close to $1 per GB`],
          },
          { at: beats.caveat + 7, lines: ['Large CDN contracts are priced in cents per GB'] },
        ]}
      />
    </>
  )
}

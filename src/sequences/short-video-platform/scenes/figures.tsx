import { Label } from '../../../models/Label'
import { ServerRack } from '../../../models/ServerRack'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { inShot, shot, text } from '../layout'
import { Panel } from '../parts/Panel'
import { RankedBars } from '../parts/RankedBars'
import { Opening } from '../parts/Opening'
import { figures as script } from '../script/figures'

const { beats } = script
const traffic = shot(0)
const storage = shot(1)
const performance = shot(2)
const availability = shot(3)

/** Minutes in a year, and the share of them 99.99 % uptime allows to be down. */
const MINUTES_A_YEAR = 365.25 * 24 * 60
const UPTIME = 0.9999
const DOWNTIME_MINUTES = MINUTES_A_YEAR * (1 - UPTIME)
/** 100 M reads a second for a day, shared by 1 B daily users. */
const READS_PER_USER_DAY = (100e6 * 86_400) / 1e9

const CHART_LEFT = -9.8
const REGION_X = [-7.5, -2.5, 2.5, 7.5]

export function FiguresScene({ active }: ChapterSceneProps) {
  return (
    <>
      <Opening
        active={active}
        shot={traffic}
        title={script.title}
        at={beats['heading-in']}
        until={beats.traffic}
      />

      <Reveal
        name="Daily active users"
        at={beats.traffic}
        until={beats['per-user']}
        effect="fade"
        position={inShot(traffic, [0, 4.3, 0])}
      >
        <Label text="Daily active users: 1 billion" size={text.figure} color={palette.client} />
      </Reveal>
      <RankedBars
        name="Queries per second"
        at={beats.qps}
        until={beats['per-user']}
        position={inShot(traffic, [CHART_LEFT, 2.4, 0])}
        labelWidth={4.6}
        barWidth={12}
        rows={[
          { label: 'Read QPS', value: 100, shown: '100 million', color: palette.response },
          { label: 'Write QPS', value: 10, shown: '10 million', color: palette.request },
        ]}
      />
      <Reveal
        name="Read-write ratio"
        at={beats.qps + 2}
        until={beats['per-user']}
        effect="fade"
        position={inShot(traffic, [CHART_LEFT + 4.6, 0.6, 0])}
      >
        <Label
          text="Read/write ratio: 10:1"
          size={text.body}
          color={palette.textMuted}
          anchorX="left"
        />
      </Reveal>
      <Reveal
        name="Peak streams"
        at={beats.streams}
        until={beats['per-user']}
        effect="fade"
        position={inShot(traffic, [-5, -1.6, 0])}
      >
        <Label text="700K" size={text.figure * 1.4} color={palette.cache} />
        <Label text="peak concurrent streams" size={text.body} position={[0, -1.1, 0]} />
      </Reveal>
      <Reveal
        name="Peak bandwidth"
        at={beats.streams + 1}
        until={beats['per-user']}
        effect="fade"
        position={inShot(traffic, [5, -1.6, 0])}
      >
        <Label text="1.4 Tbps" size={text.figure * 1.4} color={palette.cache} />
        <Label text="peak bandwidth" size={text.body} position={[0, -1.1, 0]} />
      </Reveal>
      <Panel
        at={beats['per-user']}
        until={beats.storage}
        position={inShot(traffic, [-8, 3.6, 0])}
        width={16}
        title="A design target, not a measurement"
        accent={palette.accent}
        items={[
          {
            at: beats['per-user'] + 0.6,
            plain: true,
            lines: ['100 million reads/s x 86,400 s / 1 billion users'],
          },
          {
            at: beats['per-user'] + 2,
            plain: true,
            lines: [`= ${READS_PER_USER_DAY.toLocaleString('en-US')} reads per user, every day`],
            color: palette.accent,
          },
          {
            at: beats['per-user'] + 4,
            plain: true,
            lines: ['yet only 700K of 1 billion stream at once'],
          },
        ]}
      />

      <Reveal
        name="Storage title"
        at={beats.storage}
        effect="fade"
        position={inShot(storage, [0, 4.3, 0])}
      >
        <Label text="Storage capacity" size={text.title} color={palette.database} />
      </Reveal>
      <RankedBars
        name="Storage capacity"
        at={beats.storage + 0.5}
        stagger={0.8}
        position={inShot(storage, [CHART_LEFT, 2.6, 0])}
        labelWidth={6.6}
        barWidth={9.4}
        pitch={1}
        rows={[
          {
            label: 'Video (2-year retention)',
            value: 2e6,
            shown: '~2 EB',
            color: palette.database,
          },
          { label: 'Daily upload', value: 2500, shown: '2.5 PB/day', color: palette.database },
          { label: 'Database size', value: 390, shown: '390 TB', color: palette.database },
          { label: 'Cache (Redis)', value: 16, shown: '16 TB', color: palette.cache },
        ]}
      />
      <Reveal
        name="Same scale note"
        at={beats.storage + 4.5}
        effect="fade"
        position={inShot(storage, [0, -2.2, 0])}
      >
        <Label
          text="Same scale for every bar: the video is nearly all of it"
          size={text.body}
          color={palette.textMuted}
        />
      </Reveal>

      <Reveal
        name="Performance targets title"
        at={beats.performance}
        effect="fade"
        position={inShot(performance, [0, 4.3, 0])}
      >
        <Label text="Performance targets (upper bounds)" size={text.title} color={palette.server} />
      </Reveal>
      <RankedBars
        name="Performance targets"
        at={beats.performance + 0.5}
        stagger={0.8}
        position={inShot(performance, [CHART_LEFT, 2.6, 0])}
        labelWidth={6.6}
        barWidth={9.6}
        pitch={1}
        rows={[
          { label: 'Feed refresh', value: 2000, shown: '< 2 s', color: palette.server },
          { label: 'Video load time', value: 1000, shown: '< 1 s', color: palette.server },
          { label: 'API response (p95)', value: 500, shown: '< 500 ms', color: palette.server },
          { label: 'Search latency', value: 300, shown: '< 300 ms', color: palette.server },
        ]}
      />

      <Reveal
        name="Uptime SLA"
        at={beats.availability}
        effect="fade"
        position={inShot(availability, [0, 4.6, 0])}
      >
        <Label text="Uptime SLA: 99.99%" size={text.figure} color={palette.success} />
      </Reveal>
      {REGION_X.map((x, i) => (
        <Reveal
          key={x}
          name={`Region ${i + 1}`}
          at={beats.availability + 0.6 + i * 0.3}
          position={inShot(availability, [x, 1.2, 0])}
        >
          <ServerRack scale={0.7} />
          <Label text={`Region ${i + 1}`} size={text.body} position={[0, -0.45, 0]} />
        </Reveal>
      ))}
      <Reveal
        name="Multi-region note"
        at={beats.availability + 2}
        effect="fade"
        position={inShot(availability, [0, 0.1, 0])}
      >
        <Label
          text="Multi-region: active-active in 4 regions"
          size={text.body}
          color={palette.textMuted}
        />
      </Reveal>
      <RankedBars
        name="Downtime budget"
        at={beats.budget}
        stagger={0.9}
        position={inShot(availability, [CHART_LEFT, -1, 0])}
        labelWidth={8.2}
        barWidth={8.4}
        pitch={0.9}
        rows={[
          {
            label: 'RTO (recovery time objective)',
            value: 60,
            shown: '1 hour',
            color: palette.failure,
          },
          {
            label: 'Down time allowed a year',
            value: DOWNTIME_MINUTES,
            shown: `${DOWNTIME_MINUTES.toFixed(1)} min`,
            color: palette.accent,
          },
          {
            label: 'RPO (recovery point objective)',
            value: 5,
            shown: '5 minutes',
            color: palette.dns,
          },
        ]}
      />
    </>
  )
}

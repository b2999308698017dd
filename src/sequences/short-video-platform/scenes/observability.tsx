import { Label } from '../../../models/Label'
import { Grow } from '../../../world/Grow'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { halves, inShot, shot, text } from '../layout'
import { Chain } from '../parts/Chain'
import { MetricsDashboard } from '../parts/MetricsDashboard'
import { Panel } from '../parts/Panel'
import { Opening } from '../parts/Opening'
import { observability as script } from '../script/observability'
import { metrics as metricsSim } from '../sims/observability'
import { useChapterSim } from '../../../world/SimContext'

const { beats } = script
const logs = shot(0)
const metrics = shot(1)
const traces = shot(2)
const alerts = shot(3)

/**
 * One request's trace as a waterfall: each service's span starts after its caller's and ends
 * before it. The shape is drawn, not measured, so it carries no times.
 */
const SPANS = [
  { name: 'API gateway', from: 0, to: 1 },
  { name: 'Feed service', from: 0.06, to: 0.92 },
  { name: 'Redis', from: 0.1, to: 0.18 },
  { name: 'Recommendation', from: 0.22, to: 0.86 },
  { name: 'Feature store', from: 0.26, to: 0.5 },
] as const
/**
 * The live dashboard under the bullets, its tiles arriving with the bullets; low enough to clear
 * the panel, high enough that its readings clear a two-line caption.
 */
const DASHBOARD: [number, number, number] = [0, -1.6, 0]
const DASHBOARD_AFTER = 0.8
/** Where the spans start: the service names, set right-aligned before it, stay title-safe. */
const SPAN_LEFT = -5.45
const SPAN_WIDTH = 4.6
const SPAN_PITCH = 0.85
const SPAN_HEIGHT = 0.45

export function ObservabilityScene({ active }: ChapterSceneProps) {
  const data = useChapterSim(metricsSim)
  return (
    <>
      <Opening
        active={active}
        shot={logs}
        title={script.title}
        at={beats['heading-in']}
        until={beats.logging}
      />

      <Reveal
        name="Logging title"
        at={beats.logging}
        effect="fade"
        position={inShot(logs, [0, 4.4, 0])}
      >
        <Label text="Logging (ELK stack)" size={text.title} color={palette.textMuted} />
      </Reveal>
      <Chain
        name="Log pipeline"
        at={beats.logging + 0.4}
        position={inShot(logs, [-8.4, 1.6, 0])}
        pitch={4.2}
        nodeWidth={3.6}
        stagger={0.5}
        nodes={[
          { label: 'Application', color: palette.server },
          { label: 'Fluentd', color: palette.textMuted },
          { label: 'Kafka', color: palette.queue },
          { label: 'Elasticsearch', color: palette.database },
          { label: 'Kibana', color: palette.textMuted },
        ]}
      />
      <Panel
        at={beats['log-retention']}
        position={inShot(logs, [-4.9, 0.3, 0])}
        width={9.8}
        title="Retention"
        accent={palette.database}
        items={[
          { at: beats['log-retention'] + 0.3, lines: ['Hot (7 days): fast queries'] },
          { at: beats['log-retention'] + 0.8, lines: ['Warm (30 days): standard storage'] },
          { at: beats['log-retention'] + 1.3, lines: ['Cold (1 year): archive'] },
        ]}
      />

      <Panel
        at={beats.metrics}
        position={inShot(metrics, [-9.8, 4.6, 0])}
        width={19.6}
        title="Metrics (Prometheus + Grafana)"
        accent={palette.server}
        items={[
          {
            at: beats.metrics + 0.5,
            lines: ['Application: latency (p50, p95, p99), error rates, QPS'],
          },
          { at: beats.metrics + 1.5, lines: ['Infrastructure: CPU, memory, network, disk I/O'] },
          { at: beats.metrics + 2.5, lines: ['Business: DAU, upload rate, engagement, retention'] },
          { at: beats.metrics + 3.5, lines: ['Retention: 15 days high-res, 1 year downsampled'] },
        ]}
      />
      <MetricsDashboard
        metrics={data}
        at={beats.metrics + DASHBOARD_AFTER}
        position={inShot(metrics, DASHBOARD)}
      />

      {SPANS.map((s, i) => (
        <Reveal
          key={s.name}
          name={`Span: ${s.name}`}
          at={beats.tracing + 0.3 + i * 0.35}
          effect="fade"
          position={inShot(traces, [SPAN_LEFT, 2.6 - i * SPAN_PITCH, 0])}
        >
          <Label text={s.name} size={text.body} anchorX="right" position={[-0.3, 0, 0]} />
          <Grow
            from={[0.001, 1, 1]}
            to={[1, 1, 1]}
            at={beats.tracing + 0.5 + i * 0.35}
            duration={0.9}
            position={[s.from * SPAN_WIDTH, 0, 0]}
          >
            <mesh position={[((s.to - s.from) * SPAN_WIDTH) / 2, 0, 0]}>
              <planeGeometry args={[(s.to - s.from) * SPAN_WIDTH, SPAN_HEIGHT]} />
              <meshBasicMaterial color={i === 3 ? palette.accent : palette.dns} />
            </mesh>
          </Grow>
        </Reveal>
      ))}
      <Reveal
        name="Tracing title"
        at={beats.tracing + 2.5}
        effect="fade"
        position={inShot(traces, [-5.4, -2.2, 0])}
      >
        <Label
          text="One request, every service it touched"
          size={text.body}
          color={palette.textMuted}
        />
      </Reveal>
      <Panel
        at={beats.tracing}
        position={inShot(traces, halves.panel)}
        width={halves.panelWidth}
        title={'Distributed tracing\n(Jaeger / X-Ray)'}
        accent={palette.dns}
        items={[
          { at: beats.tracing + 0.4, lines: ['Request flow visualization'] },
          { at: beats.tracing + 0.9, lines: ['Performance bottleneck', 'identification'] },
          { at: beats.tracing + 1.4, lines: ['Service dependency mapping'] },
          { at: beats.tracing + 1.9, lines: ['Error root cause analysis'] },
        ]}
      />

      <Reveal
        name="Alerting title"
        at={beats.alerting}
        effect="fade"
        position={inShot(alerts, [0, 4.4, 0])}
      >
        <Label text="Alerting (PagerDuty / Opsgenie)" size={text.title} color={palette.textMuted} />
      </Reveal>
      <Panel
        at={beats.critical}
        position={inShot(alerts, [-10, 3.4, 0])}
        width={9.8}
        title="Critical (page immediately):"
        accent={palette.failure}
        items={[
          { at: beats.critical + 0.4, lines: ['Service downtime'] },
          { at: beats.critical + 0.9, lines: ['Error rate spike'] },
          { at: beats.critical + 1.4, lines: ['Latency spike'] },
        ]}
      />
      <Panel
        at={beats.warning}
        position={inShot(alerts, [0.2, 3.4, 0])}
        width={9.8}
        title="Warning (Slack notification):"
        accent={palette.accent}
        items={[
          { at: beats.warning + 0.4, lines: ['High resource usage'] },
          { at: beats.warning + 0.9, lines: ['Cache hit rate drop'] },
        ]}
      />
    </>
  )
}

import { Label } from '../../../models/Label'
import { Shield } from '../../../models/Shield'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import type { ChapterSceneProps } from '../../../world/film'
import { inShot, shot, text } from '../layout'
import { KeyValueRows, type KeyValueRow } from '../parts/KeyValueRows'
import { Opening } from '../parts/Opening'
import { stackSecurity as script } from '../script/stack-security'

const { beats } = script
const stackTop = shot(0)
const stackData = shot(1)
const security = shot(2)

/** The technology table, split where the data stores begin. */
const FRONT: readonly KeyValueRow[] = [
  { key: 'Frontend', lines: ['React Native (mobile), React.js (web)'] },
  { key: 'CDN', lines: ['CloudFront, Akamai'] },
  { key: 'Load balancing', lines: ['Route 53, Application Load Balancer'] },
  { key: 'API gateway', lines: ['Kong, AWS API Gateway'] },
  { key: 'Services', lines: ['Node.js, Go, Java (Spring Boot)'] },
  { key: 'Cache', lines: ['Redis Cluster, Memcached'] },
  { key: 'Message queue', lines: ['Apache Kafka'] },
  { key: 'Primary DB', lines: ['DynamoDB'] },
]
const BACK: readonly KeyValueRow[] = [
  { key: 'Relational DB', lines: ['PostgreSQL (sharded)'] },
  { key: 'Time-series DB', lines: ['Apache Cassandra'] },
  { key: 'Search', lines: ['Elasticsearch'] },
  { key: 'Object storage', lines: ['Amazon S3'] },
  { key: 'ML platform', lines: ['TensorFlow, SageMaker'] },
  { key: 'Data warehouse', lines: ['Redshift, BigQuery'] },
  { key: 'Monitoring', lines: ['ELK Stack, Prometheus, Grafana, Jaeger'] },
  { key: 'Container orchestration', lines: ['Kubernetes (EKS)'] },
  { key: 'CI/CD', lines: ['Jenkins, GitLab CI'] },
]
const SECURITY: readonly KeyValueRow[] = [
  { key: 'Authentication', lines: ['Multi-factor (email/SMS/biometric),', 'OAuth 2.0, JWT'] },
  { key: 'Authorization', lines: ['Role-based access control (RBAC)'] },
  { key: 'Encryption', lines: ['AES-256 at rest, TLS 1.3 in transit'] },
  { key: 'DRM', lines: ['Encrypted video segments', 'with token-based access'] },
  { key: 'Rate limiting', lines: ['Tier-based (100-5000 req/min)'] },
  { key: 'DDoS protection', lines: ['CloudFlare, AWS Shield, WAF'] },
]
const TABLE_LEFT = -9.4
const KEY_WIDTH = 6.4
/**
 * The row where the document breaks off stands apart under the table, but high enough to
 * clear a two-line caption at the frame's foot.
 */
const CUT_OFF_Y = -2.45

export function StackSecurityScene({ active }: ChapterSceneProps) {
  const title = (centre: typeof stackTop, words: string, at: number, until?: number) => (
    <Reveal
      name={`${words} title`}
      at={at}
      until={until}
      effect="fade"
      position={inShot(centre, [0, 4.7, 0])}
    >
      <Label text={words} size={text.title} color={palette.accent} />
    </Reveal>
  )
  return (
    <>
      <Opening
        active={active}
        shot={stackTop}
        title={script.title}
        at={beats['heading-in']}
        until={beats.stack}
      />
      {title(stackTop, 'Technology stack summary (1 of 2)', beats.stack)}
      <KeyValueRows
        name="Stack (1 of 2)"
        rows={FRONT}
        at={beats.stack + 0.3}
        position={inShot(stackTop, [TABLE_LEFT, 3.6, 0])}
        keyWidth={KEY_WIDTH}
      />
      {title(stackData, 'Technology stack summary (2 of 2)', beats['stack-data'])}
      <KeyValueRows
        name="Stack (2 of 2)"
        rows={BACK}
        at={beats['stack-data'] + 0.3}
        position={inShot(stackData, [TABLE_LEFT, 3.6, 0])}
        keyWidth={KEY_WIDTH}
      />

      {title(security, 'Security features', beats.security, beats.end)}
      <KeyValueRows
        name="Security features"
        rows={SECURITY}
        at={beats.security + 0.3}
        stagger={0.9}
        until={beats.end}
        position={inShot(security, [TABLE_LEFT, 3.6, 0])}
        keyWidth={KEY_WIDTH - 1.4}
      />
      <KeyValueRows
        name="Security, cut off"
        rows={[
          {
            key: 'Content moderation',
            lines: ['(the document breaks off here)'],
            color: palette.textMuted,
          },
        ]}
        at={beats['cut-off']}
        until={beats.end}
        position={inShot(security, [TABLE_LEFT, CUT_OFF_Y, 0])}
        keyWidth={KEY_WIDTH - 1.4}
      />
      <Reveal
        name="Shield"
        at={beats.security}
        until={beats.end}
        position={inShot(security, [7.6, -1.5, 0])}
      >
        <Shield scale={2.2} />
      </Reveal>
      <Reveal
        name="Closing title"
        at={beats.end}
        effect="rise"
        position={inShot(security, [0, 0.6, 0])}
      >
        <Label text="Short-Video Platform" size={text.figure * 1.3} />
        <Label
          text="clients, edge, gateway, services, caches, queues, stores, ML, observability"
          size={text.body}
          color={palette.textMuted}
          position={[0, -1.3, 0]}
        />
      </Reveal>
    </>
  )
}

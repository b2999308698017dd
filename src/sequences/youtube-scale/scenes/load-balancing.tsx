import { useMemo } from 'react'
import { Color } from 'three'
import { Callout } from '../../../models/Callout'
import { DnsServer } from '../../../models/DnsServer'
import { FlowArrow } from '../../../models/FlowArrow'
import { Label } from '../../../models/Label'
import { LoadBalancer } from '../../../models/LoadBalancer'
import { ServerRack } from '../../../models/ServerRack'
import { UserFigure } from '../../../models/UserFigure'
import { createLoadBalancer } from '../../../sim'
import type { ChapterSceneProps } from '../../../world/film'
import { useSimParams } from '../../../world/SimContext'
import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketSwarm } from '../../../world/PacketSwarm'
import { PacketTrip } from '../../../world/PacketTrip'
import { palette } from '../../../world/palette'
import { arcCurve } from '../../../world/paths'
import { Reveal } from '../../../world/Reveal'
import { board, heading, loadBalancing as at, text, type Place } from '../layout'
import { GoalStamp } from '../parts/GoalStamp'
import { loadBalancing as script } from '../script/load-balancing'

const { beats } = script
const REGIONS = ['India', 'US West', 'Europe'] as const
/** Requests a second into nginx, and how long each holds its server: uploads and sockets are long. */
const PEAK_RPS = 6
const SERVICE_SECONDS = 3
/** Server 3 fails its health checks for a while, so the pool visibly shrinks and grows again. */
const OUTAGE_AFTER = 4
const OUTAGE_SECONDS = 6
const HEALTH_CHECK = 2
const FAILING = 2
/** A region's name stands right of its entry point, clear of the arrows that arrive from the left. */
const ENTRY_NAME_GAP = 1.8
/** A request's hop from nginx to its server. */
const HOP = 0.7

/**
 * Components 1 and 10: GeoDNS and anycast send each user to the nearest region, whose edge ends
 * TLS, rate-limits and sorts traffic; inside the region nginx gives each request to the server
 * with the fewest open connections (the simulated balancer), skipping one that fails its checks.
 */
export function LoadBalancingScene({ active }: ChapterSceneProps) {
  const sim = useSimParams()
  const start = beats['least-conn']
  // The failing server leaves the pool at the first health check after it fails, and returns
  // at the first one after it recovers: both fall on checks here.
  const down = start + OUTAGE_AFTER
  const up = start + OUTAGE_AFTER + OUTAGE_SECONDS
  const lb = useMemo(
    () =>
      createLoadBalancer({
        seed: sim.seed,
        policy: 'least-connections',
        serviceTime: SERVICE_SECONDS,
        healthCheckInterval: HEALTH_CHECK,
        arrivals: {
          seed: sim.seed,
          stream: 'youtube-nginx',
          peakRps: PEAK_RPS * sim.load,
          trough: 1,
        },
        servers: [
          { id: 's1', name: 'Server 1', ip: '10.0.1.1' },
          { id: 's2', name: 'Server 2', ip: '10.0.1.2' },
          {
            id: 's3',
            name: 'Server 3',
            ip: '10.0.1.3',
            outages: [{ at: OUTAGE_AFTER, until: OUTAGE_AFTER + OUTAGE_SECONDS }],
          },
        ],
      }),
    [sim.seed, sim.load],
  )
  const nginxOut: Place = [at.nginx[0] + 1.6, at.nginx[1] + 0.5, 0]
  const hops = useMemo(
    () => at.serverY.map((y) => arcCurve(nginxOut, [at.serverX - 1, y + 1, 0], 0, 0)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const colors = useMemo(
    () => ({ request: new Color(palette.request), failed: new Color(palette.failure) }),
    [],
  )
  const dnsAt: Place = [at.dns[0], at.dns[1], 0]
  return (
    <>
      <ChapterCamera active={active} position={board.position} target={board.target} />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={beats.geodns}
        position={[heading[0], heading[1], heading[2]]}
      />

      {/* The global picture: users, GeoDNS, the nearest region's entry. */}
      {REGIONS.map((region, i) => {
        const y = at.regionY[i]!
        const user: Place = [at.userX, y, 0]
        const entry: Place = [at.entryX, y, 0]
        return (
          <group key={region}>
            <Reveal
              name={`User in ${region}`}
              at={beats.geodns}
              until={beats.edge}
              effect="pop"
              position={user}
            >
              <UserFigure scale={0.8} />
              <Label text={`User in ${region}`} size={text.body} position={[0, -0.6, 0]} />
            </Reveal>
            <Reveal
              name={`DNS arrow: ${region}`}
              at={beats.geodns + 0.4 + i * 0.3}
              until={beats.edge}
              effect="fade"
            >
              <FlowArrow
                curve={arcCurve([user[0] + 1, y + 1, 0], [dnsAt[0] - 1, dnsAt[1] + 1.5, 0], 0, 0)}
                color={palette.dns}
                inset={0.1}
              />
            </Reveal>
            <Reveal
              name={`Request arrow: ${region}`}
              at={beats.geodns + 2.5 + i * 0.3}
              until={beats.edge}
              effect="fade"
            >
              <FlowArrow
                curve={arcCurve([user[0] + 1.2, y + 0.6, 0], [entry[0] - 1.8, y + 0.6, 0], 0, 1.2)}
                color={palette.request}
                inset={0.1}
                active
              />
            </Reveal>
            <Reveal
              name={`Region entry: ${region}`}
              at={beats.geodns + 2 + i * 0.3}
              until={beats['least-conn']}
              effect="pop"
              position={entry}
            >
              <LoadBalancer />
              <Label
                text={`${region} region`}
                size={text.body}
                anchorX="left"
                position={[ENTRY_NAME_GAP, 0.3, 0]}
              />
            </Reveal>
            <PacketTrip
              name={`Anycast packet ${i + 1}`}
              curve={arcCurve([user[0] + 1.2, y + 0.6, 0], [entry[0] - 1.8, y + 0.6, 0], 0, 1.2)}
              at={beats.anycast + 1 + i * 0.5}
              duration={1.6}
            />
          </group>
        )
      })}
      <Reveal name="GeoDNS" at={beats.geodns} until={beats.edge} effect="pop" position={dnsAt}>
        <DnsServer />
        <Label text="GeoDNS" size={text.name} weight="bold" position={[0, -0.7, 0]} />
        <Label
          text="answers: the nearest region"
          size={text.body}
          color={palette.textMuted}
          position={[0, -1.5, 0]}
        />
      </Reveal>
      <Reveal
        name="Anycast note"
        at={beats.anycast}
        until={beats.edge}
        effect="rise"
        position={at.anycast}
      >
        <Label
          text="Anycast: every region announces one address"
          size={text.name}
          color={palette.balancer}
        />
      </Reveal>
      <Reveal
        name="Edge notes"
        at={beats.edge}
        until={beats['least-conn']}
        effect="rise"
        position={at.edgeNotes}
      >
        <Callout
          title="At each region's edge"
          lines={[
            'TLS ends here',
            'A rate limit turns floods away',
            'Routes by kind: API, WebSocket, static, video',
          ]}
          width={at.edgeNotesWidth}
          accent={palette.balancer}
          bodySize={text.body}
        />
      </Reveal>

      {/* Inside one region: nginx and its servers, from the simulated balancer. */}
      <Reveal name="nginx" at={start} effect="pop" position={at.nginx}>
        <LoadBalancer />
        <Label text="nginx" size={text.name} weight="bold" position={[0, -0.7, 0]} />
        <Label
          text="least connections"
          size={text.body}
          color={palette.textMuted}
          position={[0, -1.5, 0]}
        />
      </Reveal>
      {at.serverY.map((y, i) => (
        <Reveal
          name={`Server ${i + 1}`}
          key={i}
          at={start + 0.3 * i}
          effect="pop"
          position={[at.serverX, y - 1, 0]}
        >
          <Reveal
            name={`Server ${i + 1}: up`}
            at={start}
            until={i === FAILING ? down : undefined}
            effect="fade"
          >
            <ServerRack units={2} />
          </Reveal>
          {i === FAILING && (
            <>
              <Reveal name={`Server ${i + 1}: down`} at={down} until={up} effect="fade">
                <ServerRack units={2} status="failed" />
              </Reveal>
              <Reveal name={`Server ${i + 1}: back`} at={up} effect="fade">
                <ServerRack units={2} />
              </Reveal>
            </>
          )}
        </Reveal>
      ))}
      {hops.map((hop, i) => (
        <Reveal name={`Arrow to server ${i + 1}`} key={i} at={start + 0.3 * i} effect="fade">
          <FlowArrow curve={hop} color={palette.balancer} inset={0.1} radius={0.04} />
        </Reveal>
      ))}
      <PacketSwarm
        name="Traffic: Nginx to the servers"
        capacity={24}
        fill={(local, put) => {
          if (local < start) return
          const t = local - start
          for (const r of lb.requestsIn(Math.max(0, t - HOP), t)) {
            if (!r.server) continue
            const i = Number(r.server.slice(1)) - 1
            put(
              hops[i]!,
              (t - r.arrival) / HOP,
              r.outcome === 'failed' ? colors.failed : colors.request,
            )
          }
        }}
      />
      {at.serverY.map((y, i) => (
        <Reveal
          name={`Connections: server ${i + 1}`}
          key={i}
          at={start + 1}
          effect="fade"
          position={[at.countX, y, 0]}
        >
          <LiveLabel
            compute={(local) => {
              const s = lb.stateAt(Math.max(0, local - start)).servers[i]!
              if (!s.inPool) return 'health check failed'
              return `${s.inFlight} open`
            }}
            size={text.name}
            anchorX="left"
          />
        </Reveal>
      ))}
      <Reveal name="nginx notes" at={beats.sticky} effect="rise" position={at.sticky}>
        <Callout
          title="Also in nginx.conf"
          // The first note in two lines: in one, it runs past the callout's edge.
          lines={[
            'Sticky sessions: a WebSocket',
            'stays on its server',
            'Request buffering, gzip compression',
          ]}
          width={at.stickyWidth}
          accent={palette.balancer}
          bodySize={text.body}
        />
      </Reveal>
      <Reveal name="Goal stamp" at={beats.targets} effect="rise" position={at.stamp}>
        <GoalStamp figure="<50 ms to the nearest region, 100K+ connections" width={at.stampWidth} />
      </Reveal>
    </>
  )
}

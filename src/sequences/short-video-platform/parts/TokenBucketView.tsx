import { useMemo, useRef } from 'react'
import { Color, type Mesh } from 'three'
import type { TokenBucket } from '../../../sim/tokenBucket'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { arcCurve, type Vec3 } from '../../../world/paths'
import { LiveLabel } from '../../../world/LiveLabel'
import { PacketSwarm } from '../../../world/PacketSwarm'
import { palette } from '../../../world/palette'
import { text } from '../layout'

export type TokenBucketViewProps = {
  bucket: TokenBucket
  /** Chapter second the simulation's time 0 falls on. */
  from: number
  /** Where the bucket's gauge stands (its bottom-left corner), relative to the group. */
  gauge: Vec3
  /** Where requests come from, where they are judged, where the allowed go and the rejected fall. */
  client: Vec3
  gate: Vec3
  pass: Vec3
  reject: Vec3
  position?: [number, number, number]
}

/** One token's slot in the gauge, and the gap between slots. */
const SLOT = 0.36
const SLOT_GAP = 0.08
const GAUGE_WIDTH = 1.1
/** Seconds a request takes to reach the gate, and to go on (or fall back) after the decision. */
const APPROACH = 0.7
const LEAVE = 0.7
const COUNTER_PITCH = 0.7

/**
 * A token bucket from the simulation: a gauge of token slots filling and draining, each request
 * flying to the gate and on through it (allowed, green) or back out (429, red), and the model's
 * running counts. Every number is the model's at the chapter time.
 */
export function TokenBucketView({
  bucket,
  from,
  gauge,
  client,
  gate,
  pass,
  reject,
  position,
}: TokenBucketViewProps) {
  const { capacity } = bucket.params
  const slots = useRef<(Mesh | null)[]>([])
  const paths = useMemo(
    () => ({
      in: arcCurve(client, gate, 0, 0.6),
      pass: arcCurve(gate, pass, 0, 0.4),
      reject: arcCurve(gate, reject, 0, 0.8),
    }),
    [client, gate, pass, reject],
  )
  const colors = useMemo(
    () => ({
      request: new Color(palette.request),
      allowed: new Color(palette.success),
      rejected: new Color(palette.failure),
    }),
    [],
  )
  useChapterFrame((local) => {
    const tokens = bucket.stateAt(Math.max(0, local - from)).tokens
    slots.current.forEach((m, i) => {
      if (!m) return
      const fill = Math.min(1, Math.max(0, tokens - i))
      m.visible = fill > 0.02
      m.scale.set(1, fill, 1)
      m.position.y = i * (SLOT + SLOT_GAP) + (SLOT * fill) / 2
    })
  })
  const slotIndex = Array.from({ length: capacity }, (_, i) => i)
  return (
    <group position={position}>
      <group position={[gauge[0], gauge[1], gauge[2]]}>
        <mesh position={[0, (capacity * (SLOT + SLOT_GAP)) / 2, -0.05]}>
          <planeGeometry args={[GAUGE_WIDTH + 0.2, capacity * (SLOT + SLOT_GAP) + 0.2]} />
          <meshBasicMaterial color={palette.panel} />
        </mesh>
        {slotIndex.map((i) => (
          <mesh
            key={i}
            ref={(m) => {
              slots.current[i] = m
            }}
          >
            <planeGeometry args={[GAUGE_WIDTH, SLOT]} />
            <meshBasicMaterial color={palette.accent} />
          </mesh>
        ))}
        <LiveLabel
          compute={(local) =>
            `${bucket.stateAt(Math.max(0, local - from)).tokens.toFixed(1)} of ${capacity} tokens`
          }
          size={text.body}
          anchorX="left"
          position={[GAUGE_WIDTH / 2 + 0.4, capacity * (SLOT + SLOT_GAP) - 0.2, 0]}
        />
        <LiveLabel
          compute={(local) => `allowed: ${bucket.stateAt(Math.max(0, local - from)).allowed}`}
          size={text.body}
          color={palette.success}
          anchorX="left"
          position={[GAUGE_WIDTH / 2 + 0.4, capacity * (SLOT + SLOT_GAP) - 0.2 - COUNTER_PITCH, 0]}
        />
        <LiveLabel
          compute={(local) =>
            `rejected (429): ${bucket.stateAt(Math.max(0, local - from)).rejected}`
          }
          size={text.body}
          color={palette.failureText}
          anchorX="left"
          position={[
            GAUGE_WIDTH / 2 + 0.4,
            capacity * (SLOT + SLOT_GAP) - 0.2 - 2 * COUNTER_PITCH,
            0,
          ]}
        />
      </group>
      <PacketSwarm
        name="Requests through the bucket"
        capacity={40}
        radius={0.16}
        fill={(local, put) => {
          const t = local - from
          if (t < 0) return
          for (const d of bucket.decisionsIn(Math.max(0, t - LEAVE), t + APPROACH)) {
            if (d.time > t) put(paths.in, 1 - (d.time - t) / APPROACH, colors.request)
            else {
              const p = (t - d.time) / LEAVE
              put(
                d.allowed ? paths.pass : paths.reject,
                p,
                d.allowed ? colors.allowed : colors.rejected,
              )
            }
          }
        }}
      />
    </group>
  )
}

import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, BufferGeometry, DoubleSide, type Mesh } from 'three'
import { palette } from '../world/palette'
import { positionsMoved } from '../world/rewritten'

export type LineChartProps = Omit<ThreeElements['group'], 'ref'> & {
  width: number
  height: number
  /** The most points the line can hold. */
  capacity: number
  color?: string
  /** Thickness of the line, world units. */
  lineWidth?: number
  /** Horizontal guide lines above the baseline. */
  guides?: number
}

/**
 * Draws the line through `count` points given as x, y pairs in 0–1 of the chart's width and
 * height (x rising). Call it from a per-frame callback; it reuses its buffers.
 */
export interface LineChartHandle {
  set(points: ArrayLike<number>, count: number): void
}

/** How far a sharp corner's mitre may reach, in line widths, before it is cut short. */
const MITRE_LIMIT = 2
/** Opacity of the area under the line: a hint of volume that keeps the line in front. */
const FILL_OPACITY = 0.22

function stripIndex(capacity: number): BufferAttribute {
  const index = new Uint32Array(Math.max(0, capacity - 1) * 6)
  for (let i = 0; i + 1 < capacity; i++) {
    const a = 2 * i
    index.set([a, a + 1, a + 2, a + 1, a + 3, a + 2], 6 * i)
  }
  return new BufferAttribute(index, 1)
}

function stripGeometry(capacity: number): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array(capacity * 2 * 3), 3))
  g.setIndex(stripIndex(capacity))
  g.setDrawRange(0, 0)
  return g
}

/**
 * A line chart for a series that grows with time: one ribbon mesh for the line (two vertices a
 * point, mitred at the corners) and one for the translucent area under it, both rewritten in
 * place as points arrive, plus a dot at the newest point. Origin: the chart's bottom-left corner.
 *
 * ```tsx
 * const qps = useRef<LineChartHandle>(null)
 * useChapterFrame(() => qps.current?.set(points, n))
 * <LineChart ref={qps} width={4} height={2} capacity={100} />
 * ```
 */
export const LineChart = forwardRef<LineChartHandle, LineChartProps>(function LineChart(
  {
    width,
    height,
    capacity,
    color = palette.database,
    lineWidth = 0.08,
    guides = 2,
    children,
    ...props
  },
  ref,
) {
  const line = useMemo(() => stripGeometry(capacity), [capacity])
  const area = useMemo(() => stripGeometry(capacity), [capacity])
  const tip = useRef<Mesh>(null)
  const handle = useMemo<LineChartHandle>(
    () => ({
      set(points, count) {
        const n = Math.min(count, capacity, Math.floor(points.length / 2))
        const lp = line.getAttribute('position') as BufferAttribute
        const ap = area.getAttribute('position') as BufferAttribute
        const half = lineWidth / 2
        const X = (i: number) => points[2 * i]! * width
        const Y = (i: number) => points[2 * i + 1]! * height
        for (let i = 0; i < n; i++) {
          const x = X(i)
          const y = Y(i)
          // Unit normals of the segments before and after this point; their mean is the mitre.
          let nx = 0
          let ny = 0
          for (const j of [i - 1, i]) {
            if (j < 0 || j + 1 >= n) continue
            const dx = X(j + 1) - X(j)
            const dy = Y(j + 1) - Y(j)
            const len = Math.hypot(dx, dy) || 1
            nx += -dy / len
            ny += dx / len
          }
          const len = Math.hypot(nx, ny)
          if (len < 1e-9) {
            nx = 0
            ny = 1
          } else {
            nx /= len
            ny /= len
          }
          // Stretch the offset so both edges stay parallel to the segments, up to the limit.
          let scale = half
          if (i > 0 && i + 1 < n) {
            const dx = X(i + 1) - X(i)
            const dy = Y(i + 1) - Y(i)
            const cos = Math.abs((nx * -dy + ny * dx) / (Math.hypot(dx, dy) || 1))
            scale = Math.min(half * MITRE_LIMIT, half / Math.max(cos, 1e-3))
          }
          lp.setXYZ(2 * i, x + nx * scale, y + ny * scale, 0.02)
          lp.setXYZ(2 * i + 1, x - nx * scale, y - ny * scale, 0.02)
          ap.setXYZ(2 * i, x, y, 0.01)
          ap.setXYZ(2 * i + 1, x, 0, 0.01)
        }
        // Vertices past the newest point are left from a longer series drawn before (a jump
        // back): cleared, so that the bounds three measures are this series' alone.
        ;(lp.array as Float32Array).fill(0, n * 6)
        ;(ap.array as Float32Array).fill(0, n * 6)
        positionsMoved(line)
        positionsMoved(area)
        const drawn = n >= 2 ? (n - 1) * 6 : 0
        line.setDrawRange(0, drawn)
        area.setDrawRange(0, drawn)
        if (tip.current) {
          tip.current.visible = n >= 1
          if (n >= 1) tip.current.position.set(X(n - 1), Y(n - 1), 0.03)
        }
      },
    }),
    [area, capacity, height, line, lineWidth, width],
  )
  useImperativeHandle(ref, () => handle, [handle])
  useLayoutEffect(
    () => () => {
      line.dispose()
      area.dispose()
    },
    [area, line],
  )
  return (
    <group {...props}>
      <mesh position={[width / 2, 0, 0]}>
        <planeGeometry args={[width, 0.04]} />
        <meshBasicMaterial color={palette.panelBorder} />
      </mesh>
      {Array.from({ length: guides }, (_, i) => (
        <mesh key={i} position={[width / 2, ((i + 1) * height) / guides, 0]}>
          <planeGeometry args={[width, 0.015]} />
          <meshBasicMaterial color={palette.panelBorder} transparent opacity={0.5} />
        </mesh>
      ))}
      <mesh geometry={area} frustumCulled={false}>
        <meshBasicMaterial
          color={color}
          transparent
          opacity={FILL_OPACITY}
          depthWrite={false}
          side={DoubleSide}
        />
      </mesh>
      {/* Both sides: a chart seen at an angle, or mirrored, still shows its line. */}
      <mesh geometry={line} frustumCulled={false}>
        <meshBasicMaterial color={color} side={DoubleSide} />
      </mesh>
      <mesh ref={tip} visible={false}>
        <circleGeometry args={[lineWidth * 1.6, 20]} />
        <meshBasicMaterial color={color} />
      </mesh>
      {children}
    </group>
  )
})

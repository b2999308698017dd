import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, Object3D, PlaneGeometry, type InstancedMesh } from 'three'
import { palette } from '../world/palette'
import { instancesMoved } from '../world/rewritten'

export type BarChartProps = Omit<ThreeElements['group'], 'ref'> & {
  width: number
  height: number
  bars: number
  /** Bar heights at mount, 0–1 of the chart's height; `set` changes them. */
  values?: readonly number[]
  color?: string
  /** The last bar (the newest) stands out in this colour. */
  highlight?: string
  /** Share of each bar's slot left empty between bars. */
  gap?: number
}

/** Sets the bars' heights, 0–1 of the chart's height, from a per-frame callback. */
export interface BarChartHandle {
  set(values: ArrayLike<number>): void
}

/** Below this, a bar is drawn as a sliver rather than a degenerate (zero-height) matrix. */
const MIN_HEIGHT = 1e-3
const scratch = new Object3D()
const NONE: readonly number[] = []

/**
 * A bar chart in one draw call: the bars are instances of one plane whose origin is its bottom
 * edge, scaled to each value, over a baseline. Origin: the chart's bottom-left corner.
 *
 * ```tsx
 * <BarChart width={4} height={2} bars={7} values={[0.5, 0.6, 0.8]} />
 * ```
 */
export const BarChart = forwardRef<BarChartHandle, BarChartProps>(function BarChart(
  {
    width,
    height,
    bars,
    values = NONE,
    color = palette.client,
    highlight = palette.accent,
    gap = 0.3,
    children,
    ...props
  },
  ref,
) {
  const mesh = useRef<InstancedMesh>(null)
  const geometry = useMemo(() => new PlaneGeometry(1, 1).translate(0, 0.5, 0), [])
  const slot = width / bars
  const handle = useMemo<BarChartHandle>(
    () => ({
      set(v) {
        const m = mesh.current
        if (!m) return
        for (let i = 0; i < bars; i++) {
          const h = Math.min(1, Math.max(MIN_HEIGHT, v[i] ?? 0)) * height
          scratch.position.set((i + 0.5) * slot, 0, 0.01)
          scratch.scale.set(slot * (1 - gap), h, 1)
          scratch.updateMatrix()
          m.setMatrixAt(i, scratch.matrix)
        }
        instancesMoved(m)
      },
    }),
    [bars, gap, height, slot],
  )
  useImperativeHandle(ref, () => handle, [handle])
  useLayoutEffect(() => {
    const m = mesh.current
    if (!m) return
    const base = new Color(color)
    const last = new Color(highlight)
    for (let i = 0; i < bars; i++) m.setColorAt(i, i === bars - 1 ? last : base)
    if (m.instanceColor) m.instanceColor.needsUpdate = true
    handle.set(values)
  }, [bars, color, handle, highlight, values])
  useLayoutEffect(() => () => geometry.dispose(), [geometry])
  return (
    <group {...props}>
      <mesh position={[width / 2, 0, 0]}>
        <planeGeometry args={[width, 0.04]} />
        <meshBasicMaterial color={palette.panelBorder} />
      </mesh>
      <instancedMesh ref={mesh} args={[geometry, undefined, bars]} frustumCulled={false}>
        <meshBasicMaterial />
      </instancedMesh>
      {children}
    </group>
  )
})

import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, type Group, type MeshBasicMaterial, type RingGeometry } from 'three'
import { palette } from '../world/palette'

export type GaugeProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Reading at mount, 0–1; `set` changes it afterwards. */
  value?: number
  radius?: number
  /** Width of the arc. */
  thickness?: number
  color?: string
  /** The arc turns to this colour as the reading passes `hotAt`. */
  hotColor?: string
  hotAt?: number
}

/** Moves the gauge to a reading, 0–1 (clamped). Call it from a per-frame callback. */
export interface GaugeHandle {
  set(value: number): void
}

/** The dial sweeps 270°, from bottom left (0) over the top to bottom right (1). */
const SWEEP = 1.5 * Math.PI
const LOW_END = 1.25 * Math.PI
/** Arc segments: fine enough that the fill grows without visible steps at film sizes. */
const SEGMENTS = 120
/** The arc blends to the hot colour over this much of the scale below `hotAt`. */
const BLEND = 0.12

/**
 * A dial gauge: a dim track, a coloured arc filled up to the reading and a needle pointing at it.
 * The arc is one ring whose draw range grows, so a reading costs no geometry. Put the number in
 * the middle as a child.
 *
 * ```tsx
 * const cpu = useRef<GaugeHandle>(null)
 * useChapterFrame((local) => cpu.current?.set(load(local)))
 * <Gauge ref={cpu} radius={1} />
 * ```
 */
export const Gauge = forwardRef<GaugeHandle, GaugeProps>(function Gauge(
  {
    value = 0,
    radius = 1,
    thickness = 0.2,
    color = palette.server,
    hotColor = palette.failure,
    hotAt = 0.85,
    children,
    ...props
  },
  ref,
) {
  const arc = useRef<RingGeometry>(null)
  const arcMaterial = useRef<MeshBasicMaterial>(null)
  const needle = useRef<Group>(null)
  const colors = useMemo(
    () => ({ cool: new Color(color), hot: new Color(hotColor), mix: new Color() }),
    [color, hotColor],
  )
  const handle = useMemo<GaugeHandle>(
    () => ({
      set(v) {
        const x = Math.min(1, Math.max(0, v))
        // Segment 0 is at the high end (the ring runs counter-clockwise), so the fill is the tail.
        const k = Math.round(x * SEGMENTS)
        arc.current?.setDrawRange((SEGMENTS - k) * 6, k * 6)
        if (needle.current) needle.current.rotation.z = LOW_END - x * SWEEP
        const heat = Math.min(1, Math.max(0, (x - (hotAt - BLEND)) / BLEND))
        arcMaterial.current?.color.copy(colors.mix.copy(colors.cool).lerp(colors.hot, heat))
      },
    }),
    [colors, hotAt],
  )
  useImperativeHandle(ref, () => handle, [handle])
  useLayoutEffect(() => handle.set(value), [handle, value])
  const inner = radius - thickness
  return (
    <group {...props}>
      <mesh>
        <ringGeometry args={[inner, radius, SEGMENTS, 1, LOW_END - SWEEP, SWEEP]} />
        <meshBasicMaterial color={palette.panelBorder} />
      </mesh>
      <mesh position={[0, 0, 0.01]}>
        <ringGeometry ref={arc} args={[inner, radius, SEGMENTS, 1, LOW_END - SWEEP, SWEEP]} />
        <meshBasicMaterial ref={arcMaterial} color={color} />
      </mesh>
      {/* The needle stops short of the arc, so the arc's end stays visible. */}
      <group ref={needle} position={[0, 0, 0.02]}>
        <mesh position={[(inner - 0.12) / 2, 0, 0]}>
          <planeGeometry args={[inner - 0.12, 0.06]} />
          <meshBasicMaterial color={palette.text} />
        </mesh>
      </group>
      <mesh position={[0, 0, 0.03]}>
        <circleGeometry args={[0.09, 20]} />
        <meshBasicMaterial color={palette.text} />
      </mesh>
      {children}
    </group>
  )
})

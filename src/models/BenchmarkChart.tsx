import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import type { Group } from 'three'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

/** One measured (or claimed) figure: a value, or a range from `low` to `high`, and its words. */
export interface BenchmarkValue {
  low: number
  high?: number
  /** As the source writes it: "200-500 ms", "100K+". */
  text: string
}

export type BenchmarkChartProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The metric: "Requests per second". */
  title: string
  before: BenchmarkValue
  after: BenchmarkValue
  /** The value at the bars' full width; with `log`, bars are drawn on a log scale from `min`. */
  max: number
  log?: boolean
  min?: number
  /** Length of a full bar, world units. */
  width?: number
  beforeColor?: string
  afterColor?: string
  /** Row labels, where the chart needs other words than "Before" and "After". */
  names?: readonly [string, string]
  labelSize?: number
}

/** Grows the bars from nothing (0) to their values (1). Call it from a per-frame callback. */
export interface BenchmarkChartHandle {
  grow(progress: number): void
}

const BAR_HEIGHT = 0.5
/** Rows sit this far apart, and the bars start this far right of the row names. */
const ROW_PITCH = 0.85
const NAME_WIDTH = 2.3
/** A range's far part is drawn fainter: the figure is somewhere in it, not at its end. */
const RANGE_OPACITY = 0.45
/** A bar shorter than this still shows, so a tiny value reads as small rather than absent. */
const MIN_BAR = 0.06
/** Gap between a bar's end and its value. */
const VALUE_GAP = 0.3

/**
 * A before/after benchmark: one metric, two horizontal bars (before above, after below), each
 * with its figure at its end; a range is a solid bar to its low end and a fainter one to its high
 * end. On a log scale a twentyfold change stays readable beside a twofold one. Origin: the left
 * end of the title line; the rows hang below it.
 *
 * ```tsx
 * <BenchmarkChart title="Requests per second" before={{ low: 5e3, text: '5K' }}
 *   after={{ low: 1e5, text: '100K+' }} max={1e6} log min={1e3} />
 * ```
 */
export const BenchmarkChart = forwardRef<BenchmarkChartHandle, BenchmarkChartProps>(
  function BenchmarkChart(
    {
      title,
      before,
      after,
      max,
      log = false,
      min = 0,
      width = 7,
      beforeColor = palette.textMuted,
      afterColor = palette.server,
      names = ['Before', 'After'],
      labelSize = textSize.label,
      children,
      ...props
    },
    ref,
  ) {
    const bars = useRef<(Group | null)[]>([])
    const values = useRef<(Group | null)[]>([])
    const length = useMemo(() => {
      const frac = (v: number) =>
        log
          ? (Math.log10(Math.max(v, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
          : v / max
      return (v: number) => Math.max(MIN_BAR, Math.min(1, frac(v)) * width)
    }, [log, max, min, width])
    const rows = useMemo(
      () =>
        [before, after].map((v) => ({
          low: length(v.low),
          high: v.high === undefined ? length(v.low) : length(v.high),
        })),
      [after, before, length],
    )
    const handle = useMemo<BenchmarkChartHandle>(
      () => ({
        grow(progress) {
          const p = Math.min(1, Math.max(0, progress))
          const eased = p * p * (3 - 2 * p)
          rows.forEach((r, i) => {
            const bar = bars.current[i]
            if (bar) bar.scale.x = Math.max(1e-3, eased)
            const value = values.current[i]
            if (value) {
              value.position.x = NAME_WIDTH + r.high * eased + VALUE_GAP
              value.visible = p > 0.5
            }
          })
        },
      }),
      [rows],
    )
    useImperativeHandle(ref, () => handle, [handle])
    useLayoutEffect(() => handle.grow(1), [handle])
    const colors = [beforeColor, afterColor]
    const texts = [before.text, after.text]
    return (
      <group {...props}>
        <Label text={title} size={labelSize} weight="bold" anchorX="left" anchorY="middle" />
        {rows.map((r, i) => {
          const y = -ROW_PITCH * (i + 1)
          return (
            <group key={i} position={[0, y, 0]}>
              <Label
                text={names[i]!}
                size={labelSize}
                color={palette.textMuted}
                anchorX="left"
                anchorY="middle"
              />
              <group
                position={[NAME_WIDTH, 0, 0]}
                ref={(g) => {
                  bars.current[i] = g
                }}
              >
                <mesh position={[r.low / 2, 0, 0]}>
                  <planeGeometry args={[r.low, BAR_HEIGHT]} />
                  <meshBasicMaterial color={colors[i]} />
                </mesh>
                {r.high > r.low && (
                  <mesh position={[(r.low + r.high) / 2, 0, 0]}>
                    <planeGeometry args={[r.high - r.low, BAR_HEIGHT]} />
                    <meshBasicMaterial color={colors[i]} transparent opacity={RANGE_OPACITY} />
                  </mesh>
                )}
              </group>
              <group
                position={[NAME_WIDTH + r.high + VALUE_GAP, 0, 0]}
                ref={(g) => {
                  values.current[i] = g
                }}
              >
                <Label
                  text={texts[i]!}
                  size={labelSize}
                  color={colors[i]}
                  anchorX="left"
                  anchorY="middle"
                />
              </group>
            </group>
          )
        })}
        {children}
      </group>
    )
  },
)

/** Height of the chart from its title line to the bottom of its last bar. */
export function benchmarkChartHeight(): number {
  return ROW_PITCH * 2 + BAR_HEIGHT / 2
}

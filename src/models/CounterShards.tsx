import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, Object3D, type InstancedMesh } from 'three'
import { palette } from '../world/palette'
import { instancesMoved } from '../world/rewritten'

export type CounterShardsProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Shards of the one counter (the rows holding its parts). */
  shards?: number
  /** Shards a row of the grid. */
  columns?: number
  /** Side of one shard's tile, world units. */
  cell?: number
  color?: string
  /** The shard a write lands on right now. */
  hitColor?: string
}

/**
 * Shows the shards' counts, 0–1 of the tallest a tile grows, and lights the shard a write is
 * landing on (or none, with -1). Call it from a per-frame callback.
 */
export interface CounterShardsHandle {
  set(fill: ArrayLike<number>, hit: number): void
}

/** Gap between tiles, as a share of a tile. */
const GAP = 0.18
/** A tile with a count of 1 stands this tall, in tiles: enough to read as a column, not a spike. */
const MAX_HEIGHT = 1.4
const MIN_HEIGHT = 0.08
const scratch = new Object3D()

/**
 * One hot counter split into shards: a grid of tiles lying in the picture plane, each a row of
 * the counter's table. A write picks one shard and adds to it, so no single row takes every
 * write; a read adds the shards up. Tiles rise towards the viewer as their count grows. One
 * instanced draw call. Origin: the grid's centre.
 *
 * ```tsx
 * const shards = useRef<CounterShardsHandle>(null)
 * useChapterFrame((local) => shards.current?.set(fills(local), hitAt(local)))
 * <CounterShards ref={shards} shards={100} columns={10} />
 * ```
 */
export const CounterShards = forwardRef<CounterShardsHandle, CounterShardsProps>(
  function CounterShards(
    {
      shards = 100,
      columns = 10,
      cell = 0.5,
      color = palette.database,
      hitColor = palette.accent,
      children,
      ...props
    },
    ref,
  ) {
    const mesh = useRef<InstancedMesh>(null)
    const rows = Math.ceil(shards / columns)
    const pitch = cell * (1 + GAP)
    const colors = useMemo(
      () => ({ base: new Color(color), hit: new Color(hitColor) }),
      [color, hitColor],
    )
    const lastHit = useRef(-1)
    const handle = useMemo<CounterShardsHandle>(
      () => ({
        set(fill, hit) {
          const m = mesh.current
          if (!m) return
          for (let i = 0; i < shards; i++) {
            const c = i % columns
            const r = Math.floor(i / columns)
            const depth = cell * Math.max(MIN_HEIGHT, Math.min(1, fill[i] ?? 0) * MAX_HEIGHT)
            scratch.position.set(
              (c - (columns - 1) / 2) * pitch,
              ((rows - 1) / 2 - r) * pitch,
              depth / 2,
            )
            scratch.scale.set(cell, cell, depth)
            scratch.updateMatrix()
            m.setMatrixAt(i, scratch.matrix)
          }
          instancesMoved(m)
          if (hit !== lastHit.current) {
            if (lastHit.current >= 0 && lastHit.current < shards)
              m.setColorAt(lastHit.current, colors.base)
            if (hit >= 0 && hit < shards) m.setColorAt(hit, colors.hit)
            lastHit.current = hit
            if (m.instanceColor) m.instanceColor.needsUpdate = true
          }
        },
      }),
      [cell, colors, columns, pitch, rows, shards],
    )
    useImperativeHandle(ref, () => handle, [handle])
    useLayoutEffect(() => {
      const m = mesh.current
      if (!m) return
      for (let i = 0; i < shards; i++) m.setColorAt(i, colors.base)
      if (m.instanceColor) m.instanceColor.needsUpdate = true
      lastHit.current = -1
      handle.set([], -1)
    }, [colors, handle, shards])
    return (
      <group {...props}>
        <instancedMesh ref={mesh} args={[undefined, undefined, shards]} frustumCulled={false}>
          <boxGeometry args={[1, 1, 1]} />
          <meshStandardMaterial emissive={color} emissiveIntensity={0.25} roughness={0.5} />
        </instancedMesh>
        {children}
      </group>
    )
  },
)

/** Width and height of the grid, for placing labels beside it. */
export function counterShardsSize(shards = 100, columns = 10, cell = 0.5): [number, number] {
  const pitch = cell * (1 + GAP)
  return [columns * pitch - cell * GAP, Math.ceil(shards / columns) * pitch - cell * GAP]
}

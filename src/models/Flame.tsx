import type { ThreeElements } from '@react-three/fiber'
import { useMemo } from 'react'
import { LatheGeometry, Vector2 } from 'three'
import { palette } from '../world/palette'

export type FlameProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Height of the outer flame in world units. */
  height?: number
}

/** The inner flame is this much of the outer: a hot core inside a cooler shell. */
const CORE = 0.6
/** Points along the profile: enough for a smooth teardrop. */
const PROFILE_POINTS = 14
/** Widest at this fraction of the height, and this wide (of the height) there. */
const BELLY_AT = 0.28
const BELLY_WIDTH = 0.3

/** A teardrop turned on a lathe: round at the bottom, swelling, then drawn up to a point. */
function flameGeometry(height: number): LatheGeometry {
  const points: Vector2[] = []
  for (let i = 0; i <= PROFILE_POINTS; i++) {
    const v = i / PROFILE_POINTS
    const r =
      v < BELLY_AT
        ? Math.sin((v / BELLY_AT) * (Math.PI / 2))
        : Math.cos(((v - BELLY_AT) / (1 - BELLY_AT)) * (Math.PI / 2)) ** 1.4
    points.push(new Vector2(Math.max(1e-3, r * BELLY_WIDTH * height), v * height))
  }
  return new LatheGeometry(points, 24)
}

/**
 * A flame: an orange teardrop with a yellow core, glowing. The icon for "hot" (an overloaded
 * shard, a hotspot). Stands on its origin; a chapter can scale it to make it flicker.
 *
 * ```tsx
 * <Flame height={1.2} position={[0, 2, 0]} />
 * ```
 */
export function Flame({ height = 1, ...props }: FlameProps) {
  const outer = useMemo(() => flameGeometry(height), [height])
  const core = useMemo(() => flameGeometry(height * CORE), [height])
  return (
    <group {...props}>
      <mesh geometry={outer}>
        <meshStandardMaterial
          color={palette.cache}
          emissive={palette.failure}
          emissiveIntensity={1.1}
          transparent
          opacity={0.85}
          depthWrite={false}
        />
      </mesh>
      <mesh geometry={core} position={[0, 0, height * 0.12]}>
        <meshStandardMaterial
          color={palette.request}
          emissive={palette.request}
          emissiveIntensity={1.4}
        />
      </mesh>
    </group>
  )
}

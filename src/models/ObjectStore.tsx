import type { ThreeElements } from '@react-three/fiber'
import { DoubleSide } from 'three'
import { palette } from '../world/palette'

export type ObjectStoreProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /**
   * Storage tiers from the top (hot, fast, dear) to the bottom (cold, slow, cheap), one colour
   * each: the bucket is drawn as bands of these, so objects sinking through it read as ageing.
   */
  tiers?: readonly string[]
  /** Objects resting on the top band, drawn as small cubes (for still pictures). */
  objects?: number
}

/** The bucket: wider at the rim than at the base, the familiar object-storage icon. */
const RIM_RADIUS = 1.1
const BASE_RADIUS = 0.8
const HEIGHT = 2
/** A thin gap between bands so each tier reads as its own layer. */
const BAND_GAP = 0.05
const OBJECT_SIZE = 0.26

/** Radius of the bucket at height y (0 at the base, HEIGHT at the rim). */
function radiusAt(y: number): number {
  return BASE_RADIUS + ((RIM_RADIUS - BASE_RADIUS) * y) / HEIGHT
}

/** Centre height of tier `i` of `count` (0 the top band), relative to the store's origin. */
export function objectStoreTierY(i: number, count: number): number {
  const band = HEIGHT / count
  return HEIGHT - band * (i + 0.5)
}

/**
 * An object store: a bucket drawn as bands, one per storage tier (hot at the rim, archive at the
 * base), so a lifecycle rule reads as objects sinking to cheaper layers as they age. With one
 * tier it is a plain bucket. Origin: the centre of the base.
 *
 * ```tsx
 * <ObjectStore tiers={['#f59e0b', '#38bdf8', '#3b82f6', '#1e3a8a']} objects={3} />
 * ```
 */
export function ObjectStore({
  color = palette.database,
  tiers,
  objects = 0,
  children,
  ...props
}: ObjectStoreProps) {
  const bands = tiers && tiers.length > 0 ? tiers : [color]
  const band = HEIGHT / bands.length
  return (
    <group {...props}>
      {bands.map((c, i) => {
        const top = HEIGHT - band * i
        const bottom = top - band + (i < bands.length - 1 ? BAND_GAP : 0)
        return (
          <mesh key={i} position={[0, (top + bottom) / 2, 0]}>
            <cylinderGeometry args={[radiusAt(top), radiusAt(bottom), top - bottom, 40, 1, true]} />
            <meshStandardMaterial
              color={c}
              emissive={c}
              emissiveIntensity={0.35}
              roughness={0.45}
              side={DoubleSide}
            />
          </mesh>
        )
      })}
      {/* The base, and a bright rim that makes the open top read at a glance. */}
      <mesh position={[0, 0.01, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <circleGeometry args={[BASE_RADIUS, 40]} />
        <meshStandardMaterial color={bands[bands.length - 1]} />
      </mesh>
      <mesh position={[0, HEIGHT, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <ringGeometry args={[RIM_RADIUS - 0.08, RIM_RADIUS, 40]} />
        <meshBasicMaterial color="#dbeafe" side={DoubleSide} />
      </mesh>
      {Array.from({ length: objects }, (_, i) => (
        <mesh
          key={i}
          position={[(i - (objects - 1) / 2) * OBJECT_SIZE * 1.5, HEIGHT - OBJECT_SIZE, 0]}
        >
          <boxGeometry args={[OBJECT_SIZE, OBJECT_SIZE, OBJECT_SIZE]} />
          <meshStandardMaterial color={palette.client} roughness={0.5} />
        </mesh>
      ))}
      {children}
    </group>
  )
}

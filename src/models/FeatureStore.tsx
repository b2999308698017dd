import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type FeatureStoreProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Drawers, one per family of features, in each half. */
  drawers?: number
  /** The online half (served in milliseconds): the cache colour by default. */
  online?: string
  /** The offline half (history for training): the database colour by default. */
  offline?: string
}

const WIDTH = 2
const DEPTH = 1.1
const DRAWER_HEIGHT = 0.42
const DRAWER_GAP = 0.08
/** The gap between the halves: one store, two speeds. */
const SPLIT = 0.18

/**
 * A feature store: a cabinet of drawers (one per feature family) in two halves, the online copy
 * on top (bright, fast, for serving) and the offline copy below (for training), holding the same
 * drawers so that both sides agree on what a feature means. Origin: the centre of its foot.
 *
 * ```tsx
 * <FeatureStore drawers={4} />
 * ```
 */
export function FeatureStore({
  drawers = 4,
  online = palette.cache,
  offline = palette.database,
  children,
  ...props
}: FeatureStoreProps) {
  const half = drawers * (DRAWER_HEIGHT + DRAWER_GAP) + DRAWER_GAP
  const halves = [
    { color: offline, y: 0, glow: 0.2 },
    { color: online, y: half + SPLIT, glow: 0.5 },
  ]
  return (
    <group {...props}>
      {halves.map(({ color, y, glow }) => (
        <group key={color + y} position={[0, y, 0]}>
          <RoundedBox args={[WIDTH, half, DEPTH]} radius={0.06} position={[0, half / 2, 0]}>
            <meshStandardMaterial color="#1f2937" roughness={0.55} />
          </RoundedBox>
          {Array.from({ length: drawers }, (_, i) => (
            <mesh
              key={i}
              position={[
                0,
                DRAWER_GAP + DRAWER_HEIGHT / 2 + i * (DRAWER_HEIGHT + DRAWER_GAP),
                DEPTH / 2 + 0.01,
              ]}
            >
              <planeGeometry args={[WIDTH - 0.2, DRAWER_HEIGHT]} />
              <meshStandardMaterial color={color} emissive={color} emissiveIntensity={glow} />
            </mesh>
          ))}
        </group>
      ))}
      {children}
    </group>
  )
}

/** Height of a feature store with this many drawers a half, for placing labels. */
export function featureStoreHeight(drawers = 4): number {
  return 2 * (drawers * (DRAWER_HEIGHT + DRAWER_GAP) + DRAWER_GAP) + SPLIT
}

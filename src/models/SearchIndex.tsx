import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type SearchIndexProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Index cards in the tray: one per term family or index. */
  cards?: number
}

const TRAY_WIDTH = 2
const TRAY_DEPTH = 1.2
const CARD_HEIGHT = 1
const CARD_PITCH = 0.26
/** Each card's tab sits a step further right, so the tabs read as an alphabetical index. */
const TAB_STEP = 0.32
const LENS_RADIUS = 0.5

/**
 * A search index: a tray of index cards with staggered tabs (terms pointing to documents, an
 * inverted index) and a magnifying lens over it. In the database blue, as a store it is.
 * Origin: the centre of the tray's foot.
 *
 * ```tsx
 * <SearchIndex cards={3} />
 * ```
 */
export function SearchIndex({
  color = palette.database,
  cards = 4,
  children,
  ...props
}: SearchIndexProps) {
  return (
    <group {...props}>
      <RoundedBox args={[TRAY_WIDTH, 0.5, TRAY_DEPTH]} radius={0.05} position={[0, 0.25, 0]}>
        <meshStandardMaterial color="#1f2937" roughness={0.55} />
      </RoundedBox>
      {Array.from({ length: cards }, (_, i) => {
        const z = TRAY_DEPTH / 2 - 0.2 - i * CARD_PITCH
        const tab = -TRAY_WIDTH / 2 + 0.35 + (i % 4) * TAB_STEP
        return (
          <group key={i} position={[0, 0.3 + CARD_HEIGHT / 2, z]}>
            <mesh>
              <boxGeometry args={[TRAY_WIDTH - 0.2, CARD_HEIGHT, 0.03]} />
              <meshStandardMaterial color="#e2e8f0" roughness={0.7} />
            </mesh>
            <mesh position={[tab, CARD_HEIGHT / 2 + 0.1, 0]}>
              <boxGeometry args={[0.28, 0.2, 0.035]} />
              <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.5} />
            </mesh>
          </group>
        )
      })}
      {/* The lens: a ring and a handle, leaning over the front card. */}
      <group position={[TRAY_WIDTH / 2 - 0.2, 1.6, TRAY_DEPTH / 2 + 0.2]} rotation={[0, 0, -0.5]}>
        <mesh>
          <torusGeometry args={[LENS_RADIUS, 0.08, 12, 40]} />
          <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.6} />
        </mesh>
        <mesh position={[0, -LENS_RADIUS - 0.35, 0]}>
          <cylinderGeometry args={[0.07, 0.07, 0.6, 12]} />
          <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.4} />
        </mesh>
      </group>
      {children}
    </group>
  )
}

import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type BrokenChainProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Length of one link in world units. */
  size?: number
}

/** How far the two halves of the broken link stand apart, in link lengths. */
const GAP = 0.7

/**
 * A broken chain: two links, each opened on the side facing the other and pulled apart, with a
 * red spark between them. The icon for a connection that no longer holds (a join across
 * databases). Lies in the picture plane, centred on the break.
 *
 * ```tsx
 * <BrokenChain position={[0, 4, 0]} />
 * ```
 */
export function BrokenChain({ color = palette.textMuted, size = 1, ...props }: BrokenChainProps) {
  const half = size / 2
  const link = (side: -1 | 1) => (
    // A torus squashed into an oval link, open towards the break (an arc of 300°).
    <group position={[side * (half + (size * GAP) / 2), 0, 0]} scale={[1, 0.6, 1]}>
      <mesh rotation={[0, 0, side === 1 ? Math.PI + Math.PI / 6 : Math.PI / 6]}>
        <torusGeometry args={[half, size * 0.09, 10, 40, (Math.PI * 5) / 3]} />
        <meshStandardMaterial color={color} metalness={0.5} roughness={0.35} />
      </mesh>
    </group>
  )
  return (
    <group {...props}>
      {link(-1)}
      {link(1)}
      <mesh rotation={[0, 0, Math.PI / 4]}>
        <planeGeometry args={[size * 0.08, size * 0.5]} />
        <meshBasicMaterial color={palette.failure} />
      </mesh>
      <mesh rotation={[0, 0, -Math.PI / 4]}>
        <planeGeometry args={[size * 0.08, size * 0.5]} />
        <meshBasicMaterial color={palette.failure} />
      </mesh>
    </group>
  )
}

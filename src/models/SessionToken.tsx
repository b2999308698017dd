import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type SessionTokenProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Whose session: a short name, one or two characters ('A'). */
  owner: string
  color?: string
}

/** Card size: a small badge, narrower than a rack, so three sit side by side on one. */
const WIDTH = 0.5
const HEIGHT = 0.62

/**
 * A user's session data as a small upright card bearing the user's initial: what a stateful
 * server keeps in memory and a stateless design moves to a shared store. Its origin is the card's
 * bottom edge.
 *
 * ```tsx
 * <SessionToken owner="A" position={[0, 2, 0]} />
 * ```
 */
export function SessionToken({
  owner,
  color = palette.client,
  children,
  ...props
}: SessionTokenProps) {
  return (
    <group {...props}>
      <RoundedBox args={[WIDTH, HEIGHT, 0.08]} radius={0.05} position={[0, HEIGHT / 2, 0]}>
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.25} />
      </RoundedBox>
      <Label
        text={owner}
        size={textSize.small}
        color={palette.background}
        position={[0, HEIGHT / 2, 0.05]}
      />
      {children}
    </group>
  )
}

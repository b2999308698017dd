import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type UserCardProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The user's id, written on the card. */
  userId: number
  color?: string
}

/** Wide enough for "user 11" in the small size, with a margin. */
const WIDTH = 2
const HEIGHT = 0.8

/**
 * One user's record as a card: a light tile with the user's id, for showing where rows go
 * (which shard holds them, which move when resharding). Centred on its origin.
 *
 * ```tsx
 * <UserCard userId={7} />
 * ```
 */
export function UserCard({ userId, color = palette.client, ...props }: UserCardProps) {
  return (
    <group {...props}>
      <RoundedBox args={[WIDTH, HEIGHT, 0.12]} radius={0.12}>
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.25} />
      </RoundedBox>
      <Label
        text={`user ${userId}`}
        size={textSize.small}
        color={palette.background}
        position={[0, 0, 0.08]}
      />
    </group>
  )
}

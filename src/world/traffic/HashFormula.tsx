import { RoundedBox } from '@react-three/drei'
import type { Sharding } from '../../sim'
import { Label } from '../../models/Label'
import { LiveLabel } from '../LiveLabel'
import { palette } from '../palette'
import type { Vec3 } from '../paths'

export type HashFormulaProps = {
  sharding: Sharding
  position: Vec3
  width: number
}

/** Panel height: the formula in the heading size, with a margin above and below. */
const HEIGHT = 1.5
/** The formula's size: a heading, in the code face. */
const FORMULA_SIZE = 0.8
/** Its caption: secondary, but still 36 px at 1080p from the chapter's wide shots (22 units). */
const CAPTION_SIZE = 0.55

/**
 * The hash function as a formula block: `user_id % N`, where N is the simulation's shard count
 * at that moment (4, then 5 after resharding). Cards and packets pass behind it.
 */
export function HashFormula({ sharding, position, width }: HashFormulaProps) {
  return (
    <group position={[position[0], position[1], position[2]]}>
      <RoundedBox args={[width, HEIGHT, 0.2]} radius={0.14}>
        <meshStandardMaterial color={palette.panel} roughness={0.8} />
      </RoundedBox>
      <mesh position={[0, -HEIGHT / 2 + 0.04, 0.11]}>
        <planeGeometry args={[width - 0.3, 0.08]} />
        <meshBasicMaterial color={palette.database} />
      </mesh>
      <LiveLabel
        compute={(local) => `user_id % ${sharding.shardsAt(local)}`}
        size={FORMULA_SIZE}
        weight="mono"
        color={palette.code}
        position={[0, 0.05, 0.12]}
      />
      <Label
        text="hash function"
        size={CAPTION_SIZE}
        color={palette.textMuted}
        position={[0, HEIGHT / 2 + 0.5, 0]}
      />
    </group>
  )
}

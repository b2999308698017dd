import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import type { Vec3 } from '../../../world/paths'
import { text } from '../layout'

export type GoalStampProps = {
  /** The figure as the document states it. */
  figure: string
  /** What kind of number it is; by default, the film's honest reading of it. */
  note?: string
  position?: Vec3
  width?: number
}

/** Inner margin and line spacing of the stamp, world units. */
const PADDING = 0.4
const LINE = 0.8
const BORDER = 0.06
/** Wide enough for the default note at body size, whatever the figure. */
const MIN_WIDTH = 11.5

/**
 * A figure the document states without a measurement behind it, stamped as what it is: a framed
 * line with the figure in accent yellow and, under it, "a design target, not a measurement".
 */
export function GoalStamp({
  figure,
  note = 'a design target, not a measurement',
  position = [0, 0, 0],
  width = 9,
}: GoalStampProps) {
  const height = LINE * 2 + PADDING * 2
  const wide = Math.max(width, MIN_WIDTH)
  return (
    <group position={[position[0], position[1], position[2]]}>
      <mesh position={[0, 0, -0.02]}>
        <planeGeometry args={[wide + BORDER * 2, height + BORDER * 2]} />
        <meshBasicMaterial color={palette.accent} />
      </mesh>
      <mesh position={[0, 0, -0.01]}>
        <planeGeometry args={[wide, height]} />
        <meshBasicMaterial color={palette.panel} />
      </mesh>
      <Label
        text={figure}
        size={text.name}
        color={palette.accent}
        weight="bold"
        position={[0, LINE / 2, 0]}
      />
      <Label text={note} size={text.body} color={palette.panelText} position={[0, -LINE / 2, 0]} />
    </group>
  )
}

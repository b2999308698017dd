import { RoundedBox } from '@react-three/drei'
import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import type { Vec3 } from '../../../world/paths'
import { text } from '../layout'

export type DiagramBoxProps = {
  title: string
  /** A second, muted line under the title. */
  subtitle?: string
  /** The box's colour code: the edge and the title carry it. */
  color: string
  width: number
  position: Vec3
}

/** Height of a box with one line, and what a subtitle adds. */
export const DIAGRAM_BOX_HEIGHT = 1.1
const SUBTITLE_ADDS = 0.7
/** The coloured frame shows this far around the dark face. */
const FRAME = 0.08

/** Height of a box, for connecting arrows to its edges. */
export function diagramBoxHeight(subtitle?: string): number {
  return DIAGRAM_BOX_HEIGHT + (subtitle ? SUBTITLE_ADDS : 0)
}

/**
 * A box of the document's system diagram: a dark face framed in the component's colour code,
 * its name on it. Centred on its position, in the picture plane.
 */
export function DiagramBox({ title, subtitle, color, width, position }: DiagramBoxProps) {
  const height = diagramBoxHeight(subtitle)
  return (
    <group position={[position[0], position[1], position[2]]}>
      <RoundedBox
        args={[width + FRAME * 2, height + FRAME * 2, 0.2]}
        radius={0.1}
        position={[0, 0, -0.12]}
      >
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.35} />
      </RoundedBox>
      <mesh position={[0, 0, 0]}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial color={palette.panel} />
      </mesh>
      <Label
        text={title}
        size={text.body}
        weight="bold"
        color={palette.panelText}
        position={[0, subtitle ? SUBTITLE_ADDS / 2 : 0, 0.02]}
        anchorY="middle"
      />
      {subtitle && (
        <Label
          text={subtitle}
          size={text.body}
          color={palette.textMuted}
          position={[0, -SUBTITLE_ADDS / 2, 0.02]}
          anchorY="middle"
        />
      )}
    </group>
  )
}

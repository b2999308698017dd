import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type CalloutProps = Omit<ThreeElements['group'], 'ref'> & {
  title?: string
  /** Body lines, drawn one under another. */
  lines: readonly string[]
  width: number
  /** Code is set in the monospace face. */
  code?: boolean
  accent?: string
  bodySize?: number
}

/** Inner margin of the panel, in world units. */
const PADDING = 0.45
const LINE_GAP = 1.3

/**
 * A callout box: a raised panel with an accent edge, a title and lines of text or code, for the
 * notes a chapter wants the viewer to read (a JSON reply, a warning, a definition).
 *
 * ```tsx
 * <Callout title="GET /users/12" lines={json} width={7} code />
 * ```
 */
export function Callout({
  title,
  lines,
  width,
  code = false,
  accent = palette.accent,
  bodySize = code ? textSize.code : textSize.small,
  ...props
}: CalloutProps) {
  const titleHeight = title ? textSize.label * 1.6 : 0
  const bodyHeight = lines.length * bodySize * LINE_GAP
  const height = PADDING * 2 + titleHeight + bodyHeight
  const left = -width / 2 + PADDING
  return (
    <group {...props}>
      <RoundedBox args={[width, height, 0.12]} radius={0.1} position={[0, -height / 2, -0.08]}>
        <meshStandardMaterial color={palette.panel} roughness={0.8} />
      </RoundedBox>
      <mesh position={[-width / 2 + 0.05, -height / 2, 0]}>
        <planeGeometry args={[0.1, height - 0.2]} />
        <meshBasicMaterial color={accent} />
      </mesh>
      {title && (
        <Label
          text={title}
          size={textSize.label}
          color={accent}
          anchorX="left"
          anchorY="top"
          textAlign="left"
          position={[left, -PADDING, 0.01]}
        />
      )}
      {lines.map((line, i) => (
        <Label
          key={i}
          text={line}
          size={bodySize}
          weight={code ? 'mono' : 'regular'}
          color={code ? palette.code : palette.panelText}
          anchorX="left"
          anchorY="top"
          textAlign="left"
          position={[left, -PADDING - titleHeight - i * bodySize * LINE_GAP, 0.01]}
        />
      ))}
    </group>
  )
}

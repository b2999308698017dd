import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type DashboardPanelProps = Omit<ThreeElements['group'], 'ref'> & {
  width: number
  height: number
  title: string
  /** The title's colour and the thin rule under it: the tier the panel watches. */
  accent?: string
}

/** Inner margin, in world units: the title sits this far from the panel's top-left corner. */
const PADDING = 0.4
/** The panel's depth: thin, a screen rather than a box. */
const DEPTH = 0.12

/**
 * A dashboard panel: a dark rounded screen with a title in its top-left corner and a thin rule
 * under it. The group's origin is the panel's centre, on its front face; children sit on it.
 *
 * ```tsx
 * <DashboardPanel width={8} height={4.5} title="Database tier" accent={palette.database} />
 * ```
 */
export function DashboardPanel({
  width,
  height,
  title,
  accent = palette.accent,
  children,
  ...props
}: DashboardPanelProps) {
  const titleY = height / 2 - PADDING
  return (
    <group {...props}>
      <RoundedBox args={[width, height, DEPTH]} radius={0.12} position={[0, 0, -DEPTH / 2]}>
        <meshStandardMaterial color={palette.panel} roughness={0.9} />
      </RoundedBox>
      <Label
        text={title}
        size={textSize.label}
        color={accent}
        anchorX="left"
        anchorY="top"
        textAlign="left"
        position={[-width / 2 + PADDING, titleY, 0.01]}
      />
      {/* The rule spans the panel under the title, fading the title into the content below. */}
      <mesh position={[0, titleY - textSize.label * 1.45, 0.01]}>
        <planeGeometry args={[width - 2 * PADDING, 0.03]} />
        <meshBasicMaterial color={palette.panelBorder} />
      </mesh>
      {children}
    </group>
  )
}

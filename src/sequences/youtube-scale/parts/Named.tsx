import type { ReactNode } from 'react'
import { Label } from '../../../models/Label'
import { palette } from '../../../world/palette'
import type { Vec3 } from '../../../world/paths'
import { text } from '../layout'

export type NamedProps = {
  /** The component's name, above it. */
  name: string
  /** One line of what it does or holds, under the name. */
  detail?: string
  color?: string
  position?: Vec3
  /** Height of the name's baseline above the model's origin (the model's top and a gap). */
  nameAt?: number
  children?: ReactNode
}

/** Gap between the name and the detail line under it. */
const DETAIL_BELOW = 0.75

/** A model with its name over it and, under the name, one line of detail in muted text. */
export function Named({
  name,
  detail,
  color = palette.text,
  position = [0, 0, 0],
  nameAt = 2.6,
  children,
}: NamedProps) {
  return (
    <group position={[position[0], position[1], position[2]]}>
      {children}
      <Label
        text={name}
        size={text.name}
        color={color}
        weight="bold"
        position={[0, nameAt + (detail ? DETAIL_BELOW : 0), 0]}
      />
      {detail && (
        <Label text={detail} size={text.body} color={palette.textMuted} position={[0, nameAt, 0]} />
      )}
    </group>
  )
}

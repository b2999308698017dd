import { Label } from '../models/Label'
import { palette } from './palette'
import { textSize } from './typography'

export type PanelHeadingProps = {
  title: string
  subtitle: string
  color: string
  /** Where the title stands; the subtitle hangs `step` below it. */
  position: [number, number, number]
  step: number
  subtitleSize?: number
  /** Turn both lines to the camera (for stages seen from above). */
  billboard?: boolean
}

/** One side of a side-by-side comparison: its name in its colour, and a line saying what it means. */
export function PanelHeading({
  title,
  subtitle,
  color,
  position: [x, y, z],
  step,
  subtitleSize = textSize.small,
  billboard = false,
}: PanelHeadingProps) {
  return (
    <>
      <Label
        text={title}
        size={textSize.heading}
        color={color}
        billboard={billboard}
        position={[x, y, z]}
      />
      <Label
        text={subtitle}
        size={subtitleSize}
        color={palette.textMuted}
        billboard={billboard}
        position={[x, y - step, z]}
      />
    </>
  )
}

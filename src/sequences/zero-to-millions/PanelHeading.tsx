import { Label } from '../../models/Label'
import { palette } from '../../world/palette'
import { textSize } from '../../world/typography'

export type PanelHeadingProps = {
  title: string
  subtitle: string
  color: string
  /** Where the title stands; the subtitle hangs `step` below it. */
  position: [number, number, number]
  step: number
  subtitleSize: number
}

/** One side of a side-by-side comparison: its name in its colour, and a line saying what it means. */
export function PanelHeading({
  title,
  subtitle,
  color,
  position: [x, y, z],
  step,
  subtitleSize,
}: PanelHeadingProps) {
  return (
    <>
      <Label text={title} size={textSize.heading} color={color} billboard position={[x, y, z]} />
      <Label
        text={subtitle}
        size={subtitleSize}
        color={palette.textMuted}
        billboard
        position={[x, y - step, z]}
      />
    </>
  )
}

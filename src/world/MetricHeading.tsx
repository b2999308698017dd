import { Label } from '../models/Label'
import { LiveLabel } from './LiveLabel'
import { palette } from './palette'
import { textSize } from './typography'

/** A chart's caption and its value sit above the chart, in the chart's own frame. */
const CAPTION_Y = 0.72
const VALUE_Y = 0.14

export type MetricHeadingProps = {
  name: string
  color: string
  /** The value as fixed text, or computed every frame from the chapter time. */
  value: string | ((local: number) => string)
}

/** A dashboard chart's heading: what it measures, in muted text, over its value in the chart's colour. */
export function MetricHeading({ name, color, value }: MetricHeadingProps) {
  const valueProps = {
    size: textSize.label,
    color,
    anchorX: 'left',
    textAlign: 'left',
    position: [0, VALUE_Y, 0],
  } as const
  return (
    <>
      <Label
        text={name}
        size={textSize.small}
        color={palette.textMuted}
        anchorX="left"
        textAlign="left"
        position={[0, CAPTION_Y, 0]}
      />
      {typeof value === 'string' ? (
        <Label text={value} {...valueProps} />
      ) : (
        <LiveLabel compute={value} {...valueProps} />
      )}
    </>
  )
}

import { Label } from '../models/Label'
import { Packet } from '../models/Packet'
import { palette } from './palette'
import { Travel, type TravelProps } from './Travel'
import { textSize } from './typography'

export type PacketTripProps = Omit<TravelProps, 'children'> & {
  color?: string
  /** The packet's radius, for scenes drawn smaller than the usual diagram (a globe). */
  size?: number
  /** What the packet carries, written above it while it travels. */
  label?: string
  labelColor?: string
  labelSize?: number
  labelWeight?: 'regular' | 'bold' | 'mono'
  /**
   * Where the label rides, above the packet's centre (negative: below it, for a path whose
   * label would otherwise sit on the path above it).
   */
  labelLift?: number
}

/** Height of a packet's label above its centre: clear of the packet's halo. */
const LABEL_LIFT = 0.75

/**
 * One packet making one trip along a path between two beats, with an optional label riding
 * above it: a request, a response, a query.
 *
 * ```tsx
 * <PacketTrip curve={toDns} at={beats['step-1']} duration={3} label="www.mysite.com" />
 * ```
 */
export function PacketTrip({
  color = palette.request,
  size,
  label,
  labelColor = palette.text,
  labelSize = textSize.small,
  labelWeight = 'bold',
  labelLift = LABEL_LIFT,
  ...travel
}: PacketTripProps) {
  return (
    <Travel {...travel}>
      <Packet color={color} size={size} />
      {label && (
        <Label
          text={label}
          size={labelSize}
          weight={labelWeight}
          color={labelColor}
          billboard
          outline
          position={[0, labelLift, 0]}
        />
      )}
    </Travel>
  )
}

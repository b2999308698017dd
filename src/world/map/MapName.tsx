import { Label } from '../../models/Label'
import { palette } from '../palette'
import { MapPiece, type MapPieceProps } from './MapPiece'

/** Names come a moment after their pieces. */
export const MAP_NAME_DELAY = 0.4

export type MapNameProps = Omit<MapPieceProps, 'children' | 'effect'> & {
  text: string
  color?: string
  /** Font size in world units: large enough to stay a label's size from the map's distance. */
  size: number
  /** How far in front of the piece (towards the camera) the name lies. */
  ahead: number
}

/** A map piece's name on the ground just in front of it, turned to the camera. */
export function MapName({
  text,
  color = palette.text,
  size,
  ahead,
  delay = 0,
  ...piece
}: MapNameProps) {
  return (
    <MapPiece {...piece} delay={delay + MAP_NAME_DELAY} effect="fade">
      <Label text={text} size={size} color={color} billboard position={[0, 0.3, ahead]} />
    </MapPiece>
  )
}

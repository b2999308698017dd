import { Billboard } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { useMemo } from 'react'
import { Quaternion, Vector3 } from 'three'
import { latLonToVector3 } from '../world/geo'
import { palette } from '../world/palette'
import { textSize } from '../world/typography'
import { Label } from './Label'

export type GlobeMarkerProps = Omit<ThreeElements['group'], 'ref' | 'position'> & {
  lat: number
  lon: number
  /** The globe's radius: the marker stands on its surface. */
  radius: number
  /** How far the marker's top stands off the surface (its stalk). */
  height?: number
  color?: string
  /** Named above the top, facing the viewer. */
  label?: string
  labelColor?: string
  labelSize?: number
  /** Which side of the marker the label's text runs to: 'center' above it, 'left' of it… */
  labelSide?: 'center' | 'left' | 'right'
  /**
   * 'viewer' (default) turns the children to face the camera, like an icon pinned to the map,
   * so a server shows its front wherever it stands; 'surface' stands them on the ground.
   */
  childrenFace?: 'viewer' | 'surface'
}

const UP = new Vector3(0, 1, 0)
/** Gap between the marker's top and its label: above it, or beside it (clear of a model there). */
const LABEL_GAP = 0.35
const SIDE_GAP = 0.6
/** Labels float a little towards the viewer, so the globe's curve never cuts into them. */
const LABEL_FORWARD = 0.5

/**
 * A place on a globe: a thin stalk standing on the surface with a dot, or its children, on
 * top: a small server or cache model, facing the viewer like an icon pinned to the map (or
 * standing on the surface like a building). Use inside `<Globe>`.
 *
 * ```tsx
 * <GlobeMarker lat={39} lon={-77.5} radius={5} label="US-East"><ServerRack scale={0.3} /></GlobeMarker>
 * ```
 */
export function GlobeMarker({
  lat,
  lon,
  radius,
  height = 0.4,
  color = palette.client,
  label,
  labelColor = palette.text,
  labelSize = textSize.small,
  labelSide = 'center',
  childrenFace = 'viewer',
  children,
  ...props
}: GlobeMarkerProps) {
  const { position, quaternion } = useMemo(() => {
    const position = latLonToVector3(lat, lon, radius)
    const normal = position.clone().normalize()
    return { position, quaternion: new Quaternion().setFromUnitVectors(UP, normal) }
  }, [lat, lon, radius])
  const anchorX = labelSide === 'left' ? 'right' : labelSide === 'right' ? 'left' : 'center'
  const labelX = labelSide === 'left' ? -SIDE_GAP : labelSide === 'right' ? SIDE_GAP : 0
  return (
    <group position={position} quaternion={quaternion} {...props}>
      {height > 0 && (
        <mesh position={[0, height / 2, 0]}>
          <cylinderGeometry args={[0.025, 0.025, height, 8]} />
          <meshBasicMaterial color={color} />
        </mesh>
      )}
      {children === undefined ? (
        <mesh position={[0, height, 0]}>
          <sphereGeometry args={[0.12, 16, 12]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ) : childrenFace === 'viewer' ? (
        <Billboard position={[0, height, 0]}>{children}</Billboard>
      ) : (
        <group position={[0, height, 0]}>{children}</group>
      )}
      {label && (
        <Billboard position={[0, height, 0]}>
          {/* Inside the billboard, so the gap to the side is a gap on screen. */}
          <Label
            text={label}
            size={labelSize}
            color={labelColor}
            outline
            anchorX={anchorX}
            anchorY={labelSide === 'center' ? 'bottom' : 'middle'}
            position={[labelX, labelSide === 'center' ? LABEL_GAP : 0, LABEL_FORWARD]}
          />
        </Billboard>
      )}
    </group>
  )
}

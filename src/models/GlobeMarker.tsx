import { Billboard } from '@react-three/drei'
import { useThree, type ThreeElements } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { Quaternion, Vector3, type Group, type Material, type Object3D } from 'three'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { easeInOut } from '../timeline/easing'
import { facingEye, latLonToVector3 } from '../world/geo'
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
   * A nudge of the label on screen (world units, x right and y up, after `labelSide`): moves a
   * name off a neighbour's name where two places are close on the map.
   */
  labelOffset?: readonly [number, number]
  /**
   * Facing (the cosine between the marker's outward normal and its direction to the camera)
   * below which the label is gone, and above which it shows fully: names are drawn over the
   * globe, so a name whose place has gone round the back must go with it.
   */
  labelFade?: readonly [number, number]
  /**
   * How much of the label shows at a chapter time (0–1), on top of the fade at the limb: to clear
   * the names while the camera looks elsewhere. Omitted, always.
   */
  labelShown?: (local: number) => number
  /**
   * Shrinks the whole marker away as it turns behind the globe (between these facings), so a
   * far-side marker never pokes over the horizon without its name. Omitted, it always shows.
   */
  hideBehind?: readonly [number, number]
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
 * A label fully shows up to about 81° off the line of sight to the camera and is gone by 90°, as
 * its place goes over the horizon (the surface point; a marker's top stays in sight a little
 * longer).
 */
const LABEL_FADE = [0, 0.15] as const

const scratch = { top: new Vector3(), eye: new Vector3() }

/** Eased 0→1 as `x` goes from `lo` to `hi`. */
function between(x: number, [lo, hi]: readonly [number, number]): number {
  return easeInOut((x - lo) / (hi - lo))
}

/**
 * Sets the opacity of every text below `root` (troika reads it when it draws), and draws it over
 * the globe: the fade already hides the names of places round the back, so no name is ever cut
 * in half by the globe's curve.
 */
function styleText(root: Object3D, opacity: number): void {
  root.traverse((o) => {
    const text = o as Object3D & {
      fillOpacity?: number
      outlineOpacity?: number
      material?: Material | Material[]
    }
    if (text.fillOpacity === undefined) return
    text.fillOpacity = opacity
    text.outlineOpacity = opacity
    // Troika makes its materials when the text is first laid out, so this is checked each frame.
    const materials = text.material
    for (const m of Array.isArray(materials) ? materials : materials ? [materials] : []) {
      m.depthTest = false
    }
  })
}

/**
 * A place on a globe: a thin stalk standing on the surface with a dot, or its children, on
 * top: a small server or cache model, facing the viewer like an icon pinned to the map (or
 * standing on the surface like a building). Its label fades as the place turns towards the
 * globe's edge, computed each frame from where the globe and the camera are at that time. Use
 * inside `<Globe>`.
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
  labelOffset = [0, 0],
  labelFade = LABEL_FADE,
  labelShown,
  hideBehind,
  childrenFace = 'viewer',
  children,
  ...props
}: GlobeMarkerProps) {
  const { position, quaternion } = useMemo(() => {
    const position = latLonToVector3(lat, lon, radius)
    const normal = position.clone().normalize()
    return { position, quaternion: new Quaternion().setFromUnitVectors(UP, normal) }
  }, [lat, lon, radius])
  const root = useRef<Group>(null)
  const body = useRef<Group>(null)
  const name = useRef<Group>(null)
  const get = useThree((s) => s.get)
  // After staging: the globe has turned for this frame, so the facing is this frame's.
  useChapterFrame((local) => {
    const g = root.current
    if (!g || (!label && !hideBehind)) return
    const facing = facingEye(
      g,
      scratch.top.set(0, height, 0),
      UP,
      get().camera.getWorldPosition(scratch.eye),
    )
    const shown = hideBehind ? between(facing, hideBehind) : 1
    if (body.current) {
      body.current.visible = shown > 0.001
      body.current.scale.setScalar(Math.max(shown, 0.001))
    }
    if (name.current) {
      const opacity = Math.min(shown, between(facing, labelFade), labelShown?.(local) ?? 1)
      name.current.visible = opacity > 0.001
      styleText(name.current, opacity)
    }
  }, FRAME_PHASE.draw)
  const anchorX = labelSide === 'left' ? 'right' : labelSide === 'right' ? 'left' : 'center'
  const labelX = labelSide === 'left' ? -SIDE_GAP : labelSide === 'right' ? SIDE_GAP : 0
  const labelY = labelSide === 'center' ? LABEL_GAP : 0
  return (
    <group ref={root} position={position} quaternion={quaternion} {...props}>
      <group ref={body}>
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
      </group>
      {label && (
        <Billboard ref={name} position={[0, height, 0]}>
          {/* Inside the billboard, so the gap to the side is a gap on screen. */}
          <Label
            text={label}
            size={labelSize}
            color={labelColor}
            outline
            anchorX={anchorX}
            anchorY={labelSide === 'center' ? 'bottom' : 'middle'}
            position={[labelX + labelOffset[0], labelY + labelOffset[1], LABEL_FORWARD]}
          />
        </Billboard>
      )}
    </group>
  )
}

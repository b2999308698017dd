import type { ThreeElements } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { AdditiveBlending, BackSide, Color, type Group } from 'three'
import { atmosphereFragmentShader, atmosphereVertexShader } from '../shaders/atmosphere'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { facingRotation, type LatLon } from '../world/geo'
import { landTexture } from '../world/landTexture'
import { palette } from '../world/palette'

export type GlobeProps = Omit<ThreeElements['group'], 'ref'> & {
  radius?: number
  /**
   * The place that faces the viewer (+z) at a chapter time: the globe's turn is a function of
   * the film's time, never the wall clock's. Omitted, `still` faces the viewer throughout.
   */
  turn?: (local: number) => LatLon
  still?: LatLon
}

/** Sphere segments: smooth at the limb when the globe fills half the frame. */
const SEGMENTS = 96
/** The air reaches this far beyond the surface, as a fraction of the radius. */
const ATMOSPHERE = 0.1
/** Land and sea stay readable on the night side: the map glows faintly by itself. */
const SELF_LIGHT = 0.55

/**
 * The Earth: real coastlines on a navy sea with a soft rim of air. Children are in the globe's
 * own frame and turn with it: place them with `latLonToVector3(lat, lon, radius)` (markers) or
 * `GreatCircleArc` (routes).
 *
 * ```tsx
 * <Globe radius={5} turn={(t) => facingAt(keys, t)}>
 *   <GlobeMarker lat={51.5} lon={-0.1} radius={5} />
 * </Globe>
 * ```
 */
export function Globe({
  radius = 5,
  turn,
  still = { lat: 20, lon: -30 },
  children,
  ...props
}: GlobeProps) {
  const tilt = useRef<Group>(null)
  const spin = useRef<Group>(null)
  const map = useMemo(() => landTexture(), [])
  const start = facingRotation(still)
  const uniforms = useMemo(() => {
    const outer = radius * (1 + ATMOSPHERE)
    return {
      uColor: { value: new Color(palette.atmosphere) },
      uStrength: { value: 0.85 },
      uLimb: { value: Math.sqrt(1 - (radius / outer) ** 2) },
    }
  }, [radius])
  // Staging phase: markers, billboards and arrows read the turned frame later in the frame.
  useChapterFrame((local) => {
    if (!turn || !tilt.current || !spin.current) return
    const r = facingRotation(turn(local))
    tilt.current.rotation.x = r.x
    spin.current.rotation.y = r.y
  }, FRAME_PHASE.stage)
  return (
    <group {...props}>
      <mesh>
        <sphereGeometry args={[radius * (1 + ATMOSPHERE), 64, 32]} />
        <shaderMaterial
          vertexShader={atmosphereVertexShader}
          fragmentShader={atmosphereFragmentShader}
          uniforms={uniforms}
          side={BackSide}
          blending={AdditiveBlending}
          transparent
          depthWrite={false}
        />
      </mesh>
      <group ref={tilt} rotation={[start.x, 0, 0]}>
        <group ref={spin} rotation={[0, start.y, 0]}>
          <mesh>
            <sphereGeometry args={[radius, SEGMENTS, SEGMENTS / 2]} />
            <meshStandardMaterial
              map={map}
              emissiveMap={map}
              emissive="#ffffff"
              emissiveIntensity={SELF_LIGHT}
              roughness={0.85}
              metalness={0}
            />
          </mesh>
          {children}
        </group>
      </group>
    </group>
  )
}

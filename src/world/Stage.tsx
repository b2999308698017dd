import { Ground } from './Ground'
import { palette } from './palette'

/** Fog starts behind the typical framing and hides the far edge of the world. */
const FOG_NEAR = 40
const FOG_FAR = 90

/**
 * The stage every chapter shares: background, fog, lights and ground. Lighting is a soft key from
 * the upper left, a cool fill and a sky/ground ambient, with no real-time shadows: cheap in
 * software GL, and the emissive accents carry what is active.
 */
export function Stage() {
  return (
    <>
      <color attach="background" args={[palette.background]} />
      <fog attach="fog" args={[palette.background, FOG_NEAR, FOG_FAR]} />
      <hemisphereLight args={['#c7d2fe', '#0f172a', 0.9]} />
      <directionalLight position={[-8, 14, 10]} intensity={1.6} />
      <directionalLight position={[10, 6, -6]} intensity={0.5} color="#93c5fd" />
      <Ground />
    </>
  )
}

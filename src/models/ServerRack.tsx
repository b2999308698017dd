import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type ServerRackProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** 'ok' is the server colour; 'failed' turns it dark red; 'busy' glows hot. */
  status?: 'ok' | 'busy' | 'failed'
  /** Rack units stacked in the chassis. */
  units?: number
}

/** Chassis size in world units: tall enough to read as a rack next to a person (1.7 tall). */
const WIDTH = 1.6
const UNIT_HEIGHT = 0.62
const DEPTH = 1.3
const GAP = 0.08

/**
 * A web server: a dark chassis with glowing, coloured rack units facing the camera.
 *
 * ```tsx
 * <ServerRack position={[8, 0, 0]} status="busy" />
 * ```
 */
export function ServerRack({
  color = palette.server,
  status = 'ok',
  units = 3,
  children,
  ...props
}: ServerRackProps) {
  // A failed server goes dark red, so a bright failure mark on it stands out.
  const lit = status === 'failed' ? palette.failureDark : color
  const glow = status === 'busy' ? 1.4 : status === 'failed' ? 0.5 : 0.45
  const height = units * UNIT_HEIGHT + GAP * 2
  return (
    <group {...props}>
      <RoundedBox args={[WIDTH, height, DEPTH]} radius={0.08} position={[0, height / 2, 0]}>
        <meshStandardMaterial color="#1f2937" roughness={0.6} metalness={0.3} />
      </RoundedBox>
      {Array.from({ length: units }, (_, i) => {
        const y = GAP + UNIT_HEIGHT * (i + 0.5)
        return (
          <group key={i} position={[0, y, DEPTH / 2 + 0.01]}>
            <mesh>
              <boxGeometry args={[WIDTH - 0.2, UNIT_HEIGHT - 0.14, 0.04]} />
              <meshStandardMaterial
                color={lit}
                emissive={lit}
                emissiveIntensity={glow}
                roughness={0.4}
              />
            </mesh>
            {/* Status lights: small, bright, for scale and life. */}
            {[0, 1, 2].map((k) => (
              <mesh key={k} position={[-WIDTH / 2 + 0.28 + k * 0.16, 0, 0.03]}>
                <circleGeometry args={[0.045, 12]} />
                <meshBasicMaterial color={status === 'failed' ? '#fecaca' : '#ecfccb'} />
              </mesh>
            ))}
          </group>
        )
      })}
      {children}
    </group>
  )
}

/** Height of a rack with `units` units, for placing labels above it. */
export function serverRackHeight(units = 3): number {
  return units * UNIT_HEIGHT + GAP * 2
}

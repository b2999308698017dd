import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type ApiGatewayProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Width of the opening between the pillars, in world units. */
  span?: number
  /** Checkpoint lamps across the lintel: one per check a request passes (auth, rate, route…). */
  checks?: number
}

/** Pillars: tall and slim, so the gate reads as a doorway rather than a box. */
const PILLAR_WIDTH = 0.45
const PILLAR_HEIGHT = 2.4
const DEPTH = 0.9
const LINTEL_HEIGHT = 0.5
/** The lamps sit in the lintel's face, evenly spread, each a small glowing disc. */
const LAMP_RADIUS = 0.12

/**
 * An API gateway: the one door every request walks through, drawn as a gate (two pillars and a
 * lintel) with a row of checkpoint lamps, and a glowing threshold a request crosses. Requests
 * pass along +z, through the opening; origin at the middle of the threshold, on the ground.
 *
 * ```tsx
 * <ApiGateway position={[0, 0, 0]} checks={5} />
 * ```
 */
export function ApiGateway({
  color = palette.balancer,
  span = 2.4,
  checks = 3,
  children,
  ...props
}: ApiGatewayProps) {
  const width = span + 2 * PILLAR_WIDTH
  const pitch = span / (checks + 1)
  return (
    <group {...props}>
      {[-1, 1].map((s) => (
        <RoundedBox
          key={s}
          args={[PILLAR_WIDTH, PILLAR_HEIGHT, DEPTH]}
          radius={0.06}
          position={[s * (span / 2 + PILLAR_WIDTH / 2), PILLAR_HEIGHT / 2, 0]}
        >
          <meshStandardMaterial color="#1f2937" roughness={0.5} metalness={0.3} />
        </RoundedBox>
      ))}
      <RoundedBox
        args={[width, LINTEL_HEIGHT, DEPTH]}
        radius={0.06}
        position={[0, PILLAR_HEIGHT + LINTEL_HEIGHT / 2, 0]}
      >
        <meshStandardMaterial color="#1f2937" roughness={0.5} metalness={0.3} />
      </RoundedBox>
      {Array.from({ length: checks }, (_, i) => (
        <mesh
          key={i}
          position={[
            -span / 2 + pitch * (i + 1),
            PILLAR_HEIGHT + LINTEL_HEIGHT / 2,
            DEPTH / 2 + 0.01,
          ]}
        >
          <circleGeometry args={[LAMP_RADIUS, 24]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ))}
      {/* The threshold: a lit strip on the ground between the pillars. */}
      <mesh position={[0, 0.02, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <planeGeometry args={[span, DEPTH]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.6} />
      </mesh>
      {/* Inner edges of the pillars glow, framing the doorway. */}
      {[-1, 1].map((s) => (
        <mesh key={s} position={[s * (span / 2 + 0.04), PILLAR_HEIGHT / 2, DEPTH / 2 + 0.01]}>
          <planeGeometry args={[0.08, PILLAR_HEIGHT]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ))}
      {children}
    </group>
  )
}

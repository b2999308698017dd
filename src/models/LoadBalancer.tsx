import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type LoadBalancerProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/** The three outputs drawn on its face: one input fanning out to several servers. */
const FAN = [-0.45, 0, 0.45]

/**
 * A load balancer: a wide, low appliance with a fan-out mark on its face (one line in, many
 * out), in its own colour so it never reads as a server.
 *
 * ```tsx
 * <LoadBalancer position={[-2, 0, 1.5]} />
 * ```
 */
export function LoadBalancer({ color = palette.balancer, children, ...props }: LoadBalancerProps) {
  return (
    <group {...props}>
      <RoundedBox args={[2.4, 1.2, 1.6]} radius={0.12} position={[0, 0.6, 0]}>
        <meshStandardMaterial color="#1f2937" roughness={0.5} metalness={0.3} />
      </RoundedBox>
      <group position={[0, 0.6, 0.81]}>
        <mesh position={[-0.55, 0, 0]}>
          <planeGeometry args={[0.5, 0.1]} />
          <meshBasicMaterial color={color} />
        </mesh>
        {FAN.map((y) => (
          <mesh key={y} position={[0.2, y / 2, 0]} rotation={[0, 0, Math.atan2(y, 0.8)]}>
            <planeGeometry args={[Math.hypot(0.8, y), 0.1]} />
            <meshBasicMaterial color={color} />
          </mesh>
        ))}
      </group>
      {children}
    </group>
  )
}

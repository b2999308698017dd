import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type DnsServerProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/**
 * The Domain Name System: a directory tower with a globe on top, because it maps names anywhere
 * in the world to addresses.
 *
 * ```tsx
 * <DnsServer position={[0, 0, -6]} />
 * ```
 */
export function DnsServer({ color = palette.dns, children, ...props }: DnsServerProps) {
  return (
    <group {...props}>
      <mesh position={[0, 0.9, 0]}>
        <cylinderGeometry args={[0.55, 0.75, 1.8, 6]} />
        <meshStandardMaterial color="#1e293b" roughness={0.5} metalness={0.2} />
      </mesh>
      {/* Three glowing bands: the directory's entries. */}
      {[0.45, 0.9, 1.35].map((y) => (
        <mesh key={y} position={[0, y, 0]}>
          <cylinderGeometry args={[0.7 - y * 0.09, 0.72 - y * 0.09, 0.12, 6]} />
          <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.8} />
        </mesh>
      ))}
      <mesh position={[0, 2.35, 0]}>
        <sphereGeometry args={[0.5, 24, 16]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.35} wireframe />
      </mesh>
      <mesh position={[0, 2.35, 0]}>
        <sphereGeometry args={[0.44, 24, 16]} />
        <meshStandardMaterial color="#0c4a6e" roughness={0.4} />
      </mesh>
      {children}
    </group>
  )
}

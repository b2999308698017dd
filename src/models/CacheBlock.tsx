import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { palette } from '../world/palette'

export type CacheBlockProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  size?: number
}

/**
 * A cache: a compact, bright orange block of memory chips, small because it holds little and
 * bright because it is fast.
 *
 * ```tsx
 * <CacheBlock position={[3, 0, 0]} />
 * ```
 */
export function CacheBlock({
  color = palette.cache,
  size = 1,
  children,
  ...props
}: CacheBlockProps) {
  return (
    <group {...props}>
      <RoundedBox
        args={[1.4 * size, 0.5 * size, 0.9 * size]}
        radius={0.06}
        position={[0, 0.25 * size, 0]}
      >
        <meshStandardMaterial
          color={color}
          emissive={color}
          emissiveIntensity={0.45}
          roughness={0.4}
        />
      </RoundedBox>
      {/* Chips on top: reads as memory rather than a plain box. */}
      {[-0.45, -0.15, 0.15, 0.45].map((x) => (
        <mesh key={x} position={[x * size, 0.55 * size, 0]}>
          <boxGeometry args={[0.2 * size, 0.1 * size, 0.5 * size]} />
          <meshStandardMaterial color="#292524" />
        </mesh>
      ))}
      {children}
    </group>
  )
}

import type { ThreeElements } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import { Object3D, type InstancedMesh } from 'three'
import { palette } from '../world/palette'
import { instancesMoved } from '../world/rewritten'

export type DatabaseSwarmProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Where each database stands (its base), relative to this group. */
  positions: readonly (readonly [number, number, number])[]
  radius?: number
  height?: number
  color?: string
}

const scratch = new Object3D()

/**
 * Many small database icons (a cylinder with a bright top rim) in two draw calls, for diagrams
 * that show a database's copies: replicas, shards. The single DatabaseCylinder draws six meshes,
 * which a wide shot with a dozen databases cannot afford.
 *
 * ```tsx
 * <DatabaseSwarm positions={[[0, 0, 0], [2, 0, 0]]} />
 * ```
 */
export function DatabaseSwarm({
  positions,
  radius = 0.5,
  height = 1.1,
  color = palette.database,
  ...props
}: DatabaseSwarmProps) {
  const bodies = useRef<InstancedMesh>(null)
  const rims = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    positions.forEach(([x, y, z], i) => {
      scratch.rotation.set(0, 0, 0)
      scratch.position.set(x, y + height / 2, z)
      scratch.updateMatrix()
      bodies.current?.setMatrixAt(i, scratch.matrix)
      scratch.position.set(x, y + height + 0.01, z)
      scratch.rotation.set(-Math.PI / 2, 0, 0)
      scratch.updateMatrix()
      rims.current?.setMatrixAt(i, scratch.matrix)
    })
    for (const mesh of [bodies.current, rims.current]) {
      if (mesh) instancesMoved(mesh)
    }
  }, [positions, height])
  return (
    <group {...props}>
      <instancedMesh ref={bodies} args={[undefined, undefined, positions.length]}>
        <cylinderGeometry args={[radius, radius, height, 32]} />
        <meshStandardMaterial
          color={color}
          emissive={color}
          emissiveIntensity={0.35}
          roughness={0.35}
        />
      </instancedMesh>
      <instancedMesh ref={rims} args={[undefined, undefined, positions.length]}>
        <ringGeometry args={[radius * 0.82, radius, 32]} />
        <meshBasicMaterial color="#bfdbfe" />
      </instancedMesh>
    </group>
  )
}

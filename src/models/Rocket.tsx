import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import type { Group } from 'three'
import { palette } from '../world/palette'

export type RocketProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
  /** Nose and fins. */
  trim?: string
  /** Flame length at mount, 0 (engine off) to 1; `setThrust` changes it. */
  thrust?: number
}

/** Sets the flame's length, 0 (off) to 1 (full), from a per-frame callback. */
export interface RocketHandle {
  setThrust(thrust: number): void
}

/** Body proportions, world units: about three units tall, a person and a half. */
const RADIUS = 0.42
const BODY = 1.9
const NOSE = 0.8
const FLAME = 1.3

/**
 * A cartoon rocket standing on its tail: body, nose cone, porthole, three fins, and a two-tone
 * flame under it whose length follows the thrust. Origin: the bottom of the body (the pad).
 *
 * ```tsx
 * <Rocket position={[0, 0.3, 0]} thrust={0} />
 * ```
 */
export const Rocket = forwardRef<RocketHandle, RocketProps>(function Rocket(
  { color = palette.client, trim = palette.accent, thrust = 0, children, ...props },
  ref,
) {
  const flame = useRef<Group>(null)
  const handle = useMemo<RocketHandle>(
    () => ({
      setThrust(x) {
        const f = flame.current
        if (!f) return
        const t = Math.min(1, Math.max(0, x))
        f.visible = t > 0.01
        f.scale.set(0.6 + 0.4 * t, Math.max(t, 0.01), 0.6 + 0.4 * t)
      },
    }),
    [],
  )
  useImperativeHandle(ref, () => handle, [handle])
  useLayoutEffect(() => handle.setThrust(thrust), [handle, thrust])
  return (
    <group {...props}>
      <mesh position={[0, BODY / 2, 0]}>
        <cylinderGeometry args={[RADIUS, RADIUS * 0.85, BODY, 32]} />
        <meshStandardMaterial
          color={color}
          emissive={color}
          emissiveIntensity={0.15}
          roughness={0.5}
        />
      </mesh>
      <mesh position={[0, BODY + NOSE / 2, 0]}>
        <coneGeometry args={[RADIUS, NOSE, 32]} />
        <meshStandardMaterial color={trim} roughness={0.5} />
      </mesh>
      <mesh position={[0, BODY * 0.68, RADIUS * 0.98]}>
        <circleGeometry args={[RADIUS * 0.42, 24]} />
        <meshBasicMaterial color={palette.response} />
      </mesh>
      {[0, (2 * Math.PI) / 3, (4 * Math.PI) / 3].map((a) => (
        <mesh
          key={a}
          position={[Math.sin(a) * RADIUS, 0.32, Math.cos(a) * RADIUS]}
          rotation={[0, a, 0]}
        >
          <boxGeometry args={[0.06, 0.64, 0.5]} />
          <meshStandardMaterial color={trim} roughness={0.5} />
        </mesh>
      ))}
      {/* The flame hangs from the nozzle: its group's origin is the nozzle, so it grows down. */}
      <group ref={flame} visible={false}>
        <mesh position={[0, -FLAME / 2, 0]} rotation={[Math.PI, 0, 0]}>
          <coneGeometry args={[RADIUS * 0.8, FLAME, 24]} />
          <meshBasicMaterial color={palette.cache} />
        </mesh>
        <mesh position={[0, -FLAME * 0.3, 0.05]} rotation={[Math.PI, 0, 0]}>
          <coneGeometry args={[RADIUS * 0.45, FLAME * 0.6, 20]} />
          <meshBasicMaterial color={palette.request} />
        </mesh>
      </group>
      {children}
    </group>
  )
})

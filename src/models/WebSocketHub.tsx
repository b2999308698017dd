import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import { Object3D, type InstancedMesh } from 'three'
import { palette } from '../world/palette'
import { instancesMoved } from '../world/rewritten'

export type WebSocketHubProps = Omit<ThreeElements['group'], 'ref'> & {
  /** Viewers holding a connection, drawn on an arc in front of the hub. */
  connections?: number
  /** Distance from the hub to each viewer, world units. */
  reach?: number
  /** The arc the viewers spread over, radians, centred on -y (below the hub, facing the camera). */
  spread?: number
  color?: string
  /** The message being pushed out. */
  pulseColor?: string
}

/** Pushes one message out along every connection: 0 at the hub, 1 at the viewers; outside, none. */
export interface WebSocketHubHandle {
  pulse(progress: number): void
}

/** The hub: a ring around a core, about a server's width across. */
const HUB_RADIUS = 0.8
const TUBE = 0.16
const LINK_RADIUS = 0.035
const VIEWER_SIZE = 0.42
const PULSE_RADIUS = 0.17
const scratch = new Object3D()

/** Where viewer `i` of `n` sits relative to the hub (the picture plane, x right, y up). */
export function webSocketViewer(
  i: number,
  n: number,
  reach = 4,
  spread = Math.PI * 0.8,
): [number, number, number] {
  const a = -Math.PI / 2 + (n === 1 ? 0 : (i / (n - 1) - 0.5) * spread)
  return [Math.cos(a) * reach, Math.sin(a) * reach, 0]
}

/**
 * A WebSocket server: a hub with one held connection to each viewer, drawn as spokes to small
 * screens. Every connection stays open, so a message reaches all viewers at once: `pulse` sends
 * a bead down every spoke together (the fan-out). Spokes and beads are two instanced draw calls.
 * Origin: the hub's centre; lies in the picture plane.
 *
 * ```tsx
 * const hub = useRef<WebSocketHubHandle>(null)
 * useChapterFrame((local) => hub.current?.pulse(local - beats.like))
 * <WebSocketHub ref={hub} connections={9} />
 * ```
 */
export const WebSocketHub = forwardRef<WebSocketHubHandle, WebSocketHubProps>(function WebSocketHub(
  {
    connections = 9,
    reach = 4,
    spread = Math.PI * 0.8,
    color = palette.server,
    pulseColor = palette.request,
    children,
    ...props
  },
  ref,
) {
  const links = useRef<InstancedMesh>(null)
  const viewers = useRef<InstancedMesh>(null)
  const beads = useRef<InstancedMesh>(null)
  const ends = useMemo(
    () =>
      Array.from({ length: connections }, (_, i) => webSocketViewer(i, connections, reach, spread)),
    [connections, reach, spread],
  )
  const handle = useMemo<WebSocketHubHandle>(
    () => ({
      pulse(progress) {
        const m = beads.current
        if (!m) return
        m.visible = progress >= 0 && progress <= 1
        if (!m.visible) return
        // Eased, so the beads leave the hub gently and arrive together.
        const p = progress * progress * (3 - 2 * progress)
        const from = HUB_RADIUS + TUBE
        ends.forEach(([x, y], i) => {
          const len = Math.hypot(x, y)
          const d = from + (len - from - VIEWER_SIZE / 2) * p
          scratch.position.set((x / len) * d, (y / len) * d, 0.05)
          scratch.scale.setScalar(1)
          scratch.updateMatrix()
          m.setMatrixAt(i, scratch.matrix)
        })
        instancesMoved(m)
      },
    }),
    [ends],
  )
  useImperativeHandle(ref, () => handle, [handle])
  useLayoutEffect(() => {
    const l = links.current
    const v = viewers.current
    if (!l || !v) return
    ends.forEach(([x, y], i) => {
      const len = Math.hypot(x, y)
      scratch.position.set(x / 2, y / 2, 0)
      scratch.rotation.set(0, 0, Math.atan2(y, x) - Math.PI / 2)
      scratch.scale.set(1, len, 1)
      scratch.updateMatrix()
      l.setMatrixAt(i, scratch.matrix)
      scratch.position.set(x, y, 0)
      scratch.rotation.set(0, 0, 0)
      scratch.scale.set(1, 1, 1)
      scratch.updateMatrix()
      v.setMatrixAt(i, scratch.matrix)
    })
    instancesMoved(l)
    instancesMoved(v)
    handle.pulse(-1)
  }, [ends, handle])
  return (
    <group {...props}>
      <mesh>
        <torusGeometry args={[HUB_RADIUS, TUBE, 16, 48]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.5} />
      </mesh>
      <mesh>
        <circleGeometry args={[HUB_RADIUS - TUBE, 32]} />
        <meshStandardMaterial color="#1f2937" />
      </mesh>
      <instancedMesh ref={links} args={[undefined, undefined, connections]} frustumCulled={false}>
        <cylinderGeometry args={[LINK_RADIUS, LINK_RADIUS, 1, 6]} />
        <meshBasicMaterial color={color} transparent opacity={0.55} />
      </instancedMesh>
      <instancedMesh ref={viewers} args={[undefined, undefined, connections]} frustumCulled={false}>
        <boxGeometry args={[VIEWER_SIZE * 1.4, VIEWER_SIZE, 0.1]} />
        <meshStandardMaterial
          color={palette.client}
          emissive={palette.client}
          emissiveIntensity={0.2}
        />
      </instancedMesh>
      <instancedMesh ref={beads} args={[undefined, undefined, connections]} frustumCulled={false}>
        <sphereGeometry args={[PULSE_RADIUS, 12, 8]} />
        <meshBasicMaterial color={pulseColor} />
      </instancedMesh>
      {children}
    </group>
  )
})

import type { ThreeElements } from '@react-three/fiber'
import { useFrame } from '@react-three/fiber'
import { useLayoutEffect, useMemo, useRef } from 'react'
import { Quaternion, TubeGeometry, Vector3, type Curve, type Mesh } from 'three'
import { SubCurve } from '../world/paths'
import { useRevealProgress } from '../world/progress'
import { palette } from '../world/palette'

export type FlowArrowProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The path, e.g. from `arcCurve(from, to)`. */
  curve: Curve<Vector3>
  color?: string
  /** Active paths glow. */
  active?: boolean
  radius?: number
  /** Leave this much of the path free at each end, so the arrow does not pierce the models. */
  inset?: number
}

/** Tube segments along the path: smooth at film sizes, cheap to draw on progressively. */
const SEGMENTS = 64
const HEAD_LENGTH = 0.45
const UP = new Vector3(0, 1, 0)
// Scratch objects for the per-frame head placement (no allocation per frame).
const tangent = new Vector3()
const turn = new Quaternion()

/**
 * An arrow along a path. Inside a `<Reveal>` it draws itself on from its source as the reveal
 * progresses.
 *
 * ```tsx
 * <FlowArrow curve={arcCurve(user, dns)} color={palette.request} active />
 * ```
 */
export function FlowArrow({
  curve,
  color = palette.textMuted,
  active = false,
  radius = 0.06,
  inset = 1.1,
  ...props
}: FlowArrowProps) {
  const progress = useRevealProgress()
  const tube = useRef<Mesh>(null)
  const head = useRef<Mesh>(null)
  const { geometry, t0, t1 } = useMemo(() => {
    const length = curve.getLength()
    const t0 = Math.min(0.45, inset / length)
    const t1 = 1 - Math.min(0.45, (inset + HEAD_LENGTH * 0.8) / length)
    const geometry = new TubeGeometry(new SubCurve(curve, t0, t1), SEGMENTS, radius, 10, false)
    return { geometry, t0, t1 }
  }, [curve, inset, radius])
  // A scene that builds its curves as it renders hands a new one on every render (every chapter
  // switch re-renders every chapter): the tube it replaces, and the last one when the arrow
  // leaves, would otherwise stay on the GPU for the rest of the film.
  useLayoutEffect(() => () => geometry.dispose(), [geometry])
  // Draw phase: runs after the enclosing Reveal has set this frame's progress.
  useFrame(() => {
    const p = progress.current
    // Each tube segment has radialSegments * 6 indices.
    geometry.setDrawRange(0, Math.round(SEGMENTS * p) * 10 * 6)
    const h = head.current
    if (h) {
      const t = t0 + (t1 - t0) * p
      curve.getPoint(t, h.position)
      h.quaternion.copy(turn.setFromUnitVectors(UP, curve.getTangent(t, tangent).normalize()))
      h.visible = p > 0.02
    }
  })
  const emissive = active ? 1.2 : 0.25
  return (
    <group {...props}>
      <mesh ref={tube} geometry={geometry}>
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={emissive} />
      </mesh>
      <mesh ref={head}>
        <coneGeometry args={[radius * 3.2, HEAD_LENGTH, 16]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={emissive} />
      </mesh>
    </group>
  )
}

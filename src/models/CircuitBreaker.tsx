import { RoundedBox } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, type Group, type MeshStandardMaterial } from 'three'
import { palette } from '../world/palette'

/** The breaker's three states, as the circuit-breaker pattern names them. */
export type CircuitBreakerState = 'closed' | 'half-open' | 'open'

/** How far the blade is lifted in each state: 0 lies on both contacts, 1 stands fully up. */
export const CIRCUIT_BREAKER_OPENNESS: Readonly<Record<CircuitBreakerState, number>> = {
  closed: 0,
  'half-open': 0.45,
  open: 1,
}

export type CircuitBreakerProps = Omit<ThreeElements['group'], 'ref'> & {
  /** The state at mount; `set` moves the blade between states frame by frame. */
  state?: CircuitBreakerState
  closedColor?: string
  halfOpenColor?: string
  openColor?: string
}

/** Moves the blade to an openness, 0 (closed) to 1 (open), from a per-frame callback. */
export interface CircuitBreakerHandle {
  set(openness: number): void
}

/** Base plate and contacts, world units: about as wide as a server rack, so it sits on a route. */
const BASE_WIDTH = 2.2
const BASE_HEIGHT = 0.22
const BASE_DEPTH = 0.9
const CONTACT_SPAN = 1.5
const CONTACT_HEIGHT = 0.45
const BLADE_LENGTH = CONTACT_SPAN
const BLADE_THICKNESS = 0.14
/** A fully open blade stands at this angle: clearly lifted, yet still reads as a switch. */
const OPEN_ANGLE = (65 * Math.PI) / 180
/** The lamp: a bulb on a short post behind the far contact, the colour of the state. */
const LAMP_RADIUS = 0.26

/**
 * A circuit breaker drawn as a knife switch: a blade hinged on one contact that lies on the other
 * when CLOSED (calls pass, lamp green), lifts part way when HALF_OPEN (a few trial calls, amber)
 * and stands up when OPEN (calls are refused at once, red). Calls run along +x, hinge to far
 * contact; origin: the middle of the base, on the ground.
 *
 * ```tsx
 * const breaker = useRef<CircuitBreakerHandle>(null)
 * useChapterFrame((local) => breaker.current?.set(opennessAt(local)))
 * <CircuitBreaker ref={breaker} state="closed" />
 * ```
 */
export const CircuitBreaker = forwardRef<CircuitBreakerHandle, CircuitBreakerProps>(
  function CircuitBreaker(
    {
      state = 'closed',
      closedColor = palette.success,
      halfOpenColor = palette.accent,
      openColor = palette.failure,
      children,
      ...props
    },
    ref,
  ) {
    const blade = useRef<Group>(null)
    const lamp = useRef<MeshStandardMaterial>(null)
    const colors = useMemo(
      () => ({
        closed: new Color(closedColor),
        half: new Color(halfOpenColor),
        open: new Color(openColor),
        mix: new Color(),
      }),
      [closedColor, halfOpenColor, openColor],
    )
    const handle = useMemo<CircuitBreakerHandle>(
      () => ({
        set(openness) {
          const o = Math.min(1, Math.max(0, openness))
          if (blade.current) blade.current.rotation.z = o * OPEN_ANGLE
          // Green to amber over the first half of the lift, amber to red over the rest.
          const half = CIRCUIT_BREAKER_OPENNESS['half-open']
          const { mix } = colors
          if (o <= half) mix.copy(colors.closed).lerp(colors.half, o / half)
          else mix.copy(colors.half).lerp(colors.open, (o - half) / (1 - half))
          if (lamp.current) {
            lamp.current.color.copy(mix)
            lamp.current.emissive.copy(mix)
          }
        },
      }),
      [colors],
    )
    useImperativeHandle(ref, () => handle, [handle])
    useLayoutEffect(() => handle.set(CIRCUIT_BREAKER_OPENNESS[state]), [handle, state])
    const hingeX = -CONTACT_SPAN / 2
    const contactTop = BASE_HEIGHT + CONTACT_HEIGHT
    return (
      <group {...props}>
        <RoundedBox
          args={[BASE_WIDTH, BASE_HEIGHT, BASE_DEPTH]}
          radius={0.05}
          position={[0, BASE_HEIGHT / 2, 0]}
        >
          <meshStandardMaterial color="#1f2937" roughness={0.6} metalness={0.3} />
        </RoundedBox>
        {[-1, 1].map((s) => (
          <mesh key={s} position={[(s * CONTACT_SPAN) / 2, BASE_HEIGHT + CONTACT_HEIGHT / 2, 0]}>
            <boxGeometry args={[0.22, CONTACT_HEIGHT, 0.4]} />
            <meshStandardMaterial color="#94a3b8" roughness={0.3} metalness={0.8} />
          </mesh>
        ))}
        {/* The blade pivots at the hinge contact's top; its far end rests on the other contact. */}
        <group ref={blade} position={[hingeX, contactTop, 0]}>
          <mesh position={[BLADE_LENGTH / 2, BLADE_THICKNESS / 2, 0]}>
            <boxGeometry args={[BLADE_LENGTH, BLADE_THICKNESS, 0.26]} />
            <meshStandardMaterial color="#e2e8f0" roughness={0.25} metalness={0.9} />
          </mesh>
          <mesh position={[BLADE_LENGTH, BLADE_THICKNESS + 0.2, 0]}>
            <cylinderGeometry args={[0.09, 0.09, 0.4, 12]} />
            <meshStandardMaterial color={palette.failureDark} roughness={0.5} />
          </mesh>
        </group>
        <mesh position={[0, BASE_HEIGHT + 0.35, -BASE_DEPTH / 2 + 0.1]}>
          <cylinderGeometry args={[0.05, 0.05, 0.7, 8]} />
          <meshStandardMaterial color="#475569" />
        </mesh>
        <mesh position={[0, BASE_HEIGHT + 0.7 + LAMP_RADIUS, -BASE_DEPTH / 2 + 0.1]}>
          <sphereGeometry args={[LAMP_RADIUS, 20, 14]} />
          <meshStandardMaterial ref={lamp} emissiveIntensity={1.2} roughness={0.3} />
        </mesh>
        {children}
      </group>
    )
  },
)

/** Height of the breaker's lamp top, for placing a label above it. */
export function circuitBreakerHeight(): number {
  return BASE_HEIGHT + 0.7 + 2 * LAMP_RADIUS
}

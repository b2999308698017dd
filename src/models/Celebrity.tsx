import type { ThreeElements } from '@react-three/fiber'
import { useMemo } from 'react'
import { Shape } from 'three'
import { palette } from '../world/palette'
import { UserFigure } from './UserFigure'

export type CelebrityProps = Omit<ThreeElements['group'], 'ref'> & {
  color?: string
}

/** Points of the star, and its inner radius as a share of the outer. */
const POINTS = 5
const INNER = 0.45
/** The star floats above the figure's head (the head's top is at about 1.9). */
const STAR_Y = 2.55
const STAR_RADIUS = 0.45

/**
 * A celebrity: a person in gold with a star over the head. The icon for one very popular user
 * whose data everyone reads (the hotspot problem).
 *
 * ```tsx
 * <Celebrity position={[-8, 0, 1]} />
 * ```
 */
export function Celebrity({ color = palette.accent, children, ...props }: CelebrityProps) {
  const star = useMemo(() => {
    const s = new Shape()
    for (let i = 0; i < POINTS * 2; i++) {
      const r = i % 2 === 0 ? STAR_RADIUS : STAR_RADIUS * INNER
      const a = Math.PI / 2 + (i * Math.PI) / POINTS
      if (i === 0) s.moveTo(Math.cos(a) * r, Math.sin(a) * r)
      else s.lineTo(Math.cos(a) * r, Math.sin(a) * r)
    }
    s.closePath()
    return s
  }, [])
  return (
    <group {...props}>
      <UserFigure color={color} />
      <mesh position={[0, STAR_Y, 0]}>
        <shapeGeometry args={[star]} />
        <meshBasicMaterial color={color} />
      </mesh>
      {children}
    </group>
  )
}

import { useMemo } from 'react'
import { Color } from 'three'
import { gridFragmentShader, gridVertexShader } from '../shaders/grid'
import { palette } from './palette'

/** Grid cell size in world units: about one model's footprint. */
const CELL = 2
/** Radius where the grid has faded into the background. */
const FADE_RADIUS = 60

/** The floor every chapter stands on. */
export function Ground() {
  const uniforms = useMemo(
    () => ({
      uLine: { value: new Color(palette.grid) },
      uGround: { value: new Color(palette.ground) },
      uBackground: { value: new Color(palette.background) },
      uCell: { value: CELL },
      uFade: { value: FADE_RADIUS },
    }),
    [],
  )
  return (
    <mesh name="Ground" rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.01, 0]}>
      <planeGeometry args={[FADE_RADIUS * 2.2, FADE_RADIUS * 2.2]} />
      <shaderMaterial
        vertexShader={gridVertexShader}
        fragmentShader={gridFragmentShader}
        uniforms={uniforms}
        extensions={{ derivatives: true } as never}
      />
    </mesh>
  )
}

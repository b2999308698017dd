import { useMemo } from 'react'
import { Color } from 'three'
import { gridFragmentShader, gridVertexShader } from '../shaders/grid'
import { palette } from './palette'

/** Grid cell size in world units: about one model's footprint. */
const CELL = 2
/** Radius where the grid has faded into the background. */
const FADE_RADIUS = 60

/**
 * Draw order among the opaque objects: after them. three sorts opaque objects by material
 * before distance, so the ground could be drawn before models that then shaded its pixels a
 * second time; drawn last, its pixels behind a model fail the depth test before they are
 * shaded. The grid is a large part of a frame's drawing on a software GL (up to 4 % less
 * drawing on llvmpipe at 1080p; the same pixels, since the ground lies below everything opaque).
 */
const AFTER_THE_MODELS = 1

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
    <mesh
      name="Ground"
      renderOrder={AFTER_THE_MODELS}
      rotation={[-Math.PI / 2, 0, 0]}
      position={[0, -0.01, 0]}
    >
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

import { useFrame } from '@react-three/fiber'
import { useMemo, useRef, type RefObject } from 'react'
import { Color, type Mesh } from 'three'
import { veilFragmentShader, veilVertexShader } from '../shaders/veil'
import { FRAME_PHASE } from '../timeline/ChapterTime'
import { palette } from './palette'

export type VeilProps = {
  /** This frame's opacity, set by the owner before the draw phase. */
  opacity: RefObject<number>
}

/**
 * A full-screen quad in the background colour, drawn over everything else in its scene: fades
 * dip through it. It is part of the scene, so exports see exactly what playback shows.
 */
export function Veil({ opacity }: VeilProps) {
  const uniforms = useMemo(
    () => ({ uColor: { value: new Color(palette.background) }, uOpacity: { value: 0 } }),
    [],
  )
  const mesh = useRef<Mesh>(null)
  useFrame(() => {
    const value = opacity.current ?? 0
    uniforms.uOpacity.value = value
    // A clear veil leaves every pixel as it was (alpha 0 blends to the colour beneath), yet
    // drawing it still costs a pass over the whole frame: on llvmpipe, over a quarter of a 1080p
    // frame's drawing at 75 s of the first film. Most frames have none, so it is drawn only
    // while it shows.
    if (mesh.current) mesh.current.visible = value > 0
  }, FRAME_PHASE.draw)
  return (
    // Marked so that a text probe knows the frame behind it is faded out.
    <mesh
      ref={mesh}
      name="Veil"
      frustumCulled={false}
      renderOrder={10_000}
      userData={{ veil: true }}
    >
      <planeGeometry args={[2, 2]} />
      <shaderMaterial
        vertexShader={veilVertexShader}
        fragmentShader={veilFragmentShader}
        uniforms={uniforms}
        transparent
        depthTest={false}
        depthWrite={false}
      />
    </mesh>
  )
}

import { useFrame } from '@react-three/fiber'
import { useContext, useMemo, useRef } from 'react'
import { Color, type ShaderMaterial } from 'three'
import { easeInOut } from '../timeline/easing'
import { DrawnFrameContext } from '../timeline/ChapterTime'
import { veilFragmentShader, veilVertexShader } from '../shaders/veil'
import { palette } from './palette'

/** Each side of a chapter cut fades over this long, so a transition takes about one second. */
export const TRANSITION_HALF_SECONDS = 0.5

export type TransitionVeilProps = {
  /** Chapter lengths in film order, to know where the cuts are. */
  durations: readonly number[]
}

/** Fades to the background colour at the end of a chapter and back up at the start of the next. */
export function TransitionVeil({ durations }: TransitionVeilProps) {
  const drawn = useContext(DrawnFrameContext)
  const material = useRef<ShaderMaterial>(null)
  const uniforms = useMemo(
    () => ({ uColor: { value: new Color(palette.background) }, uOpacity: { value: 0 } }),
    [],
  )
  useFrame(() => {
    if (!drawn || !material.current) return
    const { index, local } = drawn.current
    const duration = durations[index] ?? 0
    const fadeIn = index === 0 ? 0 : 1 - easeInOut(local / TRANSITION_HALF_SECONDS)
    const fadeOut =
      index === durations.length - 1
        ? 0
        : easeInOut((local - (duration - TRANSITION_HALF_SECONDS)) / TRANSITION_HALF_SECONDS)
    uniforms.uOpacity.value = Math.max(fadeIn, fadeOut)
  })
  return (
    <mesh frustumCulled={false} renderOrder={10_000}>
      <planeGeometry args={[2, 2]} />
      <shaderMaterial
        ref={material}
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

import { Billboard, Text } from '@react-three/drei'
import type { ThreeElements } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import type { Mesh } from 'three'
import { useFrameHolds } from '../timeline/HoldsContext'
import { palette } from '../world/palette'
import { GPU_SDF } from '../world/glyphAtlas'
import { assertDrawable, fonts, textSize } from '../world/typography'

export type LabelProps = Omit<ThreeElements['group'], 'ref' | 'children'> & {
  text: string
  size?: number
  color?: string
  weight?: 'regular' | 'bold' | 'mono'
  /** Wraps text at this width (world units). */
  maxWidth?: number
  anchorX?: 'left' | 'center' | 'right'
  anchorY?: 'top' | 'middle' | 'bottom'
  textAlign?: 'left' | 'center' | 'right'
  /** Turns to face the camera, for labels over 3D objects seen from changing angles. */
  billboard?: boolean
  /** A dark outline that keeps text readable over bright geometry. */
  outline?: boolean
  lineHeight?: number
}

type SyncingMesh = Mesh & { _isSyncing?: boolean }

/**
 * Large, readable text in the scene, in the film's font. The frame that first shows it waits
 * until its glyphs are laid out (troika does that off the main thread), so a seek never returns
 * a frame with missing text.
 *
 * ```tsx
 * <Label text="Web server" position={[0, 2, 0]} billboard />
 * ```
 */
export function Label({
  text,
  size = textSize.label,
  color = palette.text,
  weight = 'bold',
  maxWidth,
  anchorX = 'center',
  anchorY = 'middle',
  textAlign = 'center',
  billboard = false,
  outline = false,
  lineHeight = 1.2,
  ...props
}: LabelProps) {
  assertDrawable(text)
  const mesh = useRef<SyncingMesh>(null)
  const holds = useFrameHolds()
  useLayoutEffect(() => {
    const m = mesh.current
    if (!m || !holds) return
    let release: (() => void) | null = null
    const start = (): void => {
      release ??= holds.hold(`label:${text}`)
    }
    const done = (): void => {
      release?.()
      release = null
    }
    m.addEventListener('syncstart' as never, start)
    m.addEventListener('synccomplete' as never, done)
    // The first layout may have begun before these listeners existed.
    if (m._isSyncing) start()
    return () => {
      m.removeEventListener('syncstart' as never, start)
      m.removeEventListener('synccomplete' as never, done)
      done()
    }
  }, [holds, text])
  const body = (
    <Text
      ref={mesh}
      font={fonts[weight]}
      fontSize={size}
      color={color}
      maxWidth={maxWidth}
      anchorX={anchorX}
      anchorY={anchorY}
      textAlign={textAlign}
      lineHeight={lineHeight}
      outlineWidth={outline ? size * 0.08 : 0}
      outlineColor={palette.background}
      // drei passes it on to troika's Text; its typings leave it out.
      {...{ gpuAccelerateSDF: GPU_SDF }}
    >
      {text}
    </Text>
  )
  return <group {...props}>{billboard ? <Billboard>{body}</Billboard> : body}</group>
}

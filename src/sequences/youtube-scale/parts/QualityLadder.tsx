import { useRef } from 'react'
import type { Group } from 'three'
import { Label } from '../../../models/Label'
import { FRAME_PHASE, useChapterFrame } from '../../../timeline/ChapterTime'
import { palette } from '../../../world/palette'
import { text } from '../layout'

export type QualityLadderProps = {
  /** The rungs, lowest first, as the player names them. */
  rungs: readonly string[]
  width: number
  pitch: number
  /** Each rung is this much taller than the one below. */
  step: number
  /** The rung playing at a chapter time, or -1 for none. */
  playing: (local: number) => number
  position?: [number, number, number]
}

/** The frame around the playing rung stands this far out from it. */
const FRAME_MARGIN = 0.14

/**
 * The adaptive-bitrate ladder: one bar per quality, taller for more bits, with its name under
 * it; a bright frame marks the rung the player is fetching now. Origin: the first rung's foot.
 */
export function QualityLadder({
  rungs,
  width,
  pitch,
  step,
  playing,
  position,
}: QualityLadderProps) {
  const frame = useRef<Group>(null)
  useChapterFrame((local) => {
    const g = frame.current
    if (!g) return
    const i = playing(local)
    g.visible = i >= 0
    if (i < 0) return
    const h = step * (i + 1)
    g.position.set(i * pitch, h / 2, -0.02)
    g.scale.set(width + FRAME_MARGIN * 2, h + FRAME_MARGIN * 2, 1)
  }, FRAME_PHASE.stage)
  return (
    <group position={position}>
      {rungs.map((name, i) => {
        const h = step * (i + 1)
        return (
          <group key={name} position={[i * pitch, 0, 0]}>
            <mesh position={[0, h / 2, 0]}>
              <planeGeometry args={[width, h]} />
              <meshBasicMaterial
                color={palette.cache}
                transparent
                opacity={0.35 + (0.6 * i) / rungs.length}
              />
            </mesh>
            <Label text={name} size={text.body} position={[0, -0.55, 0]} />
          </group>
        )
      })}
      <group ref={frame}>
        <mesh>
          <planeGeometry args={[1, 1]} />
          <meshBasicMaterial color={palette.accent} />
        </mesh>
      </group>
    </group>
  )
}

import { useFrame } from '@react-three/fiber'
import { useContext, useRef } from 'react'
import { chapterVeil, type BridgePlan } from '../timeline/bridge'
import { DrawnFrameContext, FRAME_PHASE } from '../timeline/ChapterTime'
import { Veil } from './Veil'

export type TransitionVeilProps = {
  /** Chapter lengths in film order, to know where the cuts are. */
  durations: readonly number[]
  /** The film's bridges, if it has a map: those chapters fade out as their bridge begins. */
  bridges: BridgePlan | null
}

/** Fades to the background colour at the end of a chapter and back up at the start of the next. */
export function TransitionVeil({ durations, bridges }: TransitionVeilProps) {
  const drawn = useContext(DrawnFrameContext)
  const opacity = useRef(0)
  useFrame(() => {
    if (!drawn) return
    const { index, local } = drawn.current
    opacity.current = chapterVeil(bridges, durations, index, local)
  }, FRAME_PHASE.stage)
  return <Veil opacity={opacity} />
}

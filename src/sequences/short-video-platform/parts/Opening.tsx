import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import type { Vec3 } from '../../../world/paths'
import { HEADING, inShot, shotCamera } from '../layout'

export type OpeningProps = {
  active: boolean
  /** The chapter's first shot: the camera starts on it and the heading stands in it. */
  shot: Vec3
  title: string
  /** When the heading rises and when it leaves for the first content. */
  at: number
  until: number
}

/**
 * How every chapter of this film opens: its camera (keyframed in state/) starting on the first
 * shot, and the chapter's heading in the middle of that shot until the first content arrives.
 */
export function Opening({ active, shot, title, at, until }: OpeningProps) {
  const camera = shotCamera(shot)
  return (
    <>
      <ChapterCamera active={active} position={camera.position} target={camera.target} />
      <ChapterHeading title={title} at={at} until={until} position={inShot(shot, HEADING)} />
    </>
  )
}

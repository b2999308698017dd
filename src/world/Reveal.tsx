import { useRef, type ReactNode } from 'react'
import type { Group, Material, Object3D } from 'three'
import { ramp } from '../timeline/easing'
import { FRAME_PHASE, useChapterFrame } from '../timeline/ChapterTime'
import { materialsBelow, setTransparent } from './materialsBelow'
import { RevealProgressContext } from './progress'
import { presenceOf, Staged, type PresenceObject } from './Staged'

/** How long an appearance takes unless a chapter says otherwise: quick, but easy to follow. */
export const REVEAL_SECONDS = 0.8
/** A 'pop' starts at this fraction of full size, so it reads as growing, not as zooming in. */
const POP_START_SCALE = 0.6

export type RevealProps = {
  /** Chapter-local second the children start to appear (a beat from the script). */
  at: number
  /** Chapter-local second they start to leave; omitted, they stay to the chapter's end. */
  until?: number
  duration?: number
  /** 'pop' grows and fades in, 'rise' lifts up and fades in, 'fade' only fades. */
  effect?: 'pop' | 'rise' | 'fade'
  /** How far 'rise' lifts, in world units. */
  lift?: number
  position?: [number, number, number]
  /**
   * Makes this a staged object: its key in the studio ('Load balancer', 'Server 2'), under which
   * Theatre owns its place, turn, size and presence. Unnamed, it is only an entrance.
   */
  name?: string
  children: ReactNode
}

interface Faded {
  material: Material
  base: number
}

/**
 * Materials below `root`, not descending into nested Reveals (they fade their own), made
 * transparent (once: each later toggle would compile another shader) with their own opacity kept.
 */
function collectMaterials(root: Object3D): Faded[] {
  return materialsBelow(root, (o) => Boolean(o.userData.reveal)).map((material) => {
    const base = (material.userData.baseOpacity as number | undefined) ?? material.opacity
    material.userData.baseOpacity = base
    setTransparent(material, true)
    return { material, base }
  })
}

/**
 * Shows its children from one beat to another with an eased entrance and exit. Children that
 * draw themselves on (arrows) read the progress through `useRevealProgress`.
 *
 * ```tsx
 * <Reveal at={beats['dns-in']}><DnsServer /></Reveal>
 * ```
 */
export function Reveal({
  at,
  until,
  duration = REVEAL_SECONDS,
  effect = 'pop',
  lift = 0.8,
  position,
  name,
  children,
}: RevealProps) {
  const group = useRef<Group>(null)
  const progress = useRef(0)
  const faded = useRef<Faded[] | null>(null)
  const staged = useRef<PresenceObject | null>(null)
  // A staged Reveal's place belongs to Theatre (the outer group); the envelope moves from zero.
  const [x, y, z] = name === undefined ? (position ?? [0, 0, 0]) : [0, 0, 0]
  useChapterFrame((local) => {
    const g = group.current
    if (!g) return
    const enter = ramp(local, at, duration)
    const exit = until === undefined ? 0 : ramp(local, until, duration)
    const envelope = Math.min(enter, 1 - exit)
    // Drawn opacity is envelope x presence; progress (arrows drawing on) follows the beat alone.
    progress.current = envelope
    const p = name === undefined ? envelope : envelope * presenceOf(staged.current)
    g.visible = p > 0.001
    g.scale.setScalar(effect === 'pop' ? POP_START_SCALE + (1 - POP_START_SCALE) * envelope : 1)
    g.position.set(x, y - (effect === 'rise' ? (1 - envelope) * lift : 0), z)
    // Text meshes add their materials after layout, so collect lazily and refresh when visible.
    if (g.visible && (faded.current === null || p < 1)) faded.current = collectMaterials(g)
    for (const f of faded.current ?? []) f.material.opacity = f.base * p
  }, FRAME_PHASE.stage)
  const body = (
    <group ref={group} position={[x, y, z]} visible={false} userData={{ reveal: true }}>
      <RevealProgressContext.Provider value={progress}>{children}</RevealProgressContext.Provider>
    </group>
  )
  if (name === undefined) return body
  return (
    <Staged name={name} position={position} objectRef={staged}>
      {body}
    </Staged>
  )
}

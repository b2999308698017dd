import { types, type ISheetObject } from '@theatre/core'
import { editable as e, useCurrentSheet } from '@theatre/r3f'
import { useLayoutEffect, useRef, type MutableRefObject, type ReactNode } from 'react'
import type { Group } from 'three'
import type { Vec3 } from './paths'
import { usePresenceFade } from './presenceFade'
import { stagedKeys } from './stagedKeys'

/**
 * The prop every staged object adds to Theatre's position, rotation and scale: how present it
 * is, 0 (gone) to 1 (as the beats show it). It multiplies the beat's entrance envelope, so a
 * studio fade never fights the script's timing.
 */
export const PRESENCE_PROPS = {
  presence: types.number(1, { range: [0, 1], nudgeMultiplier: 0.01 }),
}

export type PresenceObject = ISheetObject<typeof PRESENCE_PROPS>

/** The presence of a staged object now; 1 before Theatre has made the object. */
export function presenceOf(object: PresenceObject | null): number {
  return object ? object.value.presence : 1
}

/**
 * Records a Theatre key on the sheet above while mounted; a second object with the same key on
 * that sheet throws, naming the key, before the two could share one Theatre object.
 */
export function useStagedKey(key: string): void {
  const sheetId = useCurrentSheet()?.address.sheetId
  useLayoutEffect(() => {
    if (sheetId === undefined) return
    try {
      return stagedKeys.register(sheetId, key)
    } catch (e) {
      // While staging, stop at once; a shipped film draws on rather than go blank.
      if (import.meta.env.DEV) throw e
      console.error(e)
      return
    }
  }, [sheetId, key])
}

/** For a Staged whose caller applies presence: nothing for the fade to touch. */
const NO_GROUP = { current: null }

export type StagedProps = {
  /**
   * The object's key in the studio's outline, readable and stable ('Load balancer', 'Server 2'):
   * saved keyframes find their object by it, so renaming one orphans its keyframes.
   */
  name: string
  /** Where the code places it; Theatre's value starts here and a studio drag moves it. */
  position?: Vec3
  /**
   * Receives the Theatre object, for a caller that applies `presence` itself (Reveal multiplies
   * it by the entrance). Without one, the object is always on stage and presence fades it here.
   */
  objectRef?: MutableRefObject<PresenceObject | null>
  children: ReactNode
}

/**
 * An object on stage that Theatre owns: its place, turn, size and presence can be dragged and
 * keyframed in the studio, under the sheet of the chapter (or map) it is mounted in. With no
 * keyframes and no overrides it sits exactly where the code puts it. Beats still decide when it
 * shows: the entrance lives in a group inside this one (see Reveal). An object with no entrance
 * (a globe, a stream of traffic, a readout there from the chapter's start) is wrapped as is:
 *
 * ```tsx
 * <Staged name="Globe"><Globe radius={5} /></Staged>
 * ```
 */
export function Staged({ name, position, objectRef, children }: StagedProps) {
  const sheet = useCurrentSheet()
  const own = useRef<PresenceObject | null>(null)
  const target = objectRef ?? own
  const body = useRef<Group>(null)
  useStagedKey(name)
  // No caller reads presence: it fades the object here (a no-op at 1, the value it ships with).
  usePresenceFade(objectRef ? NO_GROUP : body, own)
  if (!sheet) throw new Error(`Staged object '${name}' needs a Theatre sheet above it.`)
  return (
    <e.group
      theatreKey={name}
      position={position as [number, number, number] | undefined}
      additionalProps={PRESENCE_PROPS}
      objRef={target}
    >
      {/* Tagged here, as the editable group's userData is Theatre's: the automation API's
          objectBox finds the object by it. */}
      <group ref={body} userData={{ staged: { sheet: sheet.address.sheetId, key: name } }}>
        {children}
      </group>
    </e.group>
  )
}

import { editable as e, PerspectiveCamera } from '@theatre/r3f'
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { useStagedKey } from './Staged'
import type { Group, PerspectiveCamera as ThreePerspectiveCamera } from 'three'
import { FRAME_PHASE } from '../timeline/ChapterTime'
import type { Vec3 } from './paths'

export type ChapterCameraProps = {
  /** Whether this chapter is on screen (only its camera renders). */
  active: boolean
  /** Where the camera sits before any keyframe: the chapter's establishing view. */
  position: Vec3
  target: Vec3
  fov?: number
}

/** The camera's two Theatre keys, the same in every chapter: its keyframes are saved under them. */
export const CAMERA_KEY = 'Camera'
export const CAMERA_TARGET_KEY = 'Camera Target'

/** Lens: a moderate telephoto flattens the diagrams a little, like a product shot. */
export const DEFAULT_FOV = 40

/**
 * A chapter's camera, as two Theatre objects: 'Camera' (position, fov) and 'Camera Target' (what it
 * looks at). Their keyframes live in state/; the props here are only the starting values. In the
 * studio both can be dragged in the viewport.
 */
export function ChapterCamera({ active, position, target, fov = DEFAULT_FOV }: ChapterCameraProps) {
  const targetRef = useRef<Group>(null)
  const cameraRef = useRef<ThreePerspectiveCamera>(null)
  useStagedKey(CAMERA_KEY)
  useStagedKey(CAMERA_TARGET_KEY)
  // Aim before anything reads the camera this frame (billboards face it). Theatre's camera aims
  // again later in the frame, at the same target, which changes nothing.
  useFrame(() => {
    const camera = cameraRef.current
    if (active && camera && targetRef.current) {
      camera.lookAt(targetRef.current.position)
      camera.updateMatrixWorld()
    }
  }, FRAME_PHASE.camera)
  return (
    <>
      <PerspectiveCamera
        ref={cameraRef}
        theatreKey={CAMERA_KEY}
        makeDefault={active}
        position={position as [number, number, number]}
        fov={fov}
        near={0.1}
        far={200}
        lookAt={targetRef}
      />
      <e.group
        theatreKey={CAMERA_TARGET_KEY}
        visible="editor"
        ref={targetRef}
        position={target as [number, number, number]}
      >
        {/* Named for the automation API's list of unstaged drawables, which leaves it out. */}
        <mesh name="Camera target marker">
          <octahedronGeometry args={[0.2]} />
          <meshBasicMaterial color="#f472b6" wireframe />
        </mesh>
      </e.group>
    </>
  )
}

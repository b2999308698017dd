import { useMemo, useRef } from 'react'
import { Object3D, type Group, type InstancedMesh } from 'three'
import { CheckMark } from '../../../models/CheckMark'
import { DashboardPanel } from '../../../models/DashboardPanel'
import { Label } from '../../../models/Label'
import { Rocket, type RocketHandle } from '../../../models/Rocket'
import { useChapterFrame } from '../../../timeline/ChapterTime'
import { ramp } from '../../../timeline/easing'
import { monitoringLayout as place } from '../layout'
import { palette } from '../../../world/palette'
import { Reveal } from '../../../world/Reveal'
import { textSize } from '../../../world/typography'
import { tuple } from '../../../world/paths'
import { instancesMoved } from '../../../world/rewritten'

export type MonitoringAutomationProps = {
  /** Continuous integration's beat, and automated deployment's. */
  ci: number
  deploy: number
}

/** The pipeline's stages, and when each one's bar fills (seconds after its beat). */
const STAGES = [
  { name: 'build', beat: 'ci', start: 1.0, seconds: 1.3 },
  { name: 'test', beat: 'ci', start: 2.3, seconds: 1.3 },
  { name: 'deploy', beat: 'deploy', start: 0.2, seconds: 1.0 },
] as const
/** The check lands on the commit once the tests pass. */
const CHECK_AFTER = 3.8
/** Where things sit on the CI card, relative to its centre. */
const COMMIT_Y = 0.45
const COMMIT_X = -3.3
const STAGE_SPACING = 2.55
const STAGE_LABEL_Y = -0.75
const STAGE_BAR_Y = -1.35
const STAGE_BAR = [2.2, 0.3] as const
/** The engine lights, then the rocket leaves the pad (seconds after the deploy beat). */
const IGNITION = 0.9
const LIFTOFF = 1.6
/** Upward acceleration, units/s²: slow off the pad, out of frame a few seconds later. */
const ACCELERATION = 2
/** How high the pad stands; the rocket stands on it. */
const PAD_HEIGHT = 0.3
/** Smoke puffs around the pad: how many, how often a new one starts, how long one lasts. */
const PUFFS = 18
const PUFF_EVERY = 0.12
const PUFF_LIFE = 3
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
const scratch = new Object3D()

/**
 * Automation: a commit goes through continuous integration (build, then tests) and earns a green
 * check; then automated deployment, a rocket, leaves its pad in a cloud of smoke.
 */
export function MonitoringAutomation({ ci, deploy }: MonitoringAutomationProps) {
  const [w, h] = place.ciSize
  const beats = useMemo(() => ({ ci, deploy }), [ci, deploy])
  const fills = useRef<(Group | null)[]>([])
  const rocketBody = useRef<Group>(null)
  const rocket = useRef<RocketHandle>(null)
  const smoke = useRef<InstancedMesh>(null)
  useChapterFrame((local) => {
    STAGES.forEach((s, i) => {
      const f = fills.current[i]
      if (f) f.scale.x = Math.max(1e-3, ramp(local, beats[s.beat] + s.start, s.seconds))
    })
    const ignition = deploy + IGNITION
    const flight = Math.max(0, local - (deploy + LIFTOFF))
    // A flicker and a shudder on the pad: functions of time, never of the frame before.
    const thrust = ramp(local, ignition, 0.5) * (0.85 + 0.15 * Math.sin(local * 37))
    rocket.current?.setThrust(thrust)
    const g = rocketBody.current
    if (g) {
      const shake = local > ignition && flight === 0 ? 0.03 * Math.sin(local * 61) : 0
      g.position.set(shake, PAD_HEIGHT + 0.5 * ACCELERATION * flight * flight, 0)
    }
    const m = smoke.current
    if (m) {
      let n = 0
      for (let j = 0; j < PUFFS; j++) {
        const age = local - (ignition + j * PUFF_EVERY)
        if (age < 0 || age > PUFF_LIFE) continue
        const a = j * GOLDEN_ANGLE
        const spread = 0.4 + 1.1 * Math.sqrt(age)
        const size = (0.3 + 0.25 * age) * Math.min(1, (PUFF_LIFE - age) / 1.2)
        scratch.position.set(Math.cos(a) * spread, 0.3 + 0.2 * age, Math.sin(a) * spread * 0.6)
        scratch.scale.setScalar(size)
        scratch.updateMatrix()
        m.setMatrixAt(n++, scratch.matrix)
      }
      m.count = n
      instancesMoved(m)
    }
  })
  return (
    <>
      <Reveal
        name="Continuous integration panel"
        at={ci}
        effect="rise"
        position={tuple(place.ciPanel)}
      >
        <DashboardPanel
          width={w}
          height={h}
          title="Continuous integration"
          accent={palette.success}
        >
          {/* The commit: a node on a line, the usual symbol, with its message. */}
          <group position={[COMMIT_X, COMMIT_Y, 0.02]}>
            <mesh>
              <planeGeometry args={[0.7, 0.06]} />
              <meshBasicMaterial color={palette.textMuted} />
            </mesh>
            <mesh position={[0, 0, 0.01]}>
              <ringGeometry args={[0.13, 0.22, 24]} />
              <meshBasicMaterial color={palette.textMuted} />
            </mesh>
          </group>
          <Label
            text="commit"
            size={textSize.small}
            color={palette.textMuted}
            anchorX="left"
            textAlign="left"
            position={[COMMIT_X + 0.55, COMMIT_Y + 0.32, 0.02]}
          />
          <Label
            text="fix feed timeout"
            size={textSize.code}
            weight="mono"
            color={palette.code}
            anchorX="left"
            textAlign="left"
            position={[COMMIT_X + 0.55, COMMIT_Y - 0.25, 0.02]}
          />
          <Reveal
            name="CI check mark"
            at={ci + CHECK_AFTER}
            effect="pop"
            position={[2.9, COMMIT_Y, 0.04]}
          >
            <CheckMark size={1.1} />
          </Reveal>
          {STAGES.map((s, i) => {
            const x = (i - 1) * STAGE_SPACING
            return (
              <group key={s.name} position={[x, 0, 0.02]}>
                <Label
                  text={s.name}
                  size={textSize.small}
                  color={palette.panelText}
                  position={[0, STAGE_LABEL_Y, 0]}
                />
                <mesh position={[0, STAGE_BAR_Y, 0]}>
                  <planeGeometry args={[STAGE_BAR[0], STAGE_BAR[1]]} />
                  <meshBasicMaterial color={palette.panelBorder} />
                </mesh>
                {/* The fill grows from the bar's left end. */}
                <group
                  ref={(g) => {
                    fills.current[i] = g
                  }}
                  position={[-STAGE_BAR[0] / 2, STAGE_BAR_Y, 0.01]}
                  scale={[1e-3, 1, 1]}
                >
                  <mesh position={[STAGE_BAR[0] / 2, 0, 0]}>
                    <planeGeometry args={[STAGE_BAR[0], STAGE_BAR[1]]} />
                    <meshBasicMaterial color={palette.success} />
                  </mesh>
                </group>
              </group>
            )
          })}
        </DashboardPanel>
      </Reveal>

      <Reveal name="Rocket and launch pad" at={ci + 0.6} effect="rise" position={tuple(place.pad)}>
        <mesh position={[0, PAD_HEIGHT / 2, 0]}>
          <cylinderGeometry args={[1.3, 1.5, PAD_HEIGHT, 32]} />
          <meshStandardMaterial color="#334155" roughness={0.8} />
        </mesh>
        <group ref={rocketBody} position={[0, PAD_HEIGHT, 0]}>
          <Rocket ref={rocket} />
        </group>
        <instancedMesh ref={smoke} args={[undefined, undefined, PUFFS]} frustumCulled={false}>
          <sphereGeometry args={[1, 16, 12]} />
          <meshStandardMaterial color="#94a3b8" roughness={1} />
        </instancedMesh>
      </Reveal>
      <Reveal
        name="Automated deployment label"
        at={deploy}
        effect="rise"
        position={tuple(place.deployLabel)}
      >
        <Label
          text="Automated deployment"
          size={textSize.label}
          color={palette.accent}
          anchorX="right"
          textAlign="right"
        />
      </Reveal>
    </>
  )
}

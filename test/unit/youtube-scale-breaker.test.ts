import { describe, expect, it } from 'vitest'
import { defaultSimParams } from '../../src/sim'
import { circuitBreakers as script } from '../../src/sequences/youtube-scale/script/circuit-breakers'
import { breaker } from '../../src/sequences/youtube-scale/sims/circuit-breakers'

/** How far the simulated moment may sit from the beat whose narration names it. */
const SLACK_SECONDS = 0.5

const { beats, narration } = script
const lineAt = (beat: number) => narration.find((l) => l.at === beat)!

describe('youtube-scale: the circuit breaker moves when the narration says it does', () => {
  const cb = breaker(defaultSimParams)
  const { transitions } = cb.stateAt(script.duration)

  it('opens on the "open" beat, after five failures of the outage', () => {
    const open = transitions.find((t) => t.to === 'OPEN')!
    expect(open.time).toBeGreaterThan(beats.outage)
    expect(Math.abs(open.time - beats.open)).toBeLessThan(SLACK_SECONDS)
    expect(open.reason).toMatch(/^5 failures within 10s$/)
    expect(lineAt(beats.open).text).toMatch(/five failures in ten seconds the breaker opens/)
  })

  it('half opens while the half-open line is spoken, and closes on the "recovered" beat', () => {
    const halfOpens = transitions.filter((t) => t.to === 'HALF_OPEN').map((t) => t.time)
    expect(halfOpens.some((t) => t >= beats['half-open'] && t < beats.recovered)).toBe(true)
    const closed = transitions.filter((t) => t.to === 'CLOSED').at(-1)!
    expect(Math.abs(closed.time - beats.recovered)).toBeLessThan(SLACK_SECONDS)
    expect(cb.stateAt(beats.degrade).state).toBe('CLOSED')
  })

  it('shows, while open, the failures that opened it and the calls it refuses', () => {
    const s = cb.stateAt(beats.open + 2)
    expect(s.state).toBe('OPEN')
    expect(s.windowFailures).toBeGreaterThanOrEqual(5)
    expect(s.windowRejected).toBeGreaterThanOrEqual(1)
  })
})

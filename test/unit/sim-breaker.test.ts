import { describe, expect, it } from 'vitest'
import { createCircuitBreaker, type BreakerState, type CircuitBreakerParams } from '../../src/sim'

function check(over: Partial<CircuitBreakerParams>) {
  const cb = createCircuitBreaker({ seed: 5, ...over })
  const p = cb.params
  const T = 150
  const calls = cb.callsIn(0, T)
  const { transitions } = cb.stateAt(T)
  expect(transitions.length).toBeGreaterThanOrEqual(3)
  // Transitions chain, in time order, along the allowed edges only.
  const allowed = new Set(['CLOSED>OPEN', 'OPEN>HALF_OPEN', 'HALF_OPEN>CLOSED', 'HALF_OPEN>OPEN'])
  let state: BreakerState = 'CLOSED'
  let since = 0
  for (const tr of transitions) {
    expect(tr.from).toBe(state)
    expect(allowed.has(`${tr.from}>${tr.to}`)).toBe(true)
    expect(tr.time).toBeGreaterThanOrEqual(since)
    // Calls in (since, tr.time]: the call that caused the previous transition is excluded.
    const before = calls.filter((c) => c.time > since && c.time <= tr.time)
    if (tr.from === 'CLOSED') {
      // Tripped by a failure that made the failures in the window reach the threshold.
      const last = before[before.length - 1]!
      expect(last.time).toBe(tr.time)
      expect(last.outcome).toBe('failure')
      const inWindow = before.filter((c) => c.outcome === 'failure' && c.time > tr.time - p.window)
      expect(inWindow.length).toBe(p.failureThreshold)
    } else if (tr.from === 'OPEN') {
      expect(tr.time).toBeCloseTo(since + p.coolDown, 9)
      expect(before.every((c) => c.outcome === 'rejected')).toBe(true)
    } else if (tr.to === 'CLOSED') {
      expect(before.map((c) => c.outcome)).toEqual(Array(p.halfOpenSuccesses).fill('success'))
    } else {
      expect(before[before.length - 1]!.outcome).toBe('failure')
      expect(before.slice(0, -1).every((c) => c.outcome === 'success')).toBe(true)
    }
    state = tr.to
    since = tr.time
  }
  // Calls see the state they arrived in: rejected exactly while OPEN.
  for (const c of calls) expect(c.outcome === 'rejected').toBe(c.state === 'OPEN')
  // Counters add up.
  const s = cb.stateAt(T)
  expect(s.successes + s.failures + s.rejected).toBe(s.calls)
  expect(s.calls).toBe(calls.length)
  // The window counts are the calls of the last `window` seconds, in every state: an open
  // breaker still shows the failures that opened it, and its refusals apart.
  for (let t = 0; t <= T; t += 0.7) {
    const at = cb.stateAt(t)
    const recent = calls.filter((c) => c.time > t - p.window && c.time <= t)
    expect(at.windowFailures).toBe(recent.filter((c) => c.outcome === 'failure').length)
    expect(at.windowRejected).toBe(recent.filter((c) => c.outcome === 'rejected').length)
    if (at.state === 'OPEN' && t - at.since < p.window) {
      expect(at.windowFailures).toBeGreaterThanOrEqual(1)
    }
  }
  return { cb, transitions }
}

describe('circuit breaker', () => {
  it('follows its thresholds through CLOSED → OPEN → HALF_OPEN → CLOSED', () => {
    const { cb, transitions } = check({})
    const { outage } = cb.params
    const firstOpen = transitions.find((t) => t.to === 'OPEN')!
    expect(firstOpen.time).toBeGreaterThanOrEqual(outage.start)
    expect(firstOpen.time).toBeLessThan(outage.start + 5)
    // Closed again soon after the outage ends, and stays closed.
    const lastClose = transitions.filter((t) => t.to === 'CLOSED').at(-1)!
    expect(lastClose.time).toBeGreaterThan(outage.end)
    expect(lastClose.time).toBeLessThan(outage.end + 2 * cb.params.coolDown)
    expect(cb.stateAt(120).state).toBe('CLOSED')
    // Failing fast saves the callers' time.
    const s = cb.stateAt(120)
    expect(s.waitedMs).toBeLessThan(s.waitedWithoutBreakerMs)
  })

  it('with other thresholds too', () => {
    check({ failureThreshold: 3, window: 5, coolDown: 8, halfOpenSuccesses: 5, seed: 11 })
    check({ failureThreshold: 10, window: 20, coolDown: 2, halfOpenSuccesses: 1, seed: 12 })
  })

  it('stays CLOSED without an outage and a clean downstream', () => {
    const cb = createCircuitBreaker({ seed: 3, baselineFailure: 0, outage: { start: 0, end: 0 } })
    const s = cb.stateAt(200)
    expect(s.state).toBe('CLOSED')
    expect(s.transitions).toEqual([])
    expect(s.rejected).toBe(0)
  })
})

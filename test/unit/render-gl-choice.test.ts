import { describe, expect, it } from 'vitest'
import { pickBackend } from '../../scripts/lib/render/glChoice'

/** Candidates in the export's order: GPU first, then llvmpipe, then SwiftShader. */
const at = (gpu: number | null, llvmpipe: number, swiftshader: number) => [
  ...(gpu === null ? [] : [{ id: 'gpu', msPerFrame: gpu }]),
  { id: 'llvmpipe', msPerFrame: llvmpipe },
  { id: 'swiftshader', msPerFrame: swiftshader },
]

describe('picking the GL backend from its measurements', () => {
  it('takes the clearly fastest, wherever it is in the order', () => {
    expect(pickBackend(at(null, 100, 200))?.id).toBe('llvmpipe')
    expect(pickBackend(at(null, 100, 80))?.id).toBe('swiftshader')
    expect(pickBackend(at(20, 100, 200))?.id).toBe('gpu')
    expect(pickBackend(at(150, 100, 200))?.id).toBe('llvmpipe')
  })

  it('keeps the order where the measurements cannot tell two backends apart', () => {
    // A few frames' noise: SwiftShader 5 % ahead is not enough to pass llvmpipe.
    expect(pickBackend(at(null, 100, 95))?.id).toBe('llvmpipe')
    expect(pickBackend(at(52, 50, 200))?.id).toBe('gpu')
  })

  it('compares a later candidate with the best so far, not with the first', () => {
    // llvmpipe passes the GPU clearly; SwiftShader is only just ahead of llvmpipe.
    expect(pickBackend(at(200, 100, 95))?.id).toBe('llvmpipe')
  })

  it('picks nothing from nothing', () => {
    expect(pickBackend([])).toBeUndefined()
  })
})

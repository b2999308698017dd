import { describe, expect, it } from 'vitest'
import { planRender, RenderError } from '../../scripts/lib/render/plan'
import { filmById } from '../../src/sequences'

/** Film ids from a URL or a flag are looked up as the registry's own keys, nothing else. */
describe('film lookup', () => {
  for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`?film=${id} gets the unknown-film message`, () => {
      expect(() => filmById(id)).toThrow(`Unknown film '${id}'. Films: zero-to-millions`)
    })

    it(`--film ${id} gets the no-such-film message`, () => {
      expect(() => planRender({ film: id })).toThrow(RenderError)
      expect(() => planRender({ film: id })).toThrow(`--film ${id}: no such film.`)
    })
  }

  it('still finds the films there are', () => {
    expect(filmById('zero-to-millions').script.id).toBe('zero-to-millions')
  })
})

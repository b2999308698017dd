import { describe, expect, it } from 'vitest'
import { parseParams } from '../../src/player/params'
import { CAPTION_LINE_CHARS, cueAt, filmCues, wrapWords } from '../../src/script/captions'
import { scriptOf } from '../../src/sequences'
import { chapterSpans } from '../../src/timeline/filmTime'

describe('captions', () => {
  const script = scriptOf('zero-to-millions')
  const spans = chapterSpans(script.chapters)
  const cues = filmCues(script, spans)

  it('wraps at word boundaries within the line width', () => {
    expect(wrapWords('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc'])
    expect(wrapWords('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x'])
  })

  it('every cue has at most two short lines, in order, without overlaps', () => {
    expect(cues.length).toBeGreaterThan(10)
    cues.forEach((cue, i) => {
      expect(cue.lines.length).toBeGreaterThan(0)
      expect(cue.lines.length).toBeLessThanOrEqual(2)
      for (const l of cue.lines) expect(l.length).toBeLessThanOrEqual(CAPTION_LINE_CHARS)
      expect(cue.end).toBeGreaterThan(cue.start)
      const next = cues[i + 1]
      if (next) expect(cue.end).toBeLessThanOrEqual(next.start + 1e-9)
    })
  })

  it('keeps every word of the narration', () => {
    const fromCues = cues.map((c) => c.lines.join(' ')).join(' ')
    const fromScript = script.chapters.flatMap((c) => c.narration.map((l) => l.text)).join(' ')
    expect(fromCues).toBe(fromScript)
  })

  it('finds the cue at a time, in film time', () => {
    const ch1 = spans[1]!
    const line = script.chapters[1]!.narration[0]!
    expect(cueAt(cues, ch1.start + line.at + 0.1)?.lineId).toBe(line.id)
    expect(cueAt(cues, 0)).toBeUndefined()
  })
})

describe('URL parameters', () => {
  it('reads a deep link', () => {
    const p = parseParams(
      '?film=zero-to-millions&chapter=single-server&t=1:30&ui=0&w=640&h=360&fps=30',
    )
    expect(p).toMatchObject({
      film: 'zero-to-millions',
      chapter: 'single-server',
      t: 90,
      ui: false,
      width: 640,
      height: 360,
      fps: 30,
    })
  })

  it('has defaults for a bare URL', () => {
    expect(parseParams('')).toMatchObject({
      film: null,
      t: null,
      ui: true,
      captions: true,
      fps: 60,
      capture: false,
    })
  })

  it.each([
    ['?t=soon', /'t=soon'.*seconds/],
    ['?ui=maybe', /'ui=maybe'.*1 or 0/],
    ['?w=abc&h=100', /'w=abc'/],
    ['?w=640', /'w=640'.*both w and h/],
    ['?fps=0', /'fps=0'/],
  ])('refuses %s with the mend', (search, message) => {
    expect(() => parseParams(search)).toThrow(message)
  })
})

import { readFileSync } from 'node:fs'
import { WebVTTParser } from 'webvtt-parser'
import { describe, expect, it } from 'vitest'
import { parseManifest, spokenSecondsFrom } from '../../src/audio/manifest'
import {
  CAPTION_LINE_CHARS,
  CAPTION_MAX_LINES,
  filmCues,
  type CaptionCue,
} from '../../src/script/captions'
import { scriptOf } from '../../src/sequences'
import { sliceCues, toWebVTT, vttTimestamp } from '../../src/script/webvtt'
import { chapterSpans } from '../../src/timeline/filmTime'
import { filmSidecars } from '../../scripts/lib/audio/sidecars'

const script = scriptOf('zero-to-millions')
const spans = chapterSpans(script.chapters)
const manifest = parseManifest(
  JSON.parse(readFileSync('public/audio/zero-to-millions/manifest.json', 'utf8')),
  'manifest.json',
)
const cues = filmCues(script, spans, spokenSecondsFrom(manifest))

function parse(text: string) {
  return new WebVTTParser().parse(text, 'subtitles')
}

describe('WebVTT captions', () => {
  it('writes timestamps as hh:mm:ss.ttt', () => {
    expect(vttTimestamp(0)).toBe('00:00:00.000')
    expect(vttTimestamp(61.2345)).toBe('00:01:01.235')
    expect(vttTimestamp(3 * 3600 + 7.5)).toBe('03:00:07.500')
  })

  it('the film’s captions parse without errors: every cue, in order, short lines', () => {
    const vtt = toWebVTT(cues)
    const parsed = parse(vtt)
    expect(parsed.errors).toEqual([])
    expect(parsed.cues.length).toBe(cues.length)
    expect(parsed.cues.length).toBeGreaterThan(20)
    parsed.cues.forEach((cue, i) => {
      expect(cue.id).toBe(cues[i]!.id)
      // WebVTT keeps milliseconds.
      expect(cue.startTime).toBeCloseTo(Math.round(cues[i]!.start * 1000) / 1000, 6)
      expect(cue.endTime).toBeCloseTo(Math.round(cues[i]!.end * 1000) / 1000, 6)
      expect(cue.endTime).toBeGreaterThan(cue.startTime)
      if (i > 0) expect(cue.startTime).toBeGreaterThanOrEqual(parsed.cues[i - 1]!.endTime - 1e-9)
      const lines = cue.text.split('\n')
      expect(lines.length).toBeLessThanOrEqual(CAPTION_MAX_LINES)
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(CAPTION_LINE_CHARS)
    })
  })

  it('is timed by the real voice where the manifest has it', () => {
    const estimated = filmCues(script, spans)
    const line = manifest.lines.find((l) => l.id === 'ch01-05')!
    const lastOf = (list: CaptionCue[]) => list.filter((c) => c.lineId === line.id).at(-1)!
    // The line's last cue ends 0.6 s after its audio does (or at the next line).
    expect(lastOf(cues).end).toBeCloseTo(
      Math.min(line.start + line.duration + 0.6, spans[1]!.start + 38.5),
      6,
    )
    expect(lastOf(cues).end).not.toBeCloseTo(lastOf(estimated).end, 2)
  })

  it('escapes what cue text may not hold, and still parses', () => {
    const tricky: CaptionCue[] = [
      { id: 'x-1', lineId: 'x', start: 1, end: 2, lines: ['a < b & c --> d'] },
      { id: 'x-2', lineId: 'x', start: 2, end: 2.0001, lines: ['too short to show'] },
      { id: 'x-3', lineId: 'x', start: 3, end: 4, lines: ['fine'] },
    ]
    const parsed = parse(toWebVTT(tricky))
    expect(parsed.errors).toEqual([])
    expect(parsed.cues.map((c) => c.text)).toEqual(['a &lt; b &amp; c --&gt; d', 'fine'])
    // Read as one run of text: no '<' was taken for the start of a tag.
    expect(parsed.cues[0]!.tree.children).toHaveLength(1)
    expect(parsed.cues[0]!.tree.children[0]!.type).toBe('text')
  })

  it('slices a range, shifted to start at 0, for chapter and range exports', () => {
    const ch1 = spans[1]!
    const sliced = sliceCues(cues, ch1.start, ch1.end)
    expect(sliced.length).toBe(cues.filter((c) => c.start >= ch1.start && c.start < ch1.end).length)
    expect(sliced[0]!.id).toBe('ch01-01-1')
    expect(sliced[0]!.start).toBeCloseTo(script.chapters[1]!.narration[0]!.at, 9)
    // A range that cuts a cue keeps the visible part.
    const cut = cues[3]!
    const mid = (cut.start + cut.end) / 2
    const part = sliceCues(cues, mid, mid + 30)
    expect(part[0]!.id).toBe(cut.id)
    expect(part[0]!.start).toBe(0)
    expect(part[0]!.end).toBeCloseTo(cut.end - mid, 9)
    const parsed = parse(toWebVTT(part))
    expect(parsed.errors).toEqual([])
    expect(parsed.cues.every((c) => c.endTime <= 30 + 1e-3)).toBe(true)
  })

  it('an export of one chapter gets its captions and chapter markers from the same data', async () => {
    const ch1 = spans[1]!
    const side = await filmSidecars({ film: script.id, from: ch1.start, to: ch1.end })
    const parsed = parse(side.vtt)
    expect(parsed.errors).toEqual([])
    expect(parsed.cues.map((c) => c.id)).toEqual(
      sliceCues(cues, ch1.start, ch1.end).map((c) => c.id),
    )
    expect(side.youtube).toBe('00:00 Single server setup\n')
    expect(side.ffmetadata.match(/\[CHAPTER\]/g)).toHaveLength(1)
    expect(side.ffmetadata).toContain(`END=${(ch1.end - ch1.start) * 1000}`)
  })
})

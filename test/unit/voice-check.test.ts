import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkTiming, parseManifest, type VoiceManifest } from '../../src/audio/manifest'
import { loadManifest } from '../../src/audio/manifests'
import { scriptOf } from '../../src/sequences'
import { chapterSpans } from '../../src/timeline/filmTime'
import { formatCheck } from '../../scripts/lib/voice/check'
import { ttsHash } from '../../scripts/lib/voice/settings'

const script = scriptOf('zero-to-millions')
const spans = chapterSpans(script.chapters)
const dir = 'public/audio/zero-to-millions'
const shipped = parseManifest(JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')), 'manifest')

describe('the shipped voice of zero-to-millions', () => {
  it('fits its script: no line runs into the next or past its chapter, none is stale', () => {
    const report = checkTiming(script, spans, shipped)
    expect(report.overruns, formatCheck({ film: script.id, ...report })).toEqual([])
    expect(report.stale, formatCheck({ film: script.id, ...report })).toEqual([])
  })

  it('was made from the words the script says now (else run `npm run voice`)', () => {
    const said = new Map(
      script.chapters.flatMap((c) => c.narration.map((l) => [l.id, (l.say ?? l.text).trim()])),
    )
    for (const line of shipped.lines) {
      if (line.source === 'recording') {
        expect(existsSync(`voice/${script.id}/${line.id}.wav`), line.id).toBe(true)
      } else {
        expect(line.hash, line.id).toBe(ttsHash(said.get(line.id)!, line.source))
      }
    }
  })

  it('is small: every file there, Opus at speech bitrate, nothing else in the folder', () => {
    const files = readdirSync(dir).sort()
    expect(files).toEqual([...shipped.lines.map((l) => l.file), 'manifest.json'].sort())
    const bytes = files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0)
    const seconds = shipped.lines.reduce((s, l) => s + l.duration, 0)
    // 48 kb/s is 6 kB/s; Ogg pages and headers add a little. A 20-minute film stays a few MB.
    expect(bytes / seconds).toBeLessThan(7500)
    expect(readFileSync(path.join(dir, files[0]!)).subarray(0, 4).toString('latin1')).toBe('OggS')
  })

  it('is what the player bundles', async () => {
    expect(await loadManifest(script.id)).toEqual(shipped)
    expect(await loadManifest('no-such-film')).toBeNull()
  })
})

describe('the timing check', () => {
  const withDuration = (id: string, duration: number): VoiceManifest => ({
    ...shipped,
    lines: shipped.lines.map((l) => (l.id === id ? { ...l, duration } : l)),
  })

  it('reports a line that runs into the next, by how much', () => {
    // intro-03 starts at 14 s; intro-04 at 22 s.
    const report = checkTiming(script, spans, withDuration('intro-03', 8.75))
    expect(report.overruns).toHaveLength(1)
    expect(report.overruns[0]).toMatchObject({ lineId: 'intro-03', into: 'intro-04' })
    expect(report.overruns[0]!.overrun).toBeCloseTo(0.75, 9)
    expect(formatCheck({ film: script.id, ...report })).toContain(
      'intro-03 (chapter intro) runs 0.75 s past the start of intro-04',
    )
  })

  it("reports a chapter's last line that runs past the chapter's end", () => {
    const last = script.chapters[0]!.narration.at(-1)!
    const report = checkTiming(script, spans, withDuration(last.id, 60 - last.at + 1.25))
    expect(report.overruns).toEqual([
      {
        lineId: last.id,
        chapter: 'intro',
        into: 'end of chapter',
        overrun: expect.closeTo(1.25, 9),
      },
    ])
  })

  it('reports lines missing from the manifest or timed differently from the script', () => {
    const manifest = {
      ...shipped,
      lines: shipped.lines
        .filter((l) => l.id !== 'ch01-02')
        .map((l) => (l.id === 'ch01-03' ? { ...l, at: l.at + 1, start: l.start + 1 } : l)),
    }
    const report = checkTiming(script, spans, manifest)
    expect(report.stale.map((s) => s.lineId)).toEqual(['ch01-02', 'ch01-03'])
  })

  it('`npm run voice -- --check` exits 0 for the shipped film and says so', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/voice.ts', '--check', '--film', script.id],
      { encoding: 'utf8' },
    )
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('zero-to-millions: every line fits')
    expect(result.status).toBe(0)
  }, 20_000)
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { script } from '../../src/sequences/zero-to-millions/script'
import { storyboardMap } from '../../src/sequences/zero-to-millions/script/storyboard'

const STORYBOARD = readFileSync('../shared/seeds/000_9076165c88dc8d61.txt', 'utf8')

/** The storyboard's parts in order, each with its bullets (top-level or nested) as written. */
function storyboardParts(): { bullets: { text: string; topLevel: boolean }[] }[] {
  const parts: { bullets: { text: string; topLevel: boolean }[] }[] = []
  for (const line of STORYBOARD.split('\n')) {
    if (/^\*\*(INTRODUCTION|CHAPTER \d+|CONCLUSION)/.test(line)) parts.push({ bullets: [] })
    else if (parts.length > 0 && /^\*\*[A-Z ]+:\*\*$/.test(line)) break // the style sections after the conclusion
    const m = /^(\s*)(?:-|\*|\d+\.)\s+(.*)$/.exec(line)
    if (m && parts.length > 0 && !line.startsWith('**')) {
      parts.at(-1)!.bullets.push({ text: m[2]!.trim(), topLevel: m[1]!.length === 0 })
    }
  }
  return parts
}

describe('storyboard map', () => {
  const parts = storyboardParts()

  it('quotes only bullets the storyboard has', () => {
    for (const entry of storyboardMap) expect(STORYBOARD, entry.bullet).toContain(entry.bullet)
  })

  it('maps every bullet of every chapter the film has', () => {
    script.chapters.forEach((chapter, i) => {
      const mapped = new Set(
        storyboardMap.filter((e) => e.chapter === chapter.id).map((e) => e.bullet),
      )
      for (const b of parts[i]!.bullets)
        expect(mapped.has(b.text), `${chapter.id}: ${b.text}`).toBe(true)
    })
  })

  it('points at beats and lines that exist in that chapter', () => {
    for (const entry of storyboardMap) {
      const chapter = script.chapters.find((c) => c.id === entry.chapter)
      expect(chapter, entry.chapter).toBeDefined()
      if (entry.beat) expect(Object.keys(chapter!.beats), entry.bullet).toContain(entry.beat)
      if (entry.line)
        expect(
          chapter!.narration.map((l) => l.id),
          entry.bullet,
        ).toContain(entry.line)
      expect(Boolean(entry.beat) || Boolean(entry.line), entry.bullet).toBe(true)
    }
  })

  it("shows the top-level bullets in the storyboard's order", () => {
    script.chapters.forEach((chapter, i) => {
      const topLevel = new Set(parts[i]!.bullets.filter((b) => b.topLevel).map((b) => b.text))
      const times = storyboardMap
        .filter((e) => e.chapter === chapter.id && e.beat && topLevel.has(e.bullet))
        .map((e) => (chapter.beats as Record<string, number>)[e.beat!]!)
      expect(times.length, chapter.id).toBeGreaterThan(0)
      expect(
        [...times].sort((a, b) => a - b),
        chapter.id,
      ).toEqual(times)
    })
  })
})

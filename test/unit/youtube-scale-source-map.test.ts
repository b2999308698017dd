import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { script } from '../../src/sequences/youtube-scale/script'
import { normaliseSource, sourceMap } from '../../src/sequences/youtube-scale/script/source-map'

const SOURCE = '../shared/seeds/002_e3dacc96469dead2.txt'
const present = existsSync(SOURCE)
if (!present)
  console.warn(
    `youtube-scale source map: ${SOURCE} is absent, so the map is not checked against it`,
  )

interface Line {
  section: string
  bullet?: string
}

/** Every heading (as a section) and every bullet outside code blocks, under its innermost heading. */
function documentLines(): Line[] {
  const lines: Line[] = []
  let section = ''
  let code = false
  for (const raw of readFileSync(SOURCE, 'utf8').split('\n')) {
    if (raw.startsWith('```')) {
      code = !code
      continue
    }
    if (code) continue
    const heading = /^#+\s+(.*)$/.exec(raw)
    if (heading) {
      section = normaliseSource(heading[1]!)
      lines.push({ section })
      continue
    }
    const bullet = /^\s*(?:-|\*|\d+\.)\s+(.*)$/.exec(raw)
    if (bullet) lines.push({ section, bullet: normaliseSource(bullet[1]!) })
  }
  return lines
}

const key = (l: Line) => `${l.section} :: ${l.bullet ?? '(heading)'}`

describe.skipIf(!present)('youtube-scale source map', () => {
  const lines = present ? documentLines() : []

  it('finds the document it maps', () => {
    expect(lines.filter((l) => !l.bullet).length).toBeGreaterThan(40)
    expect(lines.filter((l) => l.bullet).length).toBeGreaterThan(200)
  })

  it('maps every heading and bullet of the document', () => {
    const mapped = new Set(sourceMap.map(key))
    const missing = lines.map(key).filter((k) => !mapped.has(k))
    expect(missing).toEqual([])
  })

  it('quotes only headings and bullets the document has, each once', () => {
    const inDocument = new Set(lines.map(key))
    const unknown = sourceMap.map(key).filter((k) => !inDocument.has(k))
    expect(unknown).toEqual([])
    const seen = sourceMap.map(key)
    expect(seen.length).toBe(new Set(seen).size)
  })
})

describe('youtube-scale source map beats', () => {
  it('points at beats that exist in their chapter', () => {
    for (const entry of sourceMap) {
      const chapter = script.chapters.find((c) => c.id === entry.chapter)
      expect(chapter, `${key(entry)}: chapter ${entry.chapter}`).toBeDefined()
      expect(Object.keys(chapter!.beats), `${key(entry)}: beat ${entry.beat}`).toContain(entry.beat)
    }
  })

  it('shows something of the document in every chapter', () => {
    for (const chapter of script.chapters) {
      expect(
        sourceMap.some((e) => e.chapter === chapter.id && e.how === 'shown'),
        chapter.id,
      ).toBe(true)
    }
  })
})

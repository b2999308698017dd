import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { script } from '../../src/sequences/short-video-platform/script'
import { sourceMap } from '../../src/sequences/short-video-platform/script/source-map'

const SOURCE = '../shared/seeds/001_95261e2487c5c38f.txt'
const present = existsSync(SOURCE)

/** Bold marks and list bullets dropped, runs of spaces made one. */
const clean = (s: string): string => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()

/** A layer's title in the diagram: capitals (with an optional note in brackets). */
const LAYER = /^[A-Z][A-Z0-9 &/]{4,}[A-Z](?: \(.*\))?$/
/** Lines in a box that carry a value after a key, without a bullet. */
const KEYED = /^(?:Pipeline|Storage|ETL Pipeline|Retention): \S/

interface Item {
  section: string
  text: string
  heading: boolean
  /** A layer of the diagram, as opposed to a heading of the text after it. */
  layer?: boolean
}

/**
 * Every item the document has, under the section it sits in: the diagram's layer titles, its
 * bullets and keyed lines (cell by cell, for boxes side by side), the markdown headings, list
 * items, bold key lines and table rows.
 */
function documentItems(doc: string): Item[] {
  const items: Item[] = []
  let section = ''
  const lines = doc.split('\n')
  lines.forEach((line, i) => {
    if (line.includes('│')) {
      for (const cell of line.split('│').map(clean)) {
        if (LAYER.test(cell)) {
          section = cell
          items.push({ section, text: cell, heading: true, layer: true })
        } else if (cell.startsWith('• '))
          items.push({ section, text: cell.slice(2), heading: false })
        else if (KEYED.test(cell)) items.push({ section, text: cell, heading: false })
      }
      return
    }
    const heading = /^#{1,3} (.*)$/.exec(line)
    if (heading) {
      section = clean(heading[1]!)
      items.push({ section, text: section, heading: true })
      return
    }
    const bullet = /^- (.*)$/.exec(line)
    if (bullet) {
      items.push({ section, text: clean(bullet[1]!), heading: false })
      return
    }
    if (/^\*\*[^*]+:\*\* /.test(line)) {
      items.push({ section, text: clean(line), heading: false })
      return
    }
    const row = /^\|(.*)\|$/.exec(line)
    const header = /^\|[-| ]+\|$/.test(lines[i + 1] ?? '') || /^\|[-| ]+\|$/.test(line)
    if (row && !header) {
      items.push({ section, text: row[1]!.split('|').map(clean).join(' | '), heading: false })
    }
  })
  return items
}

describe.skipIf(!present)(
  `short-video-platform source map${present ? '' : ` (skipped: ${SOURCE} is not beside the repository)`}`,
  () => {
    const doc = present ? readFileSync(SOURCE, 'utf8') : ''
    const items = documentItems(doc)
    const flat = clean(doc.replace(/[│┌┐└┘├┤┬┴┼─▼]/g, ' '))

    it('reads a document with every layer and table', () => {
      expect(items.filter((i) => i.heading).length).toBeGreaterThanOrEqual(20)
      expect(items.length).toBeGreaterThan(220)
    })

    it('quotes only what the document says', () => {
      for (const entry of sourceMap) {
        const text = entry.text.includes(' | ') ? entry.text.split(' | ') : [entry.text]
        for (const part of text) expect(flat, entry.text).toContain(part)
      }
    })

    it('maps every section and item of the document', () => {
      const mapped = new Set(sourceMap.map((e) => `${e.section}\n${e.text}`))
      for (const item of items) {
        expect(mapped.has(`${item.section}\n${item.text}`), `${item.section}: ${item.text}`).toBe(
          true,
        )
      }
    })

    it('points at beats that exist in that chapter', () => {
      for (const entry of sourceMap) {
        const chapter = script.chapters.find((c) => c.id === entry.chapter)
        expect(chapter, `${entry.text}: chapter ${entry.chapter}`).toBeDefined()
        expect(Object.keys(chapter!.beats), `${entry.text}`).toContain(entry.beat)
      }
    })

    // The flight goes down the layers in the document's order; the figures, tables and the
    // security list follow it (the film keeps the stack for last, as a summary).
    it("flies down the layers in the document's order, then shows the figures", () => {
      const when = (section: string): number => {
        const entry = sourceMap.find((e) => e.section === section && e.text === section)!
        const index = script.chapters.findIndex((c) => c.id === entry.chapter)
        const chapter = script.chapters[index]!
        return index * 1e4 + (chapter.beats as Record<string, number>)[entry.beat]!
      }
      const layers = items.filter((i) => i.layer).map((i) => when(i.section))
      expect(layers.length).toBe(12)
      expect([...layers].sort((a, b) => a - b)).toEqual(layers)
      const text = items.filter(
        (i) =>
          i.heading &&
          !i.layer &&
          /^(Scale|Traffic|Storage|Perf|Avail|Tech|Cost|Secu)/.test(i.section),
      )
      for (const heading of text)
        expect(when(heading.section), heading.section).toBeGreaterThan(Math.max(...layers))
    })
  },
)

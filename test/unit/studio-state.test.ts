import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createStateSaveHandler,
  STATE_BASE_HEADER,
  stateFingerprint,
} from '../../scripts/dev/stateSavePlugin'
import type { FilmScript } from '../../src/script'
import { checkObjectKeys } from '../../src/theatre/objectKeys'
import { formatState } from '../../src/theatre/stateFormat'
import { StateFileError, validateState } from '../../src/theatre/stateSchema'
import { mapSequenceLength } from '../../src/timeline/bridge'
import { DuplicateStagedKeyError, keyText, MAP_SHEET, StagedKeys } from '../../src/world/stagedKeys'

const film: FilmScript = {
  id: 'test-film',
  title: 'Test Film',
  chapters: [{ id: 'intro', title: 'Intro', duration: 10, beats: {}, narration: [] }],
}

/** A state file as written by hand once: `12.0`, Theatre's key order, an old revision. */
const ON_DISK = `{
  "sheetsById": {
    "intro": {
      "staticOverrides": {
        "byObject": {
          "Load balancer": {
            "position": {
              "x": 12.0,
              "y": 0
            }
          }
        }
      }
    }
  },
  "definitionVersion": "0.4.0",
  "revisionHistory": [
    "abc"
  ]
}
`

describe('the canonical state form', () => {
  it('writes an unchanged state back byte for byte, spelling and order kept', () => {
    const studioCopy = JSON.parse(ON_DISK) as Record<string, unknown>
    // Theatre hands keys in another order and a fresh revision id on every save.
    const reordered = {
      revisionHistory: ['new-id', 'abc'],
      definitionVersion: '0.4.0',
      sheetsById: studioCopy.sheetsById,
    }
    expect(formatState(reordered, ON_DISK)).toBe(ON_DISK)
  })

  it('turns a one-value change into a one-line diff', () => {
    const next = JSON.parse(ON_DISK) as {
      sheetsById: { intro: { staticOverrides: { byObject: Record<string, { position: object }> } } }
    }
    next.sheetsById.intro.staticOverrides.byObject['Load balancer']!.position = { x: 12, y: 1.5 }
    const before = ON_DISK.split('\n')
    const after = formatState(next, ON_DISK).split('\n')
    expect(after).toHaveLength(before.length)
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]))
    expect(changed).toEqual([['              "y": 0', '              "y": 1.5']])
  })

  it('writes a first save as plain two-space JSON', () => {
    const state = { a: [1, { b: 2.5 }], c: {}, d: [] }
    expect(formatState(state)).toBe(`${JSON.stringify(state, null, 2)}\n`)
  })
})

describe('staged object keys', () => {
  it('refuses a second object with the same key on one sheet, naming it', () => {
    const keys = new StagedKeys()
    keys.register('cache', 'Cache block')
    expect(() => keys.register('cache', 'Cache block')).toThrow(DuplicateStagedKeyError)
    expect(() => keys.register('cache', 'Cache block')).toThrow(/'cache'.*'Cache block'/)
    // The same key on another sheet is another object.
    expect(() => keys.register('cdn', 'Cache block')).not.toThrow()
  })

  it('frees a key when its object unmounts, and lists keys sorted', () => {
    const keys = new StagedKeys()
    const off = keys.register('intro', 'Server 2')
    keys.register('intro', 'Camera')
    expect(keys.keys('intro')).toEqual(['Camera', 'Server 2'])
    off()
    expect(keys.keys('intro')).toEqual(['Camera'])
    expect(() => keys.register('intro', 'Server 2')).not.toThrow()
  })

  it("refuses a key holding '/', which the studio's outline would read as a folder", () => {
    const keys = new StagedKeys()
    expect(() => keys.register('storage', 'Stack: CI/CD')).toThrow(/'Stack: CI-CD'/)
    expect(keys.keys('storage')).toEqual([])
    expect(keyText('Data warehouse (Redshift / BigQuery)')).toBe(
      'Data warehouse (Redshift - BigQuery)',
    )
  })

  it('refuses state for keys no mounted object has, naming key and sheet', () => {
    const state = validateState(JSON.parse(ON_DISK), film)
    const mounted = (sheet: string) => (sheet === 'intro' ? ['Camera', 'Load balancer'] : [])
    expect(() => checkObjectKeys(state, mounted, 'state/test-film.theatre.json')).not.toThrow()
    const renamed = () => ['Camera', 'LB']
    expect(() => checkObjectKeys(state, renamed, 'state/test-film.theatre.json')).toThrow(
      StateFileError,
    )
    expect(() => checkObjectKeys(state, renamed, 'state/test-film.theatre.json')).toThrow(
      /sheet 'intro'.*'Load balancer'/,
    )
  })

  it("accepts the architecture map's sheet beside the chapters", () => {
    const state = JSON.parse(ON_DISK) as { sheetsById: Record<string, unknown> }
    state.sheetsById[MAP_SHEET] = { staticOverrides: { byObject: {} } }
    expect(() => validateState(state, film)).not.toThrow()
  })

  it("refuses a map sequence shorter than the map's clock, which would freeze later bridges", () => {
    const state = JSON.parse(ON_DISK) as { sheetsById: Record<string, unknown> }
    const mapSheet = (length: number) => ({
      staticOverrides: { byObject: {} },
      sequence: { type: 'PositionalSequence', length, subUnitsPerUnit: 30, tracksByObject: {} },
    })
    const needed = mapSequenceLength(film.chapters.length)
    state.sheetsById[MAP_SHEET] = mapSheet(needed)
    expect(() => validateState(state, film)).not.toThrow()
    state.sheetsById[MAP_SHEET] = mapSheet(needed - 1)
    expect(() => validateState(state, film)).toThrow(
      new RegExp(`sheet 'map'.*map's clock.*at least ${needed}`),
    )
  })
})

describe('saving against the file on disk', () => {
  let root: string
  let server: Server
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve))
    await rm(root, { recursive: true, force: true })
  })

  async function serve(): Promise<string> {
    root = await mkdtemp(path.join(tmpdir(), 'studio-state-'))
    await mkdir(path.join(root, 'state'))
    await writeFile(path.join(root, 'state/test-film.theatre.json'), ON_DISK)
    const handler = createStateSaveHandler({ root, scripts: { [film.id]: film } })
    server = createServer((req, res) => void handler(req, res, () => res.end()))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/__cinematic/state/test-film`
  }

  it('writes a save based on the file on disk, in its own form, and returns the new base', async () => {
    const url = await serve()
    const res = await fetch(url, {
      method: 'POST',
      headers: { [STATE_BASE_HEADER]: stateFingerprint(ON_DISK) },
      body: JSON.stringify({ ...JSON.parse(ON_DISK), revisionHistory: ['zz', 'abc'] }),
    })
    const reply = (await res.json()) as { ok: boolean; base: string }
    expect(res.status).toBe(200)
    const written = await readFile(path.join(root, 'state/test-film.theatre.json'), 'utf8')
    expect(written).toBe(ON_DISK)
    expect(reply.base).toBe(stateFingerprint(written))
  })

  it('refuses a save based on an older file, saying how to mend it, and writes nothing', async () => {
    const url = await serve()
    const res = await fetch(url, {
      method: 'POST',
      headers: { [STATE_BASE_HEADER]: stateFingerprint('{"an": "older file"}') },
      body: JSON.stringify({ ...JSON.parse(ON_DISK), definitionVersion: '0.4.0' }),
    })
    const reply = (await res.json()) as { error: string }
    expect(res.status).toBe(409)
    expect(reply.error).toMatch(/changed on disk.*Reload the page/s)
    expect(await readFile(path.join(root, 'state/test-film.theatre.json'), 'utf8')).toBe(ON_DISK)
  })
})

import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFilm, NewFilmError, registerFilm, titleFromId } from '../../scripts/new-film'
import { defineRegistry } from '../../src/script/registry'
import { validateState } from '../../src/theatre/stateSchema'

const REGISTRY = path.join('src', 'sequences', 'index.ts')

/** Every file under `dir`, relative to it, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort()
}

describe('npm run new-film', () => {
  let root: string
  beforeEach(() => {
    // A project with the real registry and state folder: what the command reads and writes.
    root = mkdtempSync(path.join(tmpdir(), 'new-film-'))
    cpSync(REGISTRY, path.join(root, REGISTRY))
    cpSync('state', path.join(root, 'state'), { recursive: true })
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('writes a film folder, an empty state for its one chapter, and registers it last', () => {
    const written = createFilm(root, 'cache-stampede', 'Cache Stampedes')
    expect(written).toContain(REGISTRY)
    expect(tree(path.join(root, 'src', 'sequences', 'cache-stampede'))).toEqual([
      'index.ts',
      'layout.ts',
      path.join('scenes', 'title.tsx'),
      path.join('script', 'index.ts'),
      path.join('script', 'title.ts'),
      path.join('sims', 'index.ts'),
    ])
    const registry = readFileSync(path.join(root, REGISTRY), 'utf8')
    expect(registry).toContain("import { script as cacheStampede } from './cache-stampede/script'")
    expect(registry).toContain('script: zeroToMillions,')
    expect(registry).toContain(
      [
        '  {',
        '    script: cacheStampede,',
        "    load: () => import('./cache-stampede'),",
        "    sims: () => import('./cache-stampede/sims'),",
        '  },',
        '])',
      ].join('\n'),
    )
    const state = JSON.parse(
      readFileSync(path.join(root, 'state', 'cache-stampede.theatre.json'), 'utf8'),
    ) as unknown
    expect(() =>
      validateState(state, { id: 'cache-stampede', chapters: [{ id: 'title', duration: 8 }] }),
    ).not.toThrow()
    const script = readFileSync(
      path.join(root, 'src', 'sequences', 'cache-stampede', 'script', 'index.ts'),
      'utf8',
    )
    expect(script).toContain("id: 'cache-stampede'")
    expect(script).toContain("title: 'Cache Stampedes'")
    expect(tree(root).some((f) => f.startsWith('.tmp'))).toBe(false)
  })

  it('refuses a malformed id, naming the rule, and writes nothing', () => {
    const before = tree(root)
    for (const id of ['Cache', 'cache_stampede', '-cache', 'cache--x', '9lives', '']) {
      expect(() => createFilm(root, id, 'X'), id).toThrow(NewFilmError)
    }
    expect(() => createFilm(root, 'Cache', 'X')).toThrow(/lower-case letters and digits/)
    expect(tree(root)).toEqual(before)
  })

  it('refuses an id that is taken, and a title of more than one line, and writes nothing', () => {
    const before = tree(root)
    const registry = readFileSync(path.join(root, REGISTRY), 'utf8')
    expect(() => createFilm(root, 'zero-to-millions', 'Again')).toThrow(
      /film 'zero-to-millions' exists already.*pick another id/,
    )
    expect(() => createFilm(root, 'fine-id', 'two\nlines')).toThrow(/--title must be one line/)
    expect(tree(root)).toEqual(before)
    expect(readFileSync(path.join(root, REGISTRY), 'utf8')).toBe(registry)
    expect(existsSync(path.join(root, 'src', 'sequences', 'fine-id'))).toBe(false)
  })

  it('quotes a title with quotes and backslashes, and names ids as titles', () => {
    createFilm(root, 'quotes', "It's a \\ test")
    const chapter = readFileSync(
      path.join(root, 'src', 'sequences', 'quotes', 'script', 'title.ts'),
      'utf8',
    )
    expect(chapter).toContain("title: 'It\\'s a \\\\ test'")
    expect(titleFromId('short-video-platform')).toBe('Short Video Platform')
    expect(() => registerFilm('nothing to edit', 'x')).toThrow(/add the film there by hand/)
  })
})

describe('the registry', () => {
  const entry = (id: string) => ({
    script: { id, title: id, chapters: [] },
    load: () => Promise.reject(new Error('not loaded here')),
    sims: () => Promise.reject(new Error('not loaded here')),
  })

  it('finds films by own id only, and lists the films when one is unknown', () => {
    const registry = defineRegistry([entry('a-film'), entry('b-film')])
    expect(registry.DEFAULT_FILM).toBe('a-film')
    expect(registry.scriptOf('b-film').id).toBe('b-film')
    for (const id of ['__proto__', 'constructor', 'toString', 'nope']) {
      expect(() => registry.scriptOf(id), id).toThrow(`Unknown film '${id}'. Films: a-film, b-film`)
    }
    expect(registry.scripts.get('__proto__')).toBeUndefined()
  })

  it('refuses a film listed twice', () => {
    expect(() => defineRegistry([entry('a-film'), entry('a-film')])).toThrow(/lists 'a-film' twice/)
  })
})

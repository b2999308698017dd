import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { films } from '../../src/sequences'
import { loadBalancerLayout } from '../../src/sequences/zero-to-millions/layout'
import { chapterSpans } from '../../src/timeline/filmTime'
import { MAP_SHEET } from '../../src/world/stagedKeys'
import { canvasPixels, decodePng, launchBrowser, openPlayer, samePixels, seek } from './browser'

/**
 * Staged objects as the production player draws them: a state file that moves one object by a
 * static value, or keyframes another's presence to 0 (a chapter's, or a map piece's in map
 * seconds), changes the frame there and nowhere else; the same state before the keyframe gives
 * the original pixels. The state reaches the page the
 * way the loader takes it, as the film's state chunk, here answered with a fixture. And every
 * chapter of every film mounts with keys unique per sheet.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FILM = 'zero-to-millions'
/** A small canvas: software GL draws it quickly, and one pixel is three of a 1080p frame. */
const W = 640
const H = 360
const QUERY = `film=${FILM}&ui=0&w=${W}&h=${H}`
const TO_CANVAS = H / 1080
/** Antialiased edges reach a pixel or two past an object's box. */
const EDGE = 3
/** Luma above which a pixel is drawn content (the background and its grid stay well below). */
const CONTENT_LUMA = 70

/** The moved object: the load balancer, once it has risen into place and the camera holds. */
const MOVED = { sheet: 'load-balancer', key: 'Load balancer', local: 30 }
/** Towards the camera, into the empty floor below it: drawn lower on screen. */
const TOWARDS_CAMERA = 3
/** The faded object: the cache, whose presence is keyframed from 1 to 0 between two moments. */
const FADED = { sheet: 'cache', key: 'Cache block', before: 30, from: 32, to: 33, after: 40 }
/**
 * An object always on stage, with no entrance: the globe of the CDN chapter, whose presence is
 * keyframed from 1 to 0 as the cache's is. Before the keyframes its materials must be exactly as
 * shipped; after them nothing of it (its markers and traffic ride on it) is drawn.
 */
const ALWAYS_ON = {
  sheet: 'cdn',
  key: 'Globe',
  before: 12,
  from: 20,
  to: 21,
  /** Halfway through the fade: the globe is drawn, dimmed. */
  mid: 20.5,
  after: 30,
}
/**
 * A piece of the map, built in the first bridge, whose presence is keyframed from 1 to 0 in map
 * seconds between two bridges: the bridge after `before` shows it, the one after `after` not.
 */
const MAP_FADED = {
  key: 'DNS server',
  before: 'vertical-vs-horizontal',
  from: 35,
  to: 36,
  after: 'load-balancer',
}
/** Seconds into a bridge: the map is fully up and this bridge's new pieces have arrived. */
const INTO_BRIDGE = 2.2

interface Box {
  x: number
  y: number
  width: number
  height: number
}

type StagedWindow = Window & {
  cinematic?: {
    objects(sheet: string): string[]
    objectBox(sheet: string, key: string): Box | null
  }
}

/** Loads the film's state file and returns it with the fixture's changes. */
async function fixtureState(): Promise<string> {
  const state = JSON.parse(
    await readFile(path.join(root, 'state', `${FILM}.theatre.json`), 'utf8'),
  ) as {
    sheetsById: Record<
      string,
      {
        staticOverrides: { byObject: Record<string, unknown> }
        sequence?: { tracksByObject: Record<string, unknown> }
      }
    >
  }
  const [x, y, z] = loadBalancerLayout.lb
  // As a drag in the studio writes it: the whole position.
  state.sheetsById[MOVED.sheet]!.staticOverrides.byObject[MOVED.key] = {
    position: { x, y, z: z + TOWARDS_CAMERA },
  }
  const faded = state.sheetsById[FADED.sheet]!
  if (!faded.sequence) throw new Error(`the fixture needs a sequence on sheet '${FADED.sheet}'`)
  const keyframe = (id: string, position: number, value: number) => ({
    id,
    position,
    value,
    connectedRight: true,
    handles: [0.5, 1, 0.5, 0],
  })
  const presence = (from: number, to: number) => ({
    trackData: {
      fixturePresence: {
        type: 'BasicKeyframedTrack',
        keyframes: [keyframe('fixtureOn', from, 1), keyframe('fixtureOff', to, 0)],
      },
    },
    trackIdByPropPath: { '["presence"]': 'fixturePresence' },
  })
  faded.sequence.tracksByObject[FADED.key] = presence(FADED.from, FADED.to)
  const always = state.sheetsById[ALWAYS_ON.sheet]!
  if (!always.sequence)
    throw new Error(`the fixture needs a sequence on sheet '${ALWAYS_ON.sheet}'`)
  always.sequence.tracksByObject[ALWAYS_ON.key] = presence(ALWAYS_ON.from, ALWAYS_ON.to)
  // The map's sequence runs in map seconds, across every bridge of the film.
  const map = state.sheetsById[MAP_SHEET]
  if (!map?.sequence) throw new Error(`the fixture needs a sequence on sheet '${MAP_SHEET}'`)
  map.sequence.tracksByObject[MAP_FADED.key] = presence(MAP_FADED.from, MAP_FADED.to)
  return JSON.stringify(state, null, 2)
}

/** Answers the film's state chunk with `text`, as the build would have bundled it. */
function serveState(text: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.route(`**/assets/${FILM}.theatre-*.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `var e=${JSON.stringify(text)};export{e as default};`,
      }),
    )
  }
}

/** Where the film shows its map: after which chapter, from when to when (film seconds). */
function mapSpans(page: Page): Promise<{ after: string; start: number; end: number }[]> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          cinematic: { maps: { after: string; start: number; end: number }[] }
        }
      ).cinematic.maps,
  )
}

function objectBox(page: Page, sheet: string, key: string): Promise<Box | null> {
  return page.evaluate(
    ([s, k]) => (window as StagedWindow).cinematic!.objectBox(s!, k!),
    [sheet, key],
  )
}

/** `box` (1080p pixels) on the canvas, grown by EDGE. */
function onCanvas(box: Box): Box {
  return {
    x: box.x * TO_CANVAS - EDGE,
    y: box.y * TO_CANVAS - EDGE,
    width: box.width * TO_CANVAS + 2 * EDGE,
    height: box.height * TO_CANVAS + 2 * EDGE,
  }
}

const inside = (b: Box, x: number, y: number): boolean =>
  x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height

interface Comparison {
  /** Pixels that differ, outside every region. */
  outside: number
  /** Pixels that differ, inside the regions. */
  inside: number
  /** Content pixels (bright) of `a` and of `b` inside the regions. */
  contentA: number
  contentB: number
}

/** Compares two frames pixel by pixel, apart inside and outside `regions` (canvas pixels). */
function compare(a: Buffer, b: Buffer, regions: Box[]): Comparison {
  const x = decodePng(a)
  const y = decodePng(b)
  expect([y.width, y.height]).toEqual([x.width, x.height])
  const out: Comparison = { outside: 0, inside: 0, contentA: 0, contentB: 0 }
  const luma = (d: Buffer, i: number) => 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!
  for (let py = 0; py < x.height; py++) {
    for (let px = 0; px < x.width; px++) {
      const i = (py * x.width + px) * 4
      const within = regions.some((r) => inside(r, px, py))
      const differs = [0, 1, 2, 3].some((c) => x.data[i + c] !== y.data[i + c])
      if (differs) out[within ? 'inside' : 'outside']++
      if (within) {
        if (luma(x.data, i) > CONTENT_LUMA) out.contentA++
        if (luma(y.data, i) > CONTENT_LUMA) out.contentB++
      }
    }
  }
  return out
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a state file stages objects in the production player', () => {
  const film = films.find((f) => f.script.id === FILM)!.script
  const spans = chapterSpans(film.chapters)
  const start = (sheet: string) => spans.find((s) => s.id === sheet)!.start
  const movedAt = start(MOVED.sheet) + MOVED.local

  test('a static position moves the object, a presence keyframed to 0 hides it (an always-on one too, and on the map in map seconds); nothing else changes', async () => {
    // The frames and boxes as the film ships.
    const original = await openPlayer(browser, QUERY, { width: W, height: H })
    let plain: {
      moved: Buffer
      box: Box | null
      before: Buffer
      after: Buffer
      fadedBox: Box | null
      /** Film seconds of the two bridges. */
      mapBefore: number
      mapAfter: number
      mapShownBefore: Buffer
      mapShownAfter: Buffer
      mapBox: Box | null
      alwaysBefore: Buffer
      alwaysMid: Buffer
      alwaysMidBox: Box | null
      alwaysAfter: Buffer
      alwaysBox: Box | null
    }
    try {
      // Where the map is drawn: the end of a chapter that closes on it.
      const maps = await mapSpans(original.page)
      const bridge = (after: string) => maps.find((m) => m.after === after)!.start + INTO_BRIDGE
      const mapBefore = bridge(MAP_FADED.before)
      const mapAfter = bridge(MAP_FADED.after)
      await seek(original.page, movedAt)
      const moved = await canvasPixels(original.page)
      const box = await objectBox(original.page, MOVED.sheet, MOVED.key)
      await seek(original.page, start(FADED.sheet) + FADED.before)
      const before = await canvasPixels(original.page)
      await seek(original.page, start(FADED.sheet) + FADED.after)
      const after = await canvasPixels(original.page)
      const fadedBox = await objectBox(original.page, FADED.sheet, FADED.key)
      await seek(original.page, mapBefore)
      const mapShownBefore = await canvasPixels(original.page)
      await seek(original.page, mapAfter)
      const mapShownAfter = await canvasPixels(original.page)
      const mapBox = await objectBox(original.page, MAP_SHEET, MAP_FADED.key)
      await seek(original.page, start(ALWAYS_ON.sheet) + ALWAYS_ON.before)
      const alwaysBefore = await canvasPixels(original.page)
      await seek(original.page, start(ALWAYS_ON.sheet) + ALWAYS_ON.mid)
      const alwaysMid = await canvasPixels(original.page)
      const alwaysMidBox = await objectBox(original.page, ALWAYS_ON.sheet, ALWAYS_ON.key)
      await seek(original.page, start(ALWAYS_ON.sheet) + ALWAYS_ON.after)
      const alwaysAfter = await canvasPixels(original.page)
      const alwaysBox = await objectBox(original.page, ALWAYS_ON.sheet, ALWAYS_ON.key)
      plain = {
        alwaysBefore,
        alwaysMid,
        alwaysMidBox,
        alwaysAfter,
        alwaysBox,
        moved,
        box,
        before,
        after,
        fadedBox,
        mapBefore,
        mapAfter,
        mapShownBefore,
        mapShownAfter,
        mapBox,
      }
      expect(original.errors).toEqual([])
    } finally {
      await original.page.close()
    }
    expect(plain.box, `'${MOVED.key}' is not drawn at ${movedAt} s`).not.toBeNull()
    expect(plain.fadedBox, `'${FADED.key}' is not drawn at ${FADED.after} s`).not.toBeNull()
    expect(plain.alwaysBox, `'${ALWAYS_ON.key}' is not drawn`).not.toBeNull()
    expect(plain.alwaysMidBox, `'${ALWAYS_ON.key}' is not drawn`).not.toBeNull()
    expect(
      plain.mapBox,
      `map '${MAP_FADED.key}' is not drawn at ${plain.mapAfter} s`,
    ).not.toBeNull()

    const staged = await openPlayer(
      browser,
      QUERY,
      { width: W, height: H },
      {
        prepare: serveState(await fixtureState()),
      },
    )
    try {
      // Moved: drawn lower (nearer), and the frame differs only where it was and where it is.
      await seek(staged.page, movedAt)
      const moved = await canvasPixels(staged.page)
      const box = await objectBox(staged.page, MOVED.sheet, MOVED.key)
      expect(box, `'${MOVED.key}' is not drawn with the fixture`).not.toBeNull()
      expect(box!.y).toBeGreaterThan(plain.box!.y + 20)
      const move = compare(plain.moved, moved, [onCanvas(plain.box!), onCanvas(box!)])
      expect(move.outside, 'pixels changed away from the moved object').toBe(0)
      const area = onCanvas(box!).width * onCanvas(box!).height
      expect(move.inside, 'the moved object left its region unchanged').toBeGreaterThan(area * 0.2)

      // Before the presence keyframes: the original frame, to the pixel.
      await seek(staged.page, start(FADED.sheet) + FADED.before)
      expect(samePixels(plain.before, await canvasPixels(staged.page))).toBe(true)

      // After them: the object is gone, its region keeps only what others draw over it.
      await seek(staged.page, start(FADED.sheet) + FADED.after)
      const after = await canvasPixels(staged.page)
      expect(await objectBox(staged.page, FADED.sheet, FADED.key)).toBeNull()
      const fade = compare(plain.after, after, [onCanvas(plain.fadedBox!)])
      expect(fade.outside, 'pixels changed away from the hidden object').toBe(0)
      expect(fade.contentA, 'the object drew nothing bright to hide').toBeGreaterThan(100)
      expect(fade.contentB, 'the hidden object still shows').toBeLessThan(fade.contentA * 0.25)

      // The map piece: shown as before at the bridge ahead of its keyframes, gone at the next.
      await seek(staged.page, plain.mapBefore)
      expect(samePixels(plain.mapShownBefore, await canvasPixels(staged.page))).toBe(true)
      expect(await objectBox(staged.page, MAP_SHEET, MAP_FADED.key)).not.toBeNull()
      await seek(staged.page, plain.mapAfter)
      const mapAfterPixels = await canvasPixels(staged.page)
      expect(await objectBox(staged.page, MAP_SHEET, MAP_FADED.key)).toBeNull()
      const mapFade = compare(plain.mapShownAfter, mapAfterPixels, [onCanvas(plain.mapBox!)])
      expect(mapFade.outside, 'pixels changed away from the hidden map piece').toBe(0)
      expect(mapFade.contentA, 'the map piece drew nothing bright to hide').toBeGreaterThan(50)
      expect(mapFade.contentB, 'the hidden map piece still shows').toBeLessThan(
        mapFade.contentA * 0.25,
      )

      // The always-on object: untouched at presence 1, gone at 0.
      await seek(staged.page, start(ALWAYS_ON.sheet) + ALWAYS_ON.before)
      expect(samePixels(plain.alwaysBefore, await canvasPixels(staged.page))).toBe(true)
      // Halfway, dimmed: its materials blend, opaque ones too (drawn opaque a moment before,
      // each needs its shader compiled again to blend at all).
      await seek(staged.page, start(ALWAYS_ON.sheet) + ALWAYS_ON.mid)
      const alwaysMid = await canvasPixels(staged.page)
      expect(await objectBox(staged.page, ALWAYS_ON.sheet, ALWAYS_ON.key)).not.toBeNull()
      const dimmed = compare(plain.alwaysMid, alwaysMid, [onCanvas(plain.alwaysMidBox!)])
      expect(dimmed.outside, 'pixels changed away from the fading globe').toBe(0)
      expect(
        dimmed.inside,
        'the globe halfway through its fade is drawn as before',
      ).toBeGreaterThan(dimmed.contentA * 0.8)
      await seek(staged.page, start(ALWAYS_ON.sheet) + ALWAYS_ON.after)
      const alwaysAfter = await canvasPixels(staged.page)
      expect(await objectBox(staged.page, ALWAYS_ON.sheet, ALWAYS_ON.key)).toBeNull()
      const gone = compare(plain.alwaysAfter, alwaysAfter, [onCanvas(plain.alwaysBox!)])
      expect(gone.outside, 'pixels changed away from the hidden globe').toBe(0)
      expect(gone.contentA, 'the globe drew nothing bright to hide').toBeGreaterThan(100)
      expect(gone.contentB, 'the hidden globe still shows').toBeLessThan(gone.contentA * 0.25)
      expect(staged.errors).toEqual([])
    } finally {
      await staged.page.close()
    }
  })
})

describe.each(films.map((f) => f.script))('film $id: staged keys', (script) => {
  test('every chapter (and the map) mounts with no two objects sharing a key on a sheet', async () => {
    const { page, errors } = await openPlayer(browser, `film=${script.id}&ui=0&w=${W}&h=${H}`, {
      width: W,
      height: H,
    })
    try {
      const spans = chapterSpans(script.chapters)
      const maps = await page.evaluate(
        () =>
          (window as unknown as { cinematic: { maps: { start: number; end: number }[] } }).cinematic
            .maps,
      )
      // Each chapter at its midpoint, then the map where it is shown: every object of a sheet
      // in the scene, each key looked up there (two objects with one key throw).
      const visits = [
        ...spans.map((s) => ({ sheet: s.id, at: (s.start + s.end) / 2 })),
        ...maps.slice(-1).map((m) => ({ sheet: MAP_SHEET, at: (m.start + m.end) / 2 })),
      ]
      for (const { sheet, at } of visits) {
        await seek(page, at)
        const found = await page.evaluate((s) => {
          const c = (window as StagedWindow).cinematic!
          const keys = c.objects(s)
          const problems: string[] = []
          for (const k of keys) {
            try {
              c.objectBox(s, k)
            } catch (e) {
              problems.push((e as Error).message)
            }
          }
          return { keys, problems }
        }, sheet)
        expect(found.problems, `sheet '${sheet}'`).toEqual([])
        expect(new Set(found.keys).size).toBe(found.keys.length)
        // Every chapter has at least its camera; the map at least one piece.
        expect(found.keys.length, `sheet '${sheet}' has no Theatre objects`).toBeGreaterThan(0)
      }
      expect(errors.filter((e) => e.includes('share the Theatre key'))).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })
})

/**
 * Layers drawn outside every chapter, which no chapter's sheet could own, and what else may stay
 * unstaged, with the reason.
 */
const UNSTAGED_ALLOWED: Record<string, string> = {
  Ground: "the floor every chapter stands on (Stage): the film's, drawn in every chapter",
  Veil: 'the transition veil: fades between chapters, in film time, belonging to none',
  'Camera target marker':
    "the camera target's marker, a Theatre object of its own ('Camera Target'), drawn only in the studio",
}
/** Fractions of a chapter (up to its map, if it closes on one) where it is looked at. */
const LOOKS = [0.1, 0.5, 0.9]

type UnstagedWindow = Window & {
  cinematic: {
    unstaged(): { chapter: string | null; path: string; what: string; shown: boolean }[]
    staleBounds(): { path: string; which: string }[]
  }
}

/** Drawn objects whose bounds (by which three sorts transparent ones) are an earlier frame's. */
async function staleAt(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() =>
    (window as unknown as UnstagedWindow).cinematic.staleBounds(),
  )
  return found.map((b) => `${where}: ${b.path} (${b.which})`)
}

describe.each(films.map((f) => f.script))('film $id: everything on stage is staged', (script) => {
  test('every drawable of every chapter (and of the map) is below a Theatre object; outside them only the named engine layers; no bounds are left from an earlier frame', async () => {
    const { page, errors } = await openPlayer(browser, `film=${script.id}&ui=0&w=${W}&h=${H}`, {
      width: W,
      height: H,
    })
    try {
      const maps = await mapSpans(page)
      const unstaged = new Set<string>()
      const outside = new Set<string>()
      // Each look jumps ahead within the chapter: bounds measured at the look before and kept
      // would sort this frame as that one, and a frame drawn after a jump would differ from
      // the same frame played through (a resumed or sharded export).
      const stale: string[] = []
      for (const span of chapterSpans(script.chapters)) {
        // The chapter's own time: the map's look at its end draws another scene.
        const end = maps.find((m) => m.after === span.id)?.start ?? span.end
        for (const f of LOOKS) {
          await seek(page, span.start + (end - span.start) * f)
          stale.push(...(await staleAt(page, `${span.id} at ${f}`)))
          // Hidden ones too: a packet in flight at another moment is mounted all along.
          const found = await page.evaluate(() =>
            (window as unknown as UnstagedWindow).cinematic.unstaged(),
          )
          for (const u of found) {
            const name = u.path.split(' > ').at(-1) ?? ''
            if (name in UNSTAGED_ALLOWED) continue
            if (u.chapter === null) outside.add(`${u.path || '(unnamed)'}: ${u.what}`)
            else unstaged.add(`${u.chapter}: ${u.what}`)
          }
        }
      }
      // The map's scene, where the film shows it: its pieces are the map sheet's objects.
      const lastMap = maps.at(-1)
      if (lastMap) {
        await seek(page, lastMap.start + INTO_BRIDGE)
        stale.push(...(await staleAt(page, 'map')))
        const found = await page.evaluate(() =>
          (window as unknown as UnstagedWindow).cinematic.unstaged(),
        )
        for (const u of found) {
          const name = u.path.split(' > ').at(-1) ?? ''
          if (!(name in UNSTAGED_ALLOWED)) outside.add(`map: ${u.path || '(unnamed)'}: ${u.what}`)
        }
      }
      expect([...unstaged], 'drawn in a chapter, but no staged object owns it').toEqual([])
      expect([...outside], 'drawn outside every chapter, and not a named layer').toEqual([])
      expect(stale, 'bounds three sorts by, left from an earlier frame').toEqual([])
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })
})

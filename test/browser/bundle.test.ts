import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

/**
 * The production build must hold none of Theatre's studio: main.tsx loads it only under
 * `import.meta.env.DEV`, and a slip there would ship ~1.7 MB of editor to every viewer (and
 * open the studio over the film). globalSetup builds dist/ before this file runs.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const assets = path.join(root, 'dist', 'assets')
const require = createRequire(import.meta.url)

function packageFile(relative: string): string {
  return readFileSync(path.join(root, 'node_modules', relative), 'utf8')
}

/**
 * Strings that survive minification (literals and property names) and occur in
 * @theatre/studio's bundle and nowhere in the Theatre code the player does ship.
 */
const STUDIO_MARKERS = [
  // (Not the studio's root element id, 'theatrejs-studio-root': the player names it to keep its
  // keys out of the studio's fields, so that string ships by design.)
  'OutlinePanel-TriggerButton',
  'Aggregate Keyframe Track',
  'Paste Keyframes',
  'createContentOfSaveFile',
]
/** The same for @theatre/r3f's studio extension (the snapshot editor). */
const EXTENSION_MARKERS = ['snapshot-editor', 'Create Snapshot', 'Refresh Snapshot']

/** Every JavaScript file of the build, as one entry per file. */
function builtScripts(): { file: string; text: string }[] {
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ file: name, text: readFileSync(path.join(assets, name), 'utf8') }))
}

describe('production bundle', () => {
  test('the markers are studio-only: in the studio and its extension, not in what ships', () => {
    // Resolve through Node so a moved or renamed package file fails here, not silently below.
    const studio = readFileSync(require.resolve('@theatre/studio'), 'utf8')
    const extension = packageFile('@theatre/r3f/dist/extension/index.esm.js')
    for (const m of STUDIO_MARKERS) expect(studio, `studio should contain ${m}`).toContain(m)
    for (const m of EXTENSION_MARKERS) {
      expect(extension, `extension should contain ${m}`).toContain(m)
    }

    // Theatre code the player legitimately bundles must not contain them, or they would prove
    // nothing (e.g. '__TheatreJS_StudioBundle' is in @theatre/core too, so it is no marker).
    const shipped = [
      packageFile('@theatre/core/dist/index.js'),
      packageFile('@theatre/r3f/dist/index.esm.js'),
    ]
    for (const text of shipped) {
      for (const m of [...STUDIO_MARKERS, ...EXTENSION_MARKERS]) expect(text).not.toContain(m)
    }
  })

  test('dist/assets/*.js holds no studio or studio-extension code', () => {
    const scripts = builtScripts()
    expect(scripts.length).toBeGreaterThan(0)
    const all = scripts.map((s) => s.text).join('\n')
    // The scan reads the real player: its clock's rafDriver name and @theatre/core are there.
    expect(all).toContain('cinematic-clock')
    expect(all).toContain('__TheatreJS_StudioBundle')

    const found = scripts.flatMap(({ file, text }) =>
      [...STUDIO_MARKERS, ...EXTENSION_MARKERS]
        .filter((m) => text.includes(m))
        .map((m) => `${file}: ${m}`),
    )
    expect(found, 'studio code in the production bundle').toEqual([])
  })
})

#!/usr/bin/env -S npx tsx
/**
 * `npm run new-film -- <id> [--title "…"]`: starts a film that plays at once.
 *
 * Writes src/sequences/<id>/ (its script with one title chapter and one narrated line, the
 * chapter's scene, its layout and its table of contents), an empty Theatre state in
 * state/<id>.theatre.json (one sheet, no keyframes yet: the studio fills it), and adds the film
 * to the registry (src/sequences/index.ts), so that it is in the player's film menu, in the
 * export and the voice, and in every test. Then it makes the narration's voice when a speech
 * engine is installed. A wrong or taken id changes nothing.
 */
import { Command } from 'commander'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeFileAtomic } from './lib/atomic'

/** Ids as chapters, files and URLs use them: lower-case words joined by single hyphens. */
const FILM_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
/** Room for a title card, the one narrated line and a breath after it. */
const TITLE_SECONDS = 8
/** Theatre's sequence resolution: the same as every other film's state. */
const SUB_UNITS_PER_UNIT = 30

export class NewFilmError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NewFilmError'
  }
}

/** `short-video-platform` → `Short Video Platform`. */
export function titleFromId(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}

/** `short-video-platform` → `shortVideoPlatform`. */
function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/** A string as a single-quoted TypeScript literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

const REGISTRY = path.join('src', 'sequences', 'index.ts')
const REGISTRY_CLOSE = '\n])\n'

/** The files of a new film, by path relative to the project root. */
export function filmFiles(id: string, title: string): Record<string, string> {
  const dir = path.join('src', 'sequences', id)
  const files: Record<string, string> = {}
  files[path.join(dir, 'script', 'index.ts')] =
    `import { defineFilmScript } from '../../../script/types'
import { title } from './title'

/** ${title}: the chapters in the order they play. */
export const script = defineFilmScript({
  id: ${quote(id)},
  title: ${quote(title)},
  chapters: [title],
})
`
  files[path.join(dir, 'script', 'title.ts')] =
    `import { defineChapter } from '../../../script/types'

/** The title card: the film's name, said once. */
export const title = defineChapter({
  id: 'title',
  title: ${quote(title)},
  kicker: 'Introduction',
  duration: ${TITLE_SECONDS},
  beats: {
    'heading-in': 0.5,
    // The heading has risen and the line has been said: where a presenter holds.
    settled: 5,
  },
  stops: ['settled'],
  narration: [{ id: 'title-01', at: 1, text: ${quote(`${title}.`)} }],
  notes: 'The title card. Add chapters to the script, and a scene for each.',
  poster: 4,
})
`
  files[path.join(dir, 'layout.ts')] = `import type { Vec3 } from '../../world/paths'

/** The title card, seen straight on from far enough that the heading fills a third of the frame. */
export const titleLayout = {
  camera: { position: [0, 2.6, 15] as Vec3, target: [0, 2.6, 0] as Vec3 },
  /** At the camera's eye height, so that the heading faces the viewer without skew. */
  heading: [0, 2.6, 0] as Vec3,
}
`
  files[path.join(dir, 'scenes', 'title.tsx')] =
    `import { ChapterCamera } from '../../../world/ChapterCamera'
import { ChapterHeading } from '../../../world/ChapterHeading'
import type { ChapterSceneProps } from '../../../world/film'
import { tuple } from '../../../world/paths'
import { titleLayout as place } from '../layout'
import { title as script } from '../script/title'

const { beats } = script

/** The title card: the film's name rises in front of the camera. */
export function TitleScene({ active }: ChapterSceneProps) {
  return (
    <>
      <ChapterCamera
        active={active}
        position={place.camera.position}
        target={place.camera.target}
      />
      <ChapterHeading
        title={script.title}
        at={beats['heading-in']}
        until={script.duration}
        position={tuple(place.heading)}
      />
    </>
  )
}
`
  files[path.join(dir, 'sims', 'index.ts')] = `/**
 * ${title}'s simulations, by chapter: a chapter's builders go here (Node-safe), its scene builds
 * them with \`useChapterSim\`, and \`npm run bench:sim\` times them.
 */
import { defineFilmSims } from '../../../sim/filmSims'
import { script } from '../script'

export const sims = defineFilmSims(script, {})
`
  files[path.join(dir, 'index.ts')] = `import { defineFilm } from '../../world/film'
import { TitleScene } from './scenes/title'
import { script } from './script'

/** ${title}: one scene per chapter, in the script's order. */
export default defineFilm({
  script,
  scenes: {
    title: TitleScene,
  },
})
`
  files[path.join('state', `${id}.theatre.json`)] = `${JSON.stringify(
    {
      sheetsById: {
        title: {
          staticOverrides: { byObject: {} },
          sequence: {
            type: 'PositionalSequence',
            length: TITLE_SECONDS,
            subUnitsPerUnit: SUB_UNITS_PER_UNIT,
            tracksByObject: {},
          },
        },
      },
      definitionVersion: '0.4.0',
      revisionHistory: [],
    },
    null,
    2,
  )}\n`
  return files
}

/** The registry's text with the film added at the end of the menu. */
export function registerFilm(registry: string, id: string): string {
  const name = camel(id)
  const importLine = `import { script as ${name} } from './${id}/script'\n`
  const lastImport = registry.lastIndexOf('\nimport ')
  const close = registry.lastIndexOf(REGISTRY_CLOSE)
  if (lastImport < 0 || close < 0 || close < lastImport) {
    throw new NewFilmError(
      `${REGISTRY} is not in the shape this command edits (imports, then defineRegistry([ … ])); add the film there by hand.`,
    )
  }
  const afterImport = registry.indexOf('\n', lastImport + 1) + 1
  const entry = `
  {
    script: ${name},
    load: () => import('./${id}'),
    sims: () => import('./${id}/sims'),
  },`
  return (
    registry.slice(0, afterImport) +
    importLine +
    registry.slice(afterImport, close) +
    entry +
    registry.slice(close)
  )
}

/**
 * Checks the id and the title, then writes the film and registers it. Nothing is written until
 * every check has passed; if writing fails halfway, what was written is removed again.
 */
export function createFilm(root: string, id: string, title: string): string[] {
  if (!FILM_ID.test(id)) {
    throw new NewFilmError(
      `'${id}' is not a film id: use lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. 'cache-stampede').`,
    )
  }
  if (title.trim() === '' || /[\r\n]/.test(title)) {
    throw new NewFilmError(`--title must be one line of text; got ${JSON.stringify(title)}.`)
  }
  const registryFile = path.join(root, REGISTRY)
  const registry = readFileSync(registryFile, 'utf8')
  const folder = path.join(root, 'src', 'sequences', id)
  const files = filmFiles(id, title.trim())
  const taken = [folder, ...Object.keys(files).map((f) => path.join(root, f))].find((f) =>
    existsSync(f),
  )
  if (taken || registry.includes(`'./${id}/script'`)) {
    throw new NewFilmError(
      `A film '${id}' exists already (${path.relative(root, taken ?? registryFile)}); pick another id.`,
    )
  }
  const registered = registerFilm(registry, id)

  // The film's folder is written aside and moved into place whole.
  const staging = path.join(root, '.tmp', `new-film-${id}`)
  const stateFile = path.join(root, 'state', `${id}.theatre.json`)
  rmSync(staging, { recursive: true, force: true })
  try {
    for (const [file, text] of Object.entries(files)) {
      const inFolder = path.relative(path.join('src', 'sequences', id), file)
      const target = inFolder.startsWith('..')
        ? path.join(root, file)
        : path.join(staging, inFolder)
      mkdirSync(path.dirname(target), { recursive: true })
      if (target === stateFile) writeFileAtomic(target, text)
      else writeFileSync(target, text)
    }
    mkdirSync(path.dirname(folder), { recursive: true })
    renameSync(staging, folder)
    writeFileAtomic(registryFile, registered)
  } catch (e) {
    rmSync(staging, { recursive: true, force: true })
    rmSync(folder, { recursive: true, force: true })
    rmSync(stateFile, { force: true })
    throw e
  }
  return [...Object.keys(files), REGISTRY]
}

/** Whether a speech engine the voice step can use is on the PATH. */
function hasSpeechEngine(): boolean {
  return ['festival', 'espeak-ng'].some(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
  )
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run new-film --')
    .description('Start a new film: a folder in src/sequences, a state file, a registry entry.')
    .argument('<id>', "the film's id, as in ?film=<id> (lower-case words joined by hyphens)")
    .option('--title <text>', "the film's title (default: from the id)")
    .option('--no-voice', 'do not make the narration audio now')
    .showHelpAfterError()
  program.parse()
  const [id] = program.args as [string]
  const opts = program.opts<{ title?: string; voice: boolean }>()
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const title = opts.title ?? titleFromId(id)
  const written = createFilm(root, id, title)
  console.log(`Film '${id}' ("${title}") created:`)
  for (const f of written) console.log(`  ${f}`)
  if (opts.voice && hasSpeechEngine()) {
    const voice = spawnSync('npx', ['tsx', 'scripts/voice.ts', '--film', id], {
      cwd: root,
      stdio: 'inherit',
    })
    if (voice.status !== 0)
      console.log(`The voice failed; try again: npm run voice -- --film ${id}`)
  } else {
    console.log(
      `Make its voice when festival or espeak-ng is installed: npm run voice -- --film ${id}`,
    )
  }
  console.log(
    `\nSee it: npm run dev, then open /?film=${id}. Stage it in the studio (dev server) and save.`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    if (e instanceof NewFilmError) {
      console.error(`new-film: ${e.message}`)
      process.exit(2)
    }
    throw e
  })
}

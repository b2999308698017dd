import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** Lints `code` as if it were the project file `file`, with the project's own ESLint config. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result!.messages
    .filter((m) => m.ruleId === 'cinematic/film-boundaries')
    .map((m) => m.message)
}

// Loading the config (TypeScript's parser and plugins) takes seconds on a slow machine, once.
describe('film boundaries (lint rule)', { timeout: 120_000 }, () => {
  it('refuses an engine file that imports a film, statically or lazily', async () => {
    expect(
      await boundaryErrors(
        'src/world/Probe.ts',
        "import { script } from '../sequences/zero-to-millions/script'\nexport const s = script\n",
      ),
    ).toEqual([expect.stringMatching(/film 'zero-to-millions': the engine never imports a film/)])
    expect(
      await boundaryErrors(
        'src/player/Probe.ts',
        "export const load = () => import('../sequences/zero-to-millions')\n",
      ),
    ).toHaveLength(1)
    expect(
      await boundaryErrors(
        'scripts/probe.ts',
        "export * from '../src/sequences/zero-to-millions/layout'\n",
      ),
    ).toHaveLength(1)
  })

  it('refuses a film that imports another film', async () => {
    expect(
      await boundaryErrors(
        'src/sequences/zero-to-millions/scenes/probe.tsx',
        "import { X } from '../../another-film/parts/X'\nexport const y = X\n",
      ),
    ).toEqual([expect.stringMatching(/film 'zero-to-millions' may not import another film/)])
  })

  it('allows a film its own files and the engine, and the registry every film', async () => {
    expect(
      await boundaryErrors(
        'src/sequences/zero-to-millions/scenes/probe.tsx',
        "import { place } from '../layout'\nimport { tuple } from '../../../world/paths'\nexport const p = tuple(place)\n",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'src/sequences/index.ts',
        "import { script } from './zero-to-millions/script'\nexport const s = script\n",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'src/main.tsx',
        "import { films } from './sequences'\nexport const f = films\n",
      ),
    ).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BASE_ARGS, GL_BACKENDS, featuresFlag } from '../../scripts/lib/chromium'

/**
 * The features the installed playwright-core turns on itself (its `enabledFeatures`, read from
 * its bundle): a new version that adds one fails this test until featuresFlag repeats it.
 */
function playwrightFeatures(): string[] {
  const root = path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'))
  const bundle = readFileSync(path.join(root, 'lib', 'coreBundle.js'), 'utf8')
  const list = /enabledFeatures = \(\) => \[([\s\S]*?)\]\.filter/.exec(bundle)?.[1]
  if (!list) throw new Error("playwright-core's enabledFeatures not found in lib/coreBundle.js")
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/"(\w+)"/g)].map((m) => m[1]!)
}

/** What Chromium would turn on from a launch's arguments: only the last flag counts. */
const enabledBy = (args: string[]): string[] =>
  args
    .filter((a) => a.startsWith('--enable-features='))
    .at(-1)
    ?.slice('--enable-features='.length)
    .split(',') ?? []

describe("the browser's features", () => {
  it.each(GL_BACKENDS.map((b) => [b.id, b] as const))(
    'keep the allocator ring and playwright-core’s own on %s',
    (_id, backend) => {
      // playwright-core passes its flag first; ours follows it (see launchChromium).
      const own = playwrightFeatures()
      expect(own.length).toBeGreaterThan(0)
      const args = [
        `--enable-features=${own.join(',')}`,
        ...BASE_ARGS,
        featuresFlag(backend),
        ...backend.args,
      ]
      const on = enabledBy(args)
      expect(on).toContain('PartitionAllocLargeEmptySlotSpanRing')
      for (const feature of own) expect(on).toContain(feature)
      for (const feature of backend.features ?? []) expect(on).toContain(feature)
    },
  )

  it('come from one flag: no backend passes a second one that would replace it', () => {
    for (const backend of GL_BACKENDS)
      expect(backend.args.filter((a) => a.startsWith('--enable-features'))).toEqual([])
    expect(BASE_ARGS.filter((a) => a.startsWith('--enable-features'))).toEqual([])
  })

  it('keep the GPU backend on Vulkan', () => {
    const vulkan = GL_BACKENDS.find((b) => b.id === 'gpu-vulkan')!
    expect(enabledBy([featuresFlag(vulkan)])).toContain('Vulkan')
  })
})

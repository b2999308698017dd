import { describe, expect, it } from 'vitest'
import { BASE_ARGS, GL_BACKENDS, featuresFlag } from '../../scripts/lib/chromium'

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
      const args = [
        '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
        ...BASE_ARGS,
        featuresFlag(backend),
        ...backend.args,
      ]
      const on = enabledBy(args)
      expect(on).toContain('PartitionAllocLargeEmptySlotSpanRing')
      expect(on).toContain('CDPScreenshotNewSurface')
      expect(on).toContain('SkipListAccountsWithoutGaiaCookies')
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

import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { planRender, RenderError } from '../../scripts/lib/render/plan'
import { checkShards, shardTagOf } from '../../scripts/lib/render/shards'

/**
 * `--merge` reads each shard's tag from its file: tiny MP4s made with ffmpeg carry the tags the
 * export writes, so the checks run on real files without drawing anything.
 */
const work = mkdtempSync(path.join(tmpdir(), 'cinematic-shards-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function shardFile(index: number, backend: string): string {
  const plan = planRender({ film: 'zero-to-millions', shard: `${index}/2`, to: '10' })
  plan.backend = backend
  const file = path.join(work, `${backend.split(':')[0]}-${index}.mp4`)
  const r = spawnSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=black:s=32x32:d=0.1',
    '-metadata',
    `comment=${shardTagOf(plan)}`,
    file,
  ])
  if (r.status !== 0) throw new Error(r.stderr.toString())
  return file
}

// ffmpeg and ffprobe run several times per test: allow for a busy machine.
describe('--merge', { timeout: 120_000 }, () => {
  const llvmpipe = 'llvmpipe: ANGLE (Mesa/X.org, llvmpipe (LLVM 15.0.6 256 bits), OpenGL ES 3.2)'
  const swiftshader = 'swiftshader: ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))'

  it('takes shards drawn on one backend, in order', () => {
    const files = [shardFile(2, llvmpipe), shardFile(1, llvmpipe)]
    const { files: ordered, tag } = checkShards(files)
    expect(ordered).toEqual([files[1], files[0]])
    expect(tag.backend).toBe(llvmpipe)
  })

  it('refuses shards drawn on different GL backends, naming both and the mend', () => {
    const files = [shardFile(1, llvmpipe), shardFile(2, swiftshader)]
    expect(() => checkShards(files)).toThrow(RenderError)
    expect(() => checkShards(files)).toThrow(/drawn with swiftshader.*llvmpipe.*same --gl/)
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { planRender, RenderError } from '../../scripts/lib/render/plan'
import { planSegments, SEGMENT_SECONDS, shardSegments } from '../../scripts/lib/render/segments'

describe('render flags', () => {
  it('renders the whole film at 1080p60 by default', () => {
    const plan = planRender({ film: 'zero-to-millions' }, '/repo')
    expect(plan).toMatchObject({
      width: 1920,
      height: 1080,
      fps: 60,
      format: 'mp4',
      firstFrame: 0,
      crf: 18,
      preset: 'veryfast',
    })
    expect(plan.endFrame).toBe(Math.round(plan.spans.at(-1)!.end * 60))
    expect(plan.out).toBe(path.join('/repo', 'out', 'zero-to-millions.mp4'))
  })

  it('takes a chapter, and --from/--to inside it', () => {
    const plan = planRender(
      { film: 'zero-to-millions', chapter: 'single-server', from: '0:10', to: '20', fps: '30' },
      '/r',
    )
    expect(plan.firstFrame).toBe(70 * 30)
    expect(plan.endFrame).toBe(80 * 30)
    expect(plan.out).toBe('/r/out/zero-to-millions-single-server.mp4')
  })

  it('names shard outputs', () => {
    const plan = planRender({ film: 'zero-to-millions', shard: '2/8', out: 'x/film.mp4' }, '/r')
    expect(plan.shard).toEqual({ index: 2, count: 8 })
    expect(plan.out).toBe('/r/x/film.shard-2-of-8.mp4')
  })

  it.each([
    [{}, /--film is required.*zero-to-millions/],
    [{ film: 'nope' }, /--film nope: no such film. Films: zero-to-millions/],
    [
      { film: 'zero-to-millions', chapter: 'ch99' },
      /--chapter ch99: .*Chapters: intro, single-server/,
    ],
    [
      { film: 'zero-to-millions', to: '9999' },
      /--to 9999: the film is only \d+(\.\d+)? s long; use a time up to \d+(\.\d+)?/,
    ],
    [{ film: 'zero-to-millions', from: 'soon' }, /--from soon: use seconds/],
    [{ film: 'zero-to-millions', from: '20', to: '10' }, /holds no frame/],
    [{ film: 'zero-to-millions', size: '12x' }, /--size 12x: use WIDTHxHEIGHT/],
    [{ film: 'zero-to-millions', size: '641x360' }, /must be even.*642x360/],
    [{ film: 'zero-to-millions', fps: '0' }, /--fps 0/],
    [{ film: 'zero-to-millions', format: 'gif' }, /--format gif: use mp4 or png/],
    [{ film: 'zero-to-millions', shard: '9/8' }, /--shard 9\/8: use i\/n/],
    [{ film: 'zero-to-millions', crf: '60' }, /--crf 60/],
    [{ film: 'zero-to-millions', preset: 'warp' }, /--preset warp/],
    [{ film: 'zero-to-millions', out: 'film.mov' }, /--out film.mov: .*\.mp4/],
    [
      { film: 'zero-to-millions', gl: 'opengl' },
      /--gl opengl: use one of auto, gpu, llvmpipe, swiftshader/,
    ],
  ])('refuses %o with the flag and the mend', (options, message) => {
    expect(() => planRender(options)).toThrow(RenderError)
    expect(() => planRender(options)).toThrow(message)
  })
})

describe('segments and shards', () => {
  it('cuts the range into segments of equal length from its first frame', () => {
    const segs = planSegments(100, 100 + 600, 60)
    expect(segs.map((s) => [s.first, s.count])).toEqual([
      [100, SEGMENT_SECONDS * 60],
      [340, SEGMENT_SECONDS * 60],
      [580, 120],
    ])
  })

  it.each([1, 2, 3, 7, 20])('%i shards cover every segment exactly once, in order', (n) => {
    const segs = planSegments(0, 60 * 60, 60)
    const joined = Array.from({ length: n }, (_, i) =>
      shardSegments(segs, { index: i + 1, count: n }),
    ).flat()
    expect(joined).toEqual(segs)
  })
})

describe('Kubernetes manifests (deploy/)', () => {
  const shards = parse(readFileSync('deploy/render-job.yaml', 'utf8'))
  const merge = parse(readFileSync('deploy/render-merge-job.yaml', 'utf8'))

  it('run one shard per completion index, as many as SHARDS', () => {
    expect(shards.kind).toBe('Job')
    expect(shards.spec.completionMode).toBe('Indexed')
    const container = shards.spec.template.spec.containers[0]
    const env = Object.fromEntries(
      container.env.map((e: { name: string; value: string }) => [e.name, e.value]),
    )
    expect(Number(env.SHARDS)).toBe(shards.spec.completions)
    const command = container.args.join(' ')
    expect(command).toMatch(/^npm run render -- /)
    // Every index gives a shard the CLI accepts, and together they are 1/n … n/n.
    for (let index = 0; index < shards.spec.completions; index++) {
      const shard = `${index + 1}/${env.SHARDS}`
      const expanded: string = command
        .replace('"$((JOB_COMPLETION_INDEX + 1))/$SHARDS"', shard)
        .replace(/"?\$FILM"?/g, env.FILM)
        .replace(/"/g, '')
      const words = expanded.split(/\s+/)
      const tokens: string[] = words.slice(words.indexOf('--') + 1)
      const flags: Record<string, string> = {}
      tokens.forEach((t, i) => {
        const next = tokens[i + 1]
        if (t.startsWith('--') && next !== undefined && !next.startsWith('--'))
          flags[t.slice(2)] = next
      })
      expect(planRender(flags).shard).toEqual({ index: index + 1, count: Number(env.SHARDS) })
    }
  })

  it('merges the shards the first job writes', () => {
    const args = merge.spec.template.spec.containers[0].args.join(' ')
    expect(args).toMatch(/npm run render -- --merge \/renders\/\$FILM\.shard-\*-of-\*\.mp4/)
    const shardsOut = shards.spec.template.spec.containers[0].args.join(' ')
    expect(shardsOut).toContain('--out "/renders/$FILM.mp4"')
  })
})

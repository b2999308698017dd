/**
 * Shards: a render split across machines. Each shard file carries, in its comment tag, which
 * render it belongs to and which slice it is, so `--merge` can check that the pieces fit
 * together before joining them without re-encoding.
 */
import { z } from 'zod'
import { probe } from './ffmpeg'
import { RenderError, type RenderPlan } from './plan'

const shardTag = z.object({
  kind: z.literal('scaling-cinematic-shard'),
  film: z.string(),
  firstFrame: z.number().int(),
  endFrame: z.number().int(),
  fps: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  crf: z.number().int(),
  preset: z.string(),
  /** The GL backend and renderer that drew it (RenderPlan.backend). */
  backend: z.string(),
  index: z.number().int(),
  count: z.number().int(),
})
export type ShardTag = z.infer<typeof shardTag>

export function shardTagOf(plan: RenderPlan): string {
  if (!plan.shard) throw new Error('shardTagOf: not a shard render')
  const tag: ShardTag = {
    kind: 'scaling-cinematic-shard',
    film: plan.film,
    firstFrame: plan.firstFrame,
    endFrame: plan.endFrame,
    fps: plan.fps,
    width: plan.width,
    height: plan.height,
    crf: plan.crf,
    preset: plan.preset,
    backend: plan.backend,
    index: plan.shard.index,
    count: plan.shard.count,
  }
  return JSON.stringify(tag)
}

/** The job fields every shard of one render shares. */
function jobKey(t: ShardTag): string {
  return JSON.stringify([
    t.film,
    t.firstFrame,
    t.endFrame,
    t.fps,
    t.width,
    t.height,
    t.crf,
    t.preset,
    t.count,
  ])
}

/** Reads and checks the shard files; returns them in order with their common tag. */
export function checkShards(files: string[]): { files: string[]; tag: ShardTag } {
  if (files.length === 0)
    throw new RenderError(
      '--merge needs the shard files, e.g. --merge out/a.shard-1-of-2.mp4 out/a.shard-2-of-2.mp4',
    )
  const tags = files.map((file) => {
    let comment: string | undefined
    try {
      comment = probe(file).format.tags?.comment
    } catch (e) {
      throw new RenderError(
        `--merge ${file}: cannot read it (${(e as Error).message.split('\n')[0]}).`,
      )
    }
    const parsed = comment ? shardTag.safeParse(JSON.parse(comment)) : null
    if (!parsed?.success)
      throw new RenderError(
        `--merge ${file}: not a shard written by npm run render -- --shard i/n.`,
      )
    return { file, tag: parsed.data }
  })
  const first = tags[0]!.tag
  for (const { file, tag } of tags) {
    if (jobKey(tag) === jobKey(first) && tag.backend !== first.backend)
      throw new RenderError(
        `--merge ${file}: drawn with ${tag.backend}, but ${tags[0]!.file} with ${first.backend}; ` +
          'GL backends draw slightly different pixels, so render every shard with the same --gl (e.g. --gl llvmpipe).',
      )
    if (jobKey(tag) !== jobKey(first))
      throw new RenderError(
        `--merge ${file}: belongs to a different render than ${tags[0]!.file} (film, range, size, fps or encoder settings differ).`,
      )
  }
  const byIndex = new Map(tags.map((t) => [t.tag.index, t.file]))
  if (byIndex.size !== tags.length)
    throw new RenderError('--merge: the same shard was given twice.')
  const missing = Array.from({ length: first.count }, (_, i) => i + 1).filter(
    (i) => !byIndex.has(i),
  )
  if (missing.length > 0)
    throw new RenderError(
      `--merge: missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${first.count}`).join(', ')}.`,
    )
  return { files: Array.from({ length: first.count }, (_, i) => byIndex.get(i + 1)!), tag: first }
}

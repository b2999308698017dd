/**
 * The unit of work and of resumption: a segment is a run of frames encoded on its own as a
 * closed GOP, so finished segments survive a crash and any set of them joins without
 * re-encoding. The grid starts at the render's first frame, so every shard of a render cuts
 * the same segments and merged shards equal one render.
 */

/** Seconds per segment: short enough that a crash loses little, long enough for good encoding. */
export const SEGMENT_SECONDS = 4

export interface Segment {
  index: number
  /** First film frame and number of frames. */
  first: number
  count: number
}

export function planSegments(firstFrame: number, endFrame: number, fps: number): Segment[] {
  const size = Math.max(1, Math.round(SEGMENT_SECONDS * fps))
  const segments: Segment[] = []
  for (let first = firstFrame, index = 0; first < endFrame; first += size, index++) {
    segments.push({ index, first, count: Math.min(size, endFrame - first) })
  }
  return segments
}

/** Shard i of n (1-based) gets a contiguous run of segments; together the shards cover all. */
export function shardSegments(
  segments: readonly Segment[],
  shard: { index: number; count: number } | null,
): Segment[] {
  if (!shard) return [...segments]
  const from = Math.floor(((shard.index - 1) * segments.length) / shard.count)
  const to = Math.floor((shard.index * segments.length) / shard.count)
  return segments.slice(from, to)
}

export function segmentFileName(segment: Segment, format: 'mp4' | 'png'): string {
  const name = `seg-${String(segment.index).padStart(5, '0')}`
  return format === 'mp4' ? `${name}.mp4` : name
}

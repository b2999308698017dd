/** Joining finished segments into the final output, without re-encoding, written atomically. */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { commitFile, tempBeside } from '../atomic'
import { collectPngs, ffmpeg } from './ffmpeg'
import type { RenderPlan } from './plan'

/** What rides along with the picture in the final file. */
export interface Extras {
  /** A WAV exactly as long as the range, to encode as AAC. */
  audio?: string
  /** An FFMETADATA1 file with the chapters (and title). */
  metadata?: string
  /** WebVTT captions, muxed as a mov_text track. */
  captions?: string
  /** A string stored in the file's comment tag (shards keep their plan there). */
  comment?: string
}

/** ffmpeg's concat list for the given files. */
function writeConcatList(files: string[], dir: string): string {
  const list = path.join(dir, 'concat.txt')
  writeFileSync(list, files.map((f) => `file '${f.replace(/'/g, "'\\''")}'`).join('\n') + '\n')
  return list
}

/** Joins mp4 segments (or shard files) into `out`, adding audio, chapters and captions. */
export async function joinVideo(
  files: string[],
  out: string,
  workDir: string,
  extras: Extras,
): Promise<void> {
  const list = writeConcatList(files, workDir)
  const inputs = ['-f', 'concat', '-safe', '0', '-i', list]
  const maps = ['-map', '0:v']
  let next = 1
  if (extras.audio) {
    inputs.push('-i', extras.audio)
    maps.push('-map', `${next++}:a`)
  }
  if (extras.captions) {
    inputs.push('-i', extras.captions)
    maps.push('-map', `${next++}:s`)
  }
  if (extras.metadata) {
    inputs.push('-f', 'ffmetadata', '-i', extras.metadata)
    maps.push('-map_metadata', String(next), '-map_chapters', String(next))
  }
  const codecs = ['-c:v', 'copy']
  if (extras.audio) codecs.push('-c:a', 'aac', '-b:a', '192k')
  if (extras.captions) codecs.push('-c:s', 'mov_text', '-metadata:s:s:0', 'language=eng')
  const tags = extras.comment ? ['-metadata', `comment=${extras.comment}`] : []
  const tmp = tempBeside(out)
  try {
    await ffmpeg([
      ...inputs,
      ...maps,
      ...codecs,
      ...tags,
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      tmp,
    ])
    commitFile(tmp, out)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
}

/** Moves finished PNG segments into the output folder. */
export function joinFrames(plan: RenderPlan, segmentDirs: string[]): number {
  return collectPngs(segmentDirs, plan.out)
}

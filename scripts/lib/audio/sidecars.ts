import { writeFile } from 'node:fs/promises'
import { spokenSecondsFrom } from '../../../src/audio/manifest'
import { filmCues } from '../../../src/script/captions'
import { ffmetadataChapters, youtubeChapters } from '../../../src/script/chapters'
import { scripts } from '../../../src/sequences'
import type { FilmScript } from '../../../src/script/types'
import { sliceCues, toWebVTT } from '../../../src/script/webvtt'
import { chapterSpans, filmDuration } from '../../../src/timeline/filmTime'
import { readManifest, REPO_ROOT } from './manifestFile'

export interface Sidecars {
  /** WebVTT captions of the range, times from its start. */
  vtt: string
  /** `00:00 Introduction` lines for a video description. */
  youtube: string
  /** FFMETADATA1 chapters for the MP4 (`-i chapters.txt -map_chapters 1`). */
  ffmetadata: string
}

/**
 * What an export writes beside its video, for the film range [from, to) (default: the whole
 * film): captions timed by the real voice (the manifest's durations; the narration-pace estimate
 * where there is no voice yet) and the chapter markers.
 */
export async function filmSidecars(options: {
  film: string | FilmScript
  from?: number
  to?: number
  root?: string
}): Promise<Sidecars> {
  const script = typeof options.film === 'string' ? scripts.get(options.film) : options.film
  if (!script) throw new Error(`Unknown film '${String(options.film)}'`)
  const spans = chapterSpans(script.chapters)
  const from = options.from ?? 0
  const to = options.to ?? filmDuration(spans)
  const manifest = await readManifest(options.root ?? REPO_ROOT, script.id)
  const cues = filmCues(script, spans, spokenSecondsFrom(manifest))
  return {
    vtt: toWebVTT(sliceCues(cues, from, to)),
    youtube: `${youtubeChapters(spans, from, to)}\n`,
    ffmetadata: ffmetadataChapters(spans, from, to, script.title),
  }
}

/** Writes `<base>.vtt`, `<base>.chapters.txt` (YouTube) and `<base>.ffmetadata` beside an export. */
export async function writeSidecars(
  base: string,
  options: Parameters<typeof filmSidecars>[0],
): Promise<{ vtt: string; youtube: string; ffmetadata: string }> {
  const s = await filmSidecars(options)
  const files = {
    vtt: `${base}.vtt`,
    youtube: `${base}.chapters.txt`,
    ffmetadata: `${base}.ffmetadata`,
  }
  await writeFile(files.vtt, s.vtt, 'utf8')
  await writeFile(files.youtube, s.youtube, 'utf8')
  await writeFile(files.ffmetadata, s.ffmetadata, 'utf8')
  return files
}

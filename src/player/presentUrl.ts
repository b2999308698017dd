import type { ChapterSpan } from '../timeline/filmTime'

/** The player's address switched to presenter mode, at `chapter` (the one on screen). */
export function presentUrl(search: string, film: string, chapter: ChapterSpan | undefined): string {
  const q = new URLSearchParams(search)
  for (const name of ['t', 'autoplay', 'talk']) q.delete(name)
  q.set('film', film)
  q.set('present', '1')
  if (chapter) q.set('chapter', chapter.id)
  else q.delete('chapter')
  return `?${q.toString()}`
}

import { describe, expect, it } from 'vitest'
import { chaptersInRange, ffmetadataChapters, youtubeChapters } from '../../src/script/chapters'
import { scriptOf } from '../../src/sequences'
import { chapterSpans } from '../../src/timeline/filmTime'

const spans = chapterSpans([
  { id: 'intro', title: 'Introduction', duration: 60 },
  { id: 'one', title: 'Single server setup', duration: 125.5 },
  { id: 'two', title: 'Database; SQL = NoSQL?', duration: 3600 },
])

describe('chapter markers', () => {
  it('lists chapters for YouTube, the first at 00:00', () => {
    expect(youtubeChapters(spans)).toBe(
      '00:00 Introduction\n01:00 Single server setup\n03:05 Database; SQL = NoSQL?',
    )
    const film = scriptOf('zero-to-millions')
    const list = youtubeChapters(chapterSpans(film.chapters)).split('\n')
    expect(list[0]).toBe('00:00 Introduction')
    expect(list.length).toBe(film.chapters.length)
  })

  it('lists the chapters of a range from 00:00', () => {
    expect(youtubeChapters(spans, 90, 200)).toBe(
      '00:00 Single server setup\n01:35 Database; SQL = NoSQL?',
    )
    expect(chaptersInRange(spans, 61, 62)).toEqual([
      { id: 'one', title: 'Single server setup', start: 0, end: 1 },
    ])
  })

  it('writes FFMETADATA1 chapters in milliseconds, clipped to the range, titles escaped', () => {
    expect(ffmetadataChapters(spans, 30, 190, 'Film')).toBe(
      [
        ';FFMETADATA1',
        'title=Film',
        '',
        '[CHAPTER]',
        'TIMEBASE=1/1000',
        'START=0',
        'END=30000',
        'title=Introduction',
        '',
        '[CHAPTER]',
        'TIMEBASE=1/1000',
        'START=30000',
        'END=155500',
        'title=Single server setup',
        '',
        '[CHAPTER]',
        'TIMEBASE=1/1000',
        'START=155500',
        'END=160000',
        'title=Database\\; SQL \\= NoSQL?',
        '',
      ].join('\n'),
    )
    const whole = ffmetadataChapters(spans)
    expect(whole.match(/\[CHAPTER\]/g)).toHaveLength(3)
    expect(whole).toContain(`END=${Math.round(spans[2]!.end * 1000)}`)
  })
})

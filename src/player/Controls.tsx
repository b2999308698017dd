import type { FilmClock } from '../timeline/clock'
import type { ChapterSpan } from '../timeline/filmTime'
import { formatClock } from '../timeline/frames'
import { Scrubber } from './Scrubber'

export type ControlsProps = {
  clock: FilmClock
  time: number
  playing: boolean
  spans: readonly ChapterSpan[]
  chapterIndex: number
  captions: boolean
  chaptersOpen: boolean
  onToggleCaptions(): void
  onToggleChapters(): void
  onToggleFullscreen(): void
}

/** Playback rates offered, as in common video players. */
const RATES = [0.5, 1, 1.5, 2] as const

/** The control bar: play/pause, time, seek bar with chapter markers, chapters, captions, full screen. */
export function Controls({
  clock,
  time,
  playing,
  spans,
  chapterIndex,
  captions,
  chaptersOpen,
  onToggleCaptions,
  onToggleChapters,
  onToggleFullscreen,
}: ControlsProps) {
  const chapter = spans[chapterIndex]
  return (
    <div className="controls" data-testid="controls">
      <Scrubber
        time={time}
        duration={clock.duration}
        fps={clock.fps}
        spans={spans}
        onSeek={(s) => void clock.seek(s)}
      />
      <div className="bar">
        <button
          type="button"
          data-testid="play"
          aria-label={playing ? 'Pause' : 'Play'}
          onClick={() => clock.toggle()}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <span className="time" data-testid="time">
          {formatClock(time)} / {formatClock(clock.duration)}
        </span>
        <span className="chapter-name">{chapter ? chapter.title : ''}</span>
        <span className="spacer" />
        <select
          aria-label="Playback rate"
          value={clock.rate}
          onChange={(e) => clock.setRate(Number(e.currentTarget.value))}
        >
          {RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="chapters"
          aria-pressed={chaptersOpen}
          onClick={onToggleChapters}
        >
          Chapters
        </button>
        <button
          type="button"
          data-testid="cc"
          aria-pressed={captions}
          aria-label="Captions"
          onClick={onToggleCaptions}
        >
          CC
        </button>
        <button
          type="button"
          data-testid="fullscreen"
          aria-label="Full screen"
          onClick={onToggleFullscreen}
        >
          ⛶
        </button>
      </div>
    </div>
  )
}

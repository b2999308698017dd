import type { FilmClock } from '../timeline/clock'
import type { ChapterSpan } from '../timeline/filmTime'
import { formatClock } from '../timeline/frames'
import { FilmMenu } from './FilmMenu'
import { Scrubber } from './Scrubber'

export type ControlsProps = {
  /** The films of the menu, and the one on screen. */
  films: readonly { id: string; title: string }[]
  filmId: string
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
  /** 0–1 while the browser export records, null when idle. */
  exportProgress: number | null
  onExport(): void
}

/** Playback rates offered, as in common video players. */
const RATES = [0.5, 1, 1.5, 2] as const

/** The control bar: play/pause, time, seek bar with chapter markers, chapters, captions, full screen. */
export function Controls({
  films,
  filmId,
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
  exportProgress,
  onExport,
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
        <FilmMenu films={films} current={filmId} />
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
          data-testid="export"
          title="Record this chapter as MP4 in the browser (npm run render is faster and adds sound)"
          disabled={exportProgress !== null}
          onClick={onExport}
        >
          {exportProgress === null ? 'Export' : `Exporting ${Math.floor(exportProgress * 100)}%`}
        </button>
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
          {/* Drawn, not a glyph: the shipped font has no full-screen symbol. */}
          <svg
            viewBox="0 0 16 16"
            width="16"
            height="16"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            aria-hidden="true"
          >
            <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
          </svg>
        </button>
      </div>
    </div>
  )
}

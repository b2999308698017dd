import type { ChapterSpan } from '../timeline/filmTime'

export type ScrubberProps = {
  time: number
  duration: number
  fps: number
  spans: readonly ChapterSpan[]
  onSeek(seconds: number): void
}

/** A seek bar with a tick at every chapter start; frame-accurate steps. */
export function Scrubber({ time, duration, fps, spans, onSeek }: ScrubberProps) {
  return (
    <div className="scrubber">
      <input
        type="range"
        aria-label="Seek"
        data-testid="scrubber"
        min={0}
        max={duration}
        step={1 / fps}
        value={time}
        onChange={(e) => onSeek(Number(e.currentTarget.value))}
      />
      <div className="markers" aria-hidden="true">
        {spans.slice(1).map((span) => (
          <span
            key={span.id}
            className="marker"
            data-testid="chapter-marker"
            title={span.title}
            style={{ left: `${(span.start / duration) * 100}%` }}
          />
        ))}
      </div>
    </div>
  )
}

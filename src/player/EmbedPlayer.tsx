import { useMemo, useState } from 'react'
import { filmCues } from '../script/captions'
import { spokenSecondsFrom } from '../audio/manifest'
import { manifestOf } from '../audio/manifests'
import { findChapter } from '../timeline/filmTime'
import { formatClock } from '../timeline/frames'
import { Captions } from './Captions'
import type { FilmSession } from './filmSession'
import { FrameView } from './FrameView'
import { useClock } from './useClock'

export type EmbedPlayerProps = {
  session: FilmSession
  /** The chapter shown: playing and scrubbing stay inside it. */
  chapter: string
  captions: boolean
}

/** The film's frame is always 16:9; the iframe letterboxes it. */
const ASPECT = 16 / 9

/**
 * One chapter, sized to its container (an iframe), with minimal controls: play/pause, a seek
 * bar over the chapter only, and captions. Playing holds on the chapter's last frame.
 */
export function EmbedPlayer({ session, chapter, captions: captionsAtFirst }: EmbedPlayerProps) {
  const { clock, spans, film } = session
  const span = findChapter(spans, chapter)
  const { time, playing } = useClock(clock)
  const [captions, setCaptions] = useState(captionsAtFirst)
  const cues = useMemo(() => {
    const spoken = spokenSecondsFrom(manifestOf(film.script.id))
    return filmCues(film.script, spans, spoken).filter(
      (c) => c.start >= span.start && c.start < span.end,
    )
  }, [film, spans, span])
  // The chapter's last frame: the next one is the next chapter's.
  const last = span.end - 1 / clock.fps
  const local = Math.min(Math.max(time - span.start, 0), last - span.start)

  const toggle = (): void => {
    if (playing) return clock.pause()
    const from = time >= last ? span.start : time
    void clock.seek(from).then(() => clock.playTo(last))
  }

  return (
    <div className="player embed" data-testid="embed">
      <div
        className="frame"
        style={{ width: `min(100vw, calc(100vh * ${ASPECT}))`, aspectRatio: `${ASPECT}` }}
        data-testid="frame"
      >
        <FrameView session={session} />
        {captions && <Captions cues={cues} time={time} />}
        <div className="embed-bar">
          <button
            type="button"
            data-testid="play"
            aria-label={playing ? 'Pause' : 'Play'}
            onClick={toggle}
          >
            {playing ? '❚❚' : '▶'}
          </button>
          <input
            type="range"
            aria-label="Seek within the chapter"
            data-testid="scrubber"
            min={0}
            max={last - span.start}
            step={1 / clock.fps}
            value={local}
            onChange={(e) => void clock.seek(span.start + Number(e.currentTarget.value))}
          />
          <span className="embed-time">
            {formatClock(local)} / {formatClock(span.end - span.start)}
          </span>
          <button
            type="button"
            data-testid="cc"
            aria-pressed={captions}
            aria-label="Captions"
            onClick={() => setCaptions((c) => !c)}
          >
            CC
          </button>
        </div>
      </div>
    </div>
  )
}

/** Progress as users of render tools expect it: a bar with frames, speed, elapsed and ETA. */
import cliProgress from 'cli-progress'
import type { Eta } from './estimate'

export interface Progress {
  /** Film frame `frame` has been drawn and handed to the encoder. */
  add(frame: number): void
  stop(): void
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * A live bar on a terminal; with `quiet` (CI, logs) a plain line every tenth of the work. The
 * speed counts only frames drawn in this run, so a resumed render shows an honest ETA. The ETA
 * comes from `eta` (what the segments left cost, priced by the segments drawn nearest to them:
 * see estimate.ts), told time since this bar started, in seconds.
 */
export function createProgress(
  total: number,
  alreadyDone: number,
  quiet: boolean,
  now: () => number,
  eta: Eta,
): Progress {
  const start = now()
  let done = alreadyDone
  let drawn = 0
  const seconds = (): number => (now() - start) / 1000
  const stats = (): { fps: string; eta: string; elapsed: string } => {
    const at = seconds()
    const left = eta.secondsLeft()
    return {
      fps: (at > 0 ? drawn / at : 0).toFixed(1),
      eta: left === null ? '--:--' : clock(left),
      elapsed: clock(at),
    }
  }
  const frameDone = (frame: number): void => {
    done++
    drawn++
    eta.frameDrawn(frame, seconds())
  }
  if (quiet) {
    let nextReport = 0.1
    return {
      add(frame) {
        frameDone(frame)
        if (done / total >= nextReport || done === total) {
          const s = stats()
          console.log(
            `  ${done}/${total} frames (${Math.floor((100 * done) / total)}%), ${s.fps} fps, elapsed ${s.elapsed}, ETA ${s.eta}`,
          )
          while (nextReport <= done / total) nextReport += 0.1
        }
      },
      stop() {},
    }
  }
  const bar = new cliProgress.SingleBar(
    {
      format: '  {bar} {value}/{total} frames | {fps} fps | elapsed {elapsed} | ETA {eta}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, done, stats())
  return {
    add(frame) {
      frameDone(frame)
      bar.update(done, stats())
    },
    stop() {
      bar.stop()
    },
  }
}

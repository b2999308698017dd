/** Progress as users of render tools expect it: a bar with frames, speed, elapsed and ETA. */
import cliProgress from 'cli-progress'

export interface Progress {
  add(frames: number): void
  stop(): void
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * A live bar on a terminal; with `quiet` (CI, logs) a plain line every tenth of the work. The
 * speed counts only frames drawn in this run, so a resumed render shows an honest ETA.
 */
export function createProgress(
  total: number,
  alreadyDone: number,
  quiet: boolean,
  now: () => number,
): Progress {
  const start = now()
  let done = alreadyDone
  let drawn = 0
  const stats = (): { fps: string; eta: string; elapsed: string } => {
    const seconds = (now() - start) / 1000
    const fps = seconds > 0 ? drawn / seconds : 0
    return {
      fps: fps.toFixed(1),
      eta: fps > 0 ? clock((total - done) / fps) : '--:--',
      elapsed: clock(seconds),
    }
  }
  if (quiet) {
    let nextReport = 0.1
    return {
      add(frames) {
        done += frames
        drawn += frames
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
    add(frames) {
      done += frames
      drawn += frames
      bar.update(done, stats())
    },
    stop() {
      bar.stop()
    },
  }
}

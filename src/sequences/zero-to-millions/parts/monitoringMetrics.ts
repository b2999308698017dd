/**
 * The dashboard has been collecting for this long when the chapter opens, so its sliding windows
 * are full from the first frame (the model's windows start empty at its time 0).
 */
export const METRICS_LEAD = 6

/** The metrics model's time at a chapter-local second. */
export const metricsTime = (local: number): number => local + METRICS_LEAD

/**
 * Remembers the last answer of a function of time: the several labels and charts that read the
 * same reading in one frame compute it once.
 */
export function memoLast<R>(fn: (t: number) => R): (t: number) => R {
  let lastT = NaN
  let last: R
  return (t) => {
    if (t !== lastT) {
      last = fn(t)
      lastT = t
    }
    return last
  }
}

/** A simulated hour of the day (0–24) as a log timestamp, 'hh:mm'. */
export function clockText(hour: number): string {
  const minutes = Math.floor(hour * 60) % (24 * 60)
  const hh = Math.floor(minutes / 60)
  const mm = minutes % 60
  return `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`
}

/** Whole percent, for 0–1 readings. */
export const percent = (x: number): string => `${Math.round(100 * x)}%`

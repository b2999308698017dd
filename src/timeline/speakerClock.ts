/**
 * The speaker's wall clock: the notes window's elapsed time and time of day. It is the one wall
 * time presenting reads, and it never decides what a frame shows (the film clock does).
 */
export function speakerNow(): number {
  return Date.now()
}

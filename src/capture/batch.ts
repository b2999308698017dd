/** How the export groups frames into requests; the Node side needs it too (to time them). */

/**
 * How many frames share one request. Each request has a cost of its own whatever its size
 * (measured in Chromium with Blob bodies: ~50 ms for a 3 MB or an 8 MB body over loopback;
 * streamed, a request still costs a round trip and two worker messages), so frames go in
 * batches of up to BATCH_BYTES: 8 frames of 1080p (RGBA or YUV), 2 of 4K RGBA. At
 * MAX_BATCH frames the request's cost is already spread thin; more would only hold more memory.
 */
const BATCH_BYTES = 64 * 1024 * 1024
const MAX_BATCH = 8

/** Frames per request for frames of `frameBytes` bytes. */
export function batchFor(frameBytes: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(BATCH_BYTES / frameBytes)))
}

/**
 * Sends a batch of frames to the export's Node side from a worker of its own (uploadWorker.ts),
 * as a streamed upload over HTTP/2.
 *
 * Why not a Blob from the page, as before: Chromium's blob store allocates fresh memory for each
 * Blob, zeroes it and copies the bytes in; the page built each 1080p batch's Blob at about 4 ms a
 * megabyte on its one thread, and the browser process spent about 24 ms of CPU a frame, most of
 * it zeroing and copying that memory. A streamed body goes from the page's buffer to the network
 * service through a data pipe, with no blob store: the browser's CPU a frame fell from 24 to
 * 9 ms and the pipeline drew 1.14× as many frames a second at 1080p. It streams from a worker because a streamed upload moves only
 * while its thread is free, and the page's main thread is busy drawing and reading back the next
 * frames: from the main thread it was slower than the Blob (0.94×).
 */

interface Pending {
  resolve: (buffer: ArrayBuffer) => void
  reject: (error: Error) => void
}

/** What the worker answers: the buffer given back, and why the upload failed, if it did. */
export interface UploadAnswer {
  id: number
  buffer: ArrayBuffer
  error: string | null
}

/** What the worker is asked: send the first `bytes` of `buffer` to `url`. */
export interface UploadRequest {
  id: number
  url: string
  buffer: ArrayBuffer
  bytes: number
}

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, Pending>()

function uploader(): Worker {
  if (worker) return worker
  const made = new Worker(new URL('./uploadWorker.ts', import.meta.url), { type: 'module' })
  made.onmessage = (event: MessageEvent<UploadAnswer>) => {
    const { id, buffer, error } = event.data
    const waiting = pending.get(id)
    pending.delete(id)
    if (error === null) waiting?.resolve(buffer)
    else waiting?.reject(new Error(error))
  }
  // A worker that failed to start or threw answers nothing: fail what it holds, and start a
  // fresh one for the next batch.
  made.onerror = (event: ErrorEvent) => {
    event.preventDefault()
    worker = null
    made.terminate()
    for (const waiting of pending.values()) {
      waiting.reject(new Error(`the upload worker failed: ${event.message || 'it did not start'}`))
    }
    pending.clear()
  }
  worker = made
  return made
}

/**
 * POSTs the first `bytes` of `buffer` to `url`. The buffer is transferred to the worker, not
 * copied, so it is unusable (detached) until the upload ends; the promise gives it back then,
 * and rejects with the server's answer if that is not a success.
 */
export function upload(url: string, buffer: ArrayBuffer, bytes: number): Promise<ArrayBuffer> {
  const id = nextId++
  const done = new Promise<ArrayBuffer>((resolve, reject) => pending.set(id, { resolve, reject }))
  const request: UploadRequest = { id, url, buffer, bytes }
  uploader().postMessage(request, [buffer])
  return done
}

/**
 * Streams frame batches to the export's Node side off the page's main thread (see upload.ts).
 * Each batch's buffer is transferred here and back, never copied.
 */
import type { UploadAnswer, UploadRequest } from './upload'

self.onmessage = async (event: MessageEvent<UploadRequest>) => {
  const { id, url, buffer, bytes } = event.data
  let error: string | null = null
  try {
    const frames = new Uint8Array(buffer, 0, bytes)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(frames)
        controller.close()
      },
    })
    const res = await fetch(url, {
      method: 'POST',
      // A streamed body has no content-length; the server reads the size from here, so that it
      // can copy the body into place as it arrives.
      headers: { 'content-type': 'application/octet-stream', 'x-body-bytes': String(bytes) },
      body,
      // Chromium sends a ReadableStream body only when told that the response may wait for it.
      duplex: 'half',
    } as RequestInit & { duplex: 'half' })
    if (!res.ok) error = `the exporter answered ${res.status} ${await res.text()}`
  } catch (e) {
    error = `the upload failed: ${(e as Error).message}`
  }
  const answer: UploadAnswer = { id, buffer, error }
  ;(self as unknown as Worker).postMessage(answer, [buffer])
}

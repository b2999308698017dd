/**
 * The export's loopback server, run in a worker thread of its own (see server.ts for why): serves
 * the built player (dist/) and receives the frame batches the page sends
 * (`POST /__frames/<token>/<first>?frames=n`, raw), handing each batch to the main thread, where
 * the sinks are, through memory both threads share.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import type http from 'node:http'
import http2 from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

/** What the worker tells the main thread. */
export type FromServerThread =
  | { kind: 'listening'; port: number }
  /** A receive buffer, sent once when made: batches name it by id. It replaces `replaces`. */
  | { kind: 'buffer'; id: number; memory: SharedArrayBuffer; replaces: number | null }
  /** Buffer `id`'s connection has closed: nothing will name it again. */
  | { kind: 'release'; id: number }
  /** Frames first…first+count−1, `size` bytes each, at the start of buffer `buffer`. */
  | {
      kind: 'batch'
      request: number
      token: string
      first: number
      count: number
      size: number
      buffer: number
    }
  | { kind: 'closed' }

/** What the main thread answers: the batch is done with (or why not), or close. */
export type ToServerThread =
  { kind: 'done'; request: number; status: number; message?: string } | { kind: 'close' }

export interface ServerThreadData {
  distDir: string
  key: string
  cert: string
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
}

/** Frames larger than this are refused: 7680×4320 RGBA plus room. */
const MAX_FRAME_BYTES = 7680 * 4320 * 4 + 1024

/**
 * Flow-control windows for HTTP/2 uploads: a stream's, and the whole connection's. HTTP/2's
 * default of 64 KiB would have the page stop and wait for Node's go-ahead every 64 KiB of a batch
 * (a 1080p batch is 25 to 58 MB); with these, most of a batch is on its way before Node has
 * read any of it.
 */
const STREAM_WINDOW_BYTES = 16 << 20
const SESSION_WINDOW_BYTES = 64 << 20

const port = parentPort!
const { distDir, key, cert } = workerData as ServerThreadData
const post = (message: FromServerThread): void => port.postMessage(message)

interface ReceiveBuffer {
  id: number
  bytes: Buffer
  /** A body is being read into it, or the main thread has not answered for its batch yet. */
  busy: boolean
}

/**
 * Receive buffers, kept per connection, each grown to the largest body read into it and shared
 * with the main thread once, when made. The page sends one batch at a time, and the main thread
 * is done with a batch before its response goes back, so the next batch goes into the same
 * memory: no buffer is allocated per batch. An HTTP/2 connection can carry several requests at
 * once, and each of those gets a buffer of its own.
 */
const receiveBuffers = new WeakMap<object, ReceiveBuffer[]>()
let nextBuffer = 0

/** A free buffer of `connection` at least `size` bytes long, marked busy; made if need be. */
function takeBuffer(connection: object, size: number): ReceiveBuffer {
  const held = receiveBuffers.get(connection) ?? []
  receiveBuffers.set(connection, held)
  const free = held.find((b) => !b.busy)
  if (free && free.bytes.length >= size) {
    free.busy = true
    return free
  }
  const memory = new SharedArrayBuffer(size)
  const made = { id: nextBuffer++, bytes: Buffer.from(memory), busy: true }
  // A free buffer too small for this body is replaced; the main thread is done with it.
  if (free) held.splice(held.indexOf(free), 1, made)
  else held.push(made)
  post({ kind: 'buffer', id: made.id, memory, replaces: free?.id ?? null })
  return made
}

/** Tells the main thread that nothing will name `connection`'s buffers again. */
function releaseBuffers(connection: object): void {
  for (const held of receiveBuffers.get(connection) ?? []) post({ kind: 'release', id: held.id })
  receiveBuffers.delete(connection)
}

/** The connection a request came on: its HTTP/2 session, or its socket for HTTP/1.1. */
function connectionOf(req: IncomingRequest): object {
  return 'stream' in req ? (req.stream.session ?? req.socket) : req.socket
}

type IncomingRequest = http.IncomingMessage | http2.Http2ServerRequest
type OutgoingResponse = http.ServerResponse | http2.Http2ServerResponse

/**
 * Reads a request's body into a buffer of its connection. A body whose length is known (its
 * content-length, or x-body-bytes for a streamed upload, which has no content-length) is copied
 * there as it arrives; one of unknown length is gathered first.
 */
function readBody(
  req: IncomingRequest,
  limit: number,
): Promise<{ buffer: ReceiveBuffer; length: number }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? req.headers['x-body-bytes'])
    const known = Number.isInteger(declared) && declared >= 0 && declared <= limit
    const target = known ? takeBuffer(connectionOf(req), declared) : null
    let settled = false
    const fail = (e: Error): void => {
      if (settled) return
      settled = true
      if (target) target.busy = false
      reject(e)
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      if (size + c.length > limit || (target && size + c.length > declared)) {
        fail(new Error('frames too large'))
        req.destroy()
        return
      }
      if (target) c.copy(target.bytes, size)
      else chunks.push(c)
      size += c.length
    })
    req.on('end', () => {
      // A stream reset partway through ends an HTTP/2 request as if it were whole: a body
      // shorter than it declared is a cut one, never frames.
      if (target && size !== declared) {
        fail(new Error(`the upload ended after ${size} of its ${declared} bytes`))
        return
      }
      settled = true
      if (target) {
        resolve({ buffer: target, length: size })
        return
      }
      const gathered = takeBuffer(connectionOf(req), size)
      let at = 0
      for (const c of chunks) at += c.copy(gathered.bytes, at)
      resolve({ buffer: gathered, length: size })
    })
    req.on('error', fail)
    // A request cut off before its end (the page closed, the stream was reset) may not say so
    // with an error; its buffer must not stay busy.
    req.on('close', () => fail(new Error('the upload was cut off')))
  })
}

/** Batches handed to the main thread, by request number, waiting for their answer. */
const waiting = new Map<number, (answer: { status: number; message?: string }) => void>()
let nextRequest = 0

/** Answers a request, unless it is gone: writing to a closed HTTP/2 stream throws. */
function answer(res: OutgoingResponse, status: number, message: string): void {
  const gone = 'stream' in res ? res.stream.destroyed : res.destroyed
  if (gone || res.writableEnded) return
  res.writeHead(status).end(message)
}

function handle(req: IncomingRequest, res: OutgoingResponse): void {
  const url = new URL(req.url ?? '/', 'https://127.0.0.1')
  const frameRoute = /^\/__frames\/([\w-]+)\/(\d+)$/.exec(url.pathname)
  if (frameRoute) {
    if (req.method !== 'POST') {
      res.writeHead(405).end()
      return
    }
    // `?frames=n`: n frames of equal size, one after the other, from frame `first`.
    const count = Number(url.searchParams.get('frames') ?? '1')
    if (!Number.isInteger(count) || count < 1) {
      res.writeHead(400).end(`bad frames=${url.searchParams.get('frames')}`)
      return
    }
    readBody(req, MAX_FRAME_BYTES * count)
      .then(async ({ buffer, length }) => {
        try {
          if (length % count !== 0) throw new Error(`${length} bytes is not ${count} frames`)
          const request = nextRequest++
          const answered = new Promise<{ status: number; message?: string }>((resolve) =>
            waiting.set(request, resolve),
          )
          post({
            kind: 'batch',
            request,
            token: frameRoute[1]!,
            first: Number(frameRoute[2]),
            count,
            size: length / count,
            buffer: buffer.id,
          })
          return await answered
        } finally {
          // The main thread has answered, so it is done with the frames: the buffer is free
          // before the page hears back and sends the next batch.
          buffer.busy = false
        }
      })
      .then(
        ({ status, message }) => answer(res, status, message ?? ''),
        (e: Error) => answer(res, 500, e.message),
      )
    return
  }
  const root = path.resolve(distDir)
  const file = path.join(
    root,
    decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname),
  )
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
}
/**
 * HTTPS, with HTTP/2: Chromium streams a request body (what the page's uploads do, see
 * src/capture/uploadWorker.ts) only over HTTP/2, and browsers speak HTTP/2 only over TLS. HTTP/1.1
 * stays allowed for other clients. Neither kind of connection is closed when idle (Node's HTTP/2
 * server has no idle timeout, and with HTTP/1.1 allowed no keep-alive timeout either): the page
 * sends frames after pauses of many seconds (loading, warm-up, a slow first frame).
 */
const server = http2.createSecureServer(
  { key, cert, allowHTTP1: true, settings: { initialWindowSize: STREAM_WINDOW_BYTES } },
  handle,
)
server.on('session', (session) => {
  session.setLocalWindowSize(SESSION_WINDOW_BYTES)
  session.on('close', () => releaseBuffers(session))
})
const sockets = new Set<Socket>()
server.on('secureConnection', (socket: Socket) => {
  sockets.add(socket)
  socket.on('close', () => {
    sockets.delete(socket)
    releaseBuffers(socket)
  })
})

port.on('message', (message: ToServerThread) => {
  if (message.kind === 'done') {
    const answer = waiting.get(message.request)
    waiting.delete(message.request)
    answer?.({ status: message.status, message: message.message })
    return
  }
  for (const socket of sockets) socket.destroy()
  server.close(() => {
    post({ kind: 'closed' })
    port.close()
  })
})

server.listen(0, '127.0.0.1', () => {
  post({ kind: 'listening', port: (server.address() as AddressInfo).port })
})

/**
 * The export's loopback server, run in a worker thread of its own (see server.ts for why): serves
 * the built player (dist/) and receives the frame batches the page sends
 * (`POST /__frames/<token>/<first>?frames=n`, raw), handing each batch to the main thread, where
 * the sinks are, through memory both threads share.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
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

/** Idle connections stay open this long: longer than any pause between two frames. */
const KEEP_ALIVE_MS = 10 * 60 * 1000

/** Frames larger than this are refused: 7680×4320 RGBA plus room. */
const MAX_FRAME_BYTES = 7680 * 4320 * 4 + 1024

const port = parentPort!
const { distDir } = workerData as ServerThreadData
const post = (message: FromServerThread): void => port.postMessage(message)

/**
 * Receive buffers, one per connection, grown to the largest body seen on it and shared with the
 * main thread once, when made. The page sends one request at a time on a connection, and the
 * main thread is done with a batch before its response goes back, so the next body on the
 * connection can go into the same memory: no buffer is allocated per batch.
 */
const receiveBuffers = new WeakMap<object, { id: number; bytes: Buffer }>()
let nextBuffer = 0

function bufferFor(socket: object, size: number): { id: number; bytes: Buffer } {
  const held = receiveBuffers.get(socket)
  if (held && held.bytes.length >= size) return held
  const memory = new SharedArrayBuffer(size)
  const made = { id: nextBuffer++, bytes: Buffer.from(memory) }
  receiveBuffers.set(socket, made)
  post({ kind: 'buffer', id: made.id, memory, replaces: held?.id ?? null })
  return made
}

/**
 * Reads a request's body into its connection's buffer. A body of known length is copied there
 * as it arrives; one of unknown length (chunked) is gathered first.
 */
function readBody(
  req: http.IncomingMessage,
  limit: number,
): Promise<{ buffer: number; length: number }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    const known = Number.isInteger(declared) && declared <= limit
    const target = known ? bufferFor(req.socket, declared) : null
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      if (size + c.length > limit || (target && size + c.length > declared)) {
        reject(new Error('frames too large'))
        req.destroy()
        return
      }
      if (target) c.copy(target.bytes, size)
      else chunks.push(c)
      size += c.length
    })
    req.on('end', () => {
      if (target) {
        resolve({ buffer: target.id, length: size })
        return
      }
      const gathered = bufferFor(req.socket, size)
      let at = 0
      for (const c of chunks) at += c.copy(gathered.bytes, at)
      resolve({ buffer: gathered.id, length: size })
    })
    req.on('error', reject)
  })
}

/** Batches handed to the main thread, by request number, waiting for their answer. */
const waiting = new Map<number, (answer: { status: number; message?: string }) => void>()
let nextRequest = 0

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
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
      .then(({ buffer, length }) => {
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
          buffer,
        })
        return answered
      })
      .then(({ status, message }) => res.writeHead(status).end(message ?? ''))
      .catch((e: Error) => res.writeHead(500).end(e.message))
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
})
// The page reuses its connections for frames after pauses of many seconds (loading, warm-up,
// a slow first frame). Node's default closes an idle connection after 5 s, and a POST sent on
// it just as it closes fails in the page with "Failed to fetch"; keep them open instead.
server.keepAliveTimeout = KEEP_ALIVE_MS
server.headersTimeout = KEEP_ALIVE_MS + 1000
server.on('connection', (socket) =>
  socket.on('close', () => {
    const held = receiveBuffers.get(socket)
    if (held) post({ kind: 'release', id: held.id })
  }),
)

port.on('message', (message: ToServerThread) => {
  if (message.kind === 'done') {
    const answer = waiting.get(message.request)
    waiting.delete(message.request)
    answer?.({ status: message.status, message: message.message })
    return
  }
  server.closeAllConnections()
  server.close(() => {
    post({ kind: 'closed' })
    port.close()
  })
})

server.listen(0, '127.0.0.1', () => {
  post({ kind: 'listening', port: (server.address() as AddressInfo).port })
})

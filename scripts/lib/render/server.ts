/**
 * The export's loopback server: serves the built player (dist/) and receives the frames the page
 * sends (`POST /__frames/<token>/<frame>`, raw RGBA), handing each to the sink registered for
 * that token. Binds to 127.0.0.1 on a free port only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/**
 * Takes one frame. `pixels` is valid only until the returned promise settles (the server reuses
 * its memory for the next batch): a sink that keeps them must copy them.
 */
export type FrameSink = (frame: number, pixels: Buffer) => Promise<void>

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

export interface RenderServer {
  url: string
  /** Routes frames for `token` to `sink` until the returned function is called. */
  addSink(token: string, sink: FrameSink): () => void
  close(): Promise<void>
}

/** Receive buffers, one per connection, grown to the largest body seen on it. */
const receiveBuffers = new WeakMap<object, Buffer>()

/**
 * Reads a request's body. A frame batch is tens of megabytes; gathering its chunks and
 * concatenating them allocated (and page-faulted) a fresh buffer for every batch, which cost
 * about as much CPU as the rest of the receiving. So a body of known length goes into its
 * connection's buffer, reused from batch to batch: the page sends one request at a time on a
 * connection, and a sink is done with its frames before the response goes back (FrameSink).
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    let target: Buffer | null = null
    if (Number.isInteger(declared) && declared <= limit) {
      target = receiveBuffers.get(req.socket) ?? null
      if (!target || target.length < declared) {
        // allocUnsafeSlow: never a slice of Node's shared pool, which others write to.
        target = Buffer.allocUnsafeSlow(declared)
        receiveBuffers.set(req.socket, target)
      }
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      if (size + c.length > limit || (target && size + c.length > declared)) {
        reject(new Error('frames too large'))
        req.destroy()
        return
      }
      if (target) c.copy(target, size)
      else chunks.push(c)
      size += c.length
    })
    req.on('end', () => resolve(target ? target.subarray(0, size) : Buffer.concat(chunks, size)))
    req.on('error', reject)
  })
}

export async function startServer(distDir: string): Promise<RenderServer> {
  const root = path.resolve(distDir)
  const sinks = new Map<string, FrameSink>()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const frameRoute = /^\/__frames\/([\w-]+)\/(\d+)$/.exec(url.pathname)
    if (frameRoute) {
      const sink = sinks.get(frameRoute[1]!)
      if (req.method !== 'POST' || !sink) {
        res.writeHead(req.method !== 'POST' ? 405 : 404).end()
        return
      }
      // `?frames=n`: n frames of equal size, one after the other, from frame `first`.
      const count = Number(url.searchParams.get('frames') ?? '1')
      if (!Number.isInteger(count) || count < 1) {
        res.writeHead(400).end(`bad frames=${url.searchParams.get('frames')}`)
        return
      }
      readBody(req, MAX_FRAME_BYTES * count)
        .then(async (body) => {
          if (body.length % count !== 0)
            throw new Error(`${body.length} bytes is not ${count} frames`)
          const size = body.length / count
          const first = Number(frameRoute[2])
          for (let i = 0; i < count; i++) {
            await sink(first + i, body.subarray(i * size, (i + 1) * size))
          }
        })
        .then(() => res.writeHead(200).end())
        .catch((e: Error) => res.writeHead(500).end(e.message))
      return
    }
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    addSink(token, sink) {
      sinks.set(token, sink)
      return () => sinks.delete(token)
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

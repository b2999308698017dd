/**
 * The export's loopback server: serves the built player (dist/) and receives the frames the page
 * sends (`POST /__frames/<token>/<first>?frames=n`, raw), handing each to the sink registered
 * for that token. Binds to 127.0.0.1 on a free port only.
 *
 * The server itself runs in a worker thread (serverThread.ts); the sinks stay here. Node
 * allocates a buffer for every read from a socket, and a 1080p export receives 30 MB of frames
 * a second, so V8 ran a full collection of the heap it read them on about twice a second. This
 * process's heap is large (Playwright's client alone is about 32 MB), and those collections
 * took about half of its CPU. The worker's heap is a few megabytes, so collecting it is cheap,
 * and the frames reach this thread through memory both share, with no allocation per batch.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { generate } from 'selfsigned'
import type { FromServerThread, ServerThreadData, ToServerThread } from './serverThread'

/**
 * Takes one frame. `pixels` is valid only until the returned promise settles (the server reuses
 * its memory for the next batch): a sink that keeps them must copy them.
 */
export type FrameSink = (frame: number, pixels: Buffer) => Promise<void>

export interface RenderServer {
  /** `https://127.0.0.1:<port>`. */
  url: string
  /**
   * The server's certificate (PEM), made for this server alone: a client that trusts it (Node's
   * `ca`) talks to the server with every check on. The export's pages ignore certificate errors
   * instead (see openPage), as the address is loopback.
   */
  cert: string
  /** Routes frames for `token` to `sink` until the returned function is called. */
  addSink(token: string, sink: FrameSink): () => void
  close(): Promise<void>
}

/**
 * Starts serverThread.ts in a worker. The scripts run as TypeScript (through tsx, or vitest in
 * the tests), and a worker does not inherit how its parent loads TypeScript, so the worker first
 * registers tsx's loader and then imports the server.
 */
/**
 * tsx's ESM API (its `register`), as a file URL. Resolved here, from this file, as the worker's
 * own code would resolve from the working folder; and its `import` entry, which the package
 * names in its exports, since resolving from here would give the `require` one.
 */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json')
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>
  }
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href
}

function startThread(data: ServerThreadData): Worker {
  const entry = new URL('./serverThread.ts', import.meta.url).href
  const tsx = tsxEsmApi()
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(bootstrap, { eval: true, workerData: data })
}

/**
 * A throwaway key and self-signed certificate for 127.0.0.1, made in memory at each start and
 * never written down: the server is HTTPS only because Chromium streams
 * uploads over HTTP/2 alone, which browsers speak only over TLS (see serverThread.ts).
 */
async function loopbackCertificate(): Promise<{ key: string; cert: string }> {
  const now = new Date()
  const pems = await generate([{ name: 'commonName', value: LOOPBACK }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - CLOCK_SKEW_MS),
    notAfterDate: new Date(now.getTime() + CERTIFICATE_DAYS * 24 * 3600 * 1000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: LOOPBACK }] }],
  })
  return { key: pems.private, cert: pems.cert }
}

const LOOPBACK = '127.0.0.1'
/** Valid from a little before now, so that a clock that moves back a little does not void it. */
const CLOCK_SKEW_MS = 60 * 60 * 1000
/** Long enough for the longest render on the slowest machine: a server lives for one run. */
const CERTIFICATE_DAYS = 30

export async function startServer(distDir: string): Promise<RenderServer> {
  const sinks = new Map<string, FrameSink>()
  const buffers = new Map<number, SharedArrayBuffer>()
  const { key, cert } = await loopbackCertificate()
  const thread = startThread({ distDir, key, cert })
  const send = (message: ToServerThread): void => thread.postMessage(message)
  let failed: Error | null = null
  let onClosed: (() => void) | null = null

  /** Hands a batch's frames to its sink, one at a time, and says how it went. */
  async function deliver(batch: Extract<FromServerThread, { kind: 'batch' }>): Promise<void> {
    const sink = sinks.get(batch.token)
    if (!sink) {
      send({ kind: 'done', request: batch.request, status: 404 })
      return
    }
    const memory = buffers.get(batch.buffer)!
    try {
      for (let i = 0; i < batch.count; i++) {
        await sink(batch.first + i, Buffer.from(memory, i * batch.size, batch.size))
      }
      send({ kind: 'done', request: batch.request, status: 200 })
    } catch (e) {
      send({ kind: 'done', request: batch.request, status: 500, message: (e as Error).message })
    }
  }

  const port = await new Promise<number>((resolve, reject) => {
    thread.on('message', (message: FromServerThread) => {
      switch (message.kind) {
        case 'listening':
          resolve(message.port)
          break
        case 'buffer':
          // A connection's buffer grew: the old one is done with, as its last batch is.
          buffers.set(message.id, message.memory)
          if (message.replaces !== null) buffers.delete(message.replaces)
          break
        case 'release':
          buffers.delete(message.id)
          break
        case 'batch':
          void deliver(message)
          break
        case 'closed':
          onClosed?.()
          break
      }
    })
    thread.on('error', (e) => {
      failed = e
      reject(e)
    })
    thread.on('exit', () => {
      onClosed?.()
      reject(new Error('the frame server stopped before it listened'))
    })
  })

  return {
    url: `https://${LOOPBACK}:${port}`,
    cert,
    addSink(token, sink) {
      sinks.set(token, sink)
      return () => sinks.delete(token)
    },
    async close() {
      if (failed) return
      await new Promise<void>((resolve) => {
        onClosed = resolve
        send({ kind: 'close' })
      })
      await thread.terminate()
    },
  }
}

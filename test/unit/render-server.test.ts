import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http2 from 'node:http2'
import https from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RenderServer } from '../../scripts/lib/render/server'

/**
 * The export's loopback server receives frame batches into buffers it reuses from batch to
 * batch; every frame must still reach its sink whole and in order, whatever the batch sizes,
 * over HTTP/2 (what Chromium speaks to it) and HTTP/1.1 alike.
 */
const dist = mkdtempSync(path.join(tmpdir(), 'cinematic-server-test-'))
let server: RenderServer
beforeAll(async () => {
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>t</title>')
  server = await startServer(dist)
})
afterAll(async () => {
  await server.close()
  rmSync(dist, { recursive: true, force: true })
})

interface Answer {
  status: number
  text: string
}

interface Request {
  method?: 'GET' | 'POST'
  /** Sent in one piece with its content-length, or in pieces with neither that nor `size`. */
  body?: Uint8Array | Uint8Array[]
  /** Declared in x-body-bytes, as the page's streamed uploads declare their size. */
  size?: number
}

/** A client that trusts the server's own certificate, with every TLS check on. */
interface Client {
  send(pathname: string, request?: Request): Promise<Answer>
  /** Starts a POST that declares `size` bytes, sends `part` of them and gives up on it. */
  cut(pathname: string, part: Uint8Array, size: number): Promise<void>
  close(): void
}

/** Long enough for the server to have read what was sent before the request was given up. */
const SETTLE_MS = 100

function headersFor({ body, size }: Request): Record<string, string> {
  const headers: Record<string, string> = {}
  if (body instanceof Uint8Array) headers['content-length'] = String(body.length)
  if (size !== undefined) headers['x-body-bytes'] = String(size)
  return headers
}

function write(stream: NodeJS.WritableStream, body: Request['body']): void {
  for (const piece of body === undefined ? [] : body instanceof Uint8Array ? [body] : body) {
    stream.write(piece)
  }
  stream.end()
}

/** HTTP/2 over one connection: requests sent at once share it. */
function http2Client(): Client {
  const session = http2.connect(server.url, { ca: server.cert })
  return {
    send: (pathname, request = {}) =>
      new Promise((resolve, reject) => {
        const stream = session.request({
          ':method': request.method ?? 'POST',
          ':path': pathname,
          ...headersFor(request),
        })
        let status = 0
        let text = ''
        stream.on('response', (h) => (status = Number(h[':status'])))
        stream.setEncoding('utf8')
        stream.on('data', (c: string) => (text += c))
        stream.on('end', () => resolve({ status, text }))
        stream.on('error', reject)
        write(stream, request.body)
      }),
    cut: async (pathname, part, size) => {
      const stream = session.request({
        ':method': 'POST',
        ':path': pathname,
        'x-body-bytes': String(size),
      })
      stream.on('error', () => {})
      stream.write(part)
      await new Promise((r) => setTimeout(r, SETTLE_MS))
      stream.close(http2.constants.NGHTTP2_CANCEL)
      await new Promise((r) => setTimeout(r, SETTLE_MS))
    },
    close: () => session.close(),
  }
}

/** HTTP/1.1: a connection of its own for each request in flight. */
function http1Client(): Client {
  const agent = new https.Agent({ ca: server.cert, keepAlive: true })
  return {
    send: (pathname, request = {}) =>
      new Promise((resolve, reject) => {
        const req = https.request(
          `${server.url}${pathname}`,
          { method: request.method ?? 'POST', agent, headers: headersFor(request) },
          (res) => {
            let text = ''
            res.setEncoding('utf8')
            res.on('data', (c: string) => (text += c))
            res.on('end', () => resolve({ status: res.statusCode!, text }))
          },
        )
        req.on('error', reject)
        write(req, request.body)
      }),
    cut: async (pathname, part, size) => {
      const req = https.request(`${server.url}${pathname}`, {
        method: 'POST',
        agent,
        headers: { 'content-length': String(size) },
      })
      req.on('error', () => {})
      req.write(part)
      await new Promise((r) => setTimeout(r, SETTLE_MS))
      req.destroy()
      await new Promise((r) => setTimeout(r, SETTLE_MS))
    },
    close: () => agent.destroy(),
  }
}

const digest = (b: Uint8Array): string => createHash('sha1').update(b).digest('hex')

/** `count` frames of `size` bytes, each filled from its own frame number. */
function batch(
  first: number,
  count: number,
  size: number,
): { body: Uint8Array<ArrayBuffer>; hashes: string[] } {
  const body = new Uint8Array(count * size)
  const hashes: string[] = []
  for (let i = 0; i < count; i++) {
    const frame = body.subarray(i * size, (i + 1) * size)
    for (let j = 0; j < size; j++) frame[j] = (j * 31 + (first + i) * 7) & 255
    hashes.push(digest(frame))
  }
  return { body, hashes }
}

describe.each([
  ['HTTP/2', http2Client],
  ['HTTP/1.1', http1Client],
] as const)('render server over %s', (_protocol, connect) => {
  let client: Client
  beforeAll(() => {
    client = connect()
  })
  afterAll(() => client.close())

  it('hands every frame of batches of changing size to the sink, whole and in order', async () => {
    const received: { frame: number; hash: string }[] = []
    const remove = server.addSink('t1', async (frame, pixels) => {
      // A slow sink: the next batch cannot be read into the buffer before this one is done.
      await new Promise((r) => setTimeout(r, 2))
      received.push({ frame, hash: digest(pixels) })
    })
    const size = 64 * 1024 + 12
    const expected: { frame: number; hash: string }[] = []
    let first = 0
    // Smaller, then larger (the buffer grows), then smaller again (the larger one is reused).
    for (const count of [2, 5, 1, 3]) {
      const { body, hashes } = batch(first, count, size)
      const res = await client.send(`/__frames/t1/${first}?frames=${count}`, { body })
      expect(res.status).toBe(200)
      hashes.forEach((hash, i) => expected.push({ frame: first + i, hash }))
      first += count
    }
    remove()
    expect(received).toEqual(expected)
  })

  it('receives a body sent in pieces, of declared size (the page streams so) or of none', async () => {
    const received: string[] = []
    const remove = server.addSink('t2', async (_frame, pixels) => {
      received.push(digest(pixels))
    })
    const { body, hashes } = batch(10, 2, 1000)
    const pieces = [body.subarray(0, 777), body.subarray(777)]
    const declared = await client.send('/__frames/t2/10?frames=2', { body: pieces, size: 2000 })
    const undeclared = await client.send('/__frames/t2/10?frames=2', { body: pieces })
    remove()
    expect([declared.status, undeclared.status]).toEqual([200, 200])
    expect(received).toEqual([...hashes, ...hashes])
  })

  it('keeps batches sent at once apart, each whole, and answers a failing sink with its error', async () => {
    const received = new Map<string, string[]>()
    const slow = (token: string) => async (_frame: number, pixels: Buffer) => {
      await new Promise((r) => setTimeout(r, 5))
      received.set(token, [...(received.get(token) ?? []), digest(pixels)])
    }
    const removes = [server.addSink('c1', slow('c1')), server.addSink('c2', slow('c2'))]
    const one = batch(0, 3, 5000)
    const two = batch(100, 2, 7000)
    // In flight together: on one HTTP/2 connection, or on two HTTP/1.1 ones; either way each
    // must be read into a buffer of its own.
    const [r1, r2] = await Promise.all([
      client.send('/__frames/c1/0?frames=3', { body: one.body }),
      client.send('/__frames/c2/100?frames=2', { body: two.body }),
    ])
    expect([r1.status, r2.status]).toEqual([200, 200])
    expect(received.get('c1')).toEqual(one.hashes)
    expect(received.get('c2')).toEqual(two.hashes)
    removes.forEach((remove) => remove())

    const remove = server.addSink('c3', async (frame) => {
      throw new Error(`frame ${frame}: the encoder has stopped`)
    })
    const failed = await client.send('/__frames/c3/7?frames=1', { body: new Uint8Array(16) })
    remove()
    expect(failed).toEqual({ status: 500, text: 'frame 7: the encoder has stopped' })
  })

  it('refuses a body that is not whole frames, or larger than declared, an unknown token and a GET', async () => {
    const received: number[] = []
    const remove = server.addSink('t3', async (frame) => {
      received.push(frame)
    })
    // More bytes than it declared: the upload is cut off, and its sink never sees it.
    const over = await client
      .send('/__frames/t3/0?frames=1', { body: [new Uint8Array(6), new Uint8Array(6)], size: 8 })
      .then((answer) => `answered ${answer.status}`)
      .catch((e: Error) => `cut off: ${e.message}`)
    // HTTP/2 answers 500 on the stream; HTTP/1.1 can only close the connection.
    expect(over).toMatch(/^(answered 500|cut off: socket hang up)$/)
    const odd = await client.send('/__frames/t3/0?frames=3', { body: new Uint8Array(10) })
    expect(odd.status).toBe(500)
    expect(odd.text).toMatch(/10 bytes is not 3 frames/)
    const unknown = await client.send('/__frames/nobody/0', { body: new Uint8Array(4) })
    expect(unknown.status).toBe(404)
    expect((await client.send('/__frames/t3/0', { method: 'GET' })).status).toBe(405)
    // The connection still serves frames after those refusals.
    const ok = await client.send('/__frames/t3/5?frames=2', { body: new Uint8Array(8) })
    expect(ok.status).toBe(200)
    expect(received).toEqual([5, 6])
    remove()
  })

  it('takes the next batch after one cut off partway, and never hands the cut one on', async () => {
    const received: number[] = []
    const remove = server.addSink('t4', async (frame) => {
      received.push(frame)
    })
    await client.cut('/__frames/t4/0?frames=1', new Uint8Array(500), 1000)
    const next = await client.send('/__frames/t4/1?frames=1', { body: new Uint8Array(1000) })
    remove()
    expect(next.status).toBe(200)
    expect(received).toEqual([1])
  })

  it('serves the built player', async () => {
    expect(await client.send('/', { method: 'GET' })).toEqual({
      status: 200,
      text: '<!doctype html><title>t</title>',
    })
    // A file beside the player's folder, named through an escaped slash that URL parsing keeps.
    const secret = `${dist}-secret.txt`
    writeFileSync(secret, 'not the player')
    try {
      const escaped = `/..%2f${path.basename(secret)}`
      expect((await client.send(escaped, { method: 'GET' })).status).toBe(404)
    } finally {
      rmSync(secret)
    }
  })
})

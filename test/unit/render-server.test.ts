import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RenderServer } from '../../scripts/lib/render/server'

/**
 * The export's loopback server receives frame batches into a buffer it reuses from batch to
 * batch; every frame must still reach its sink whole and in order, whatever the batch sizes.
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

describe('render server', () => {
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
      const res = await fetch(`${server.url}/__frames/t1/${first}?frames=${count}`, {
        method: 'POST',
        body,
      })
      expect(res.status).toBe(200)
      hashes.forEach((hash, i) => expected.push({ frame: first + i, hash }))
      first += count
    }
    remove()
    expect(received).toEqual(expected)
  })

  it('receives a body of unknown length (chunked)', async () => {
    const received: string[] = []
    const remove = server.addSink('t2', async (_frame, pixels) => {
      received.push(digest(pixels))
    })
    const { body, hashes } = batch(10, 2, 1000)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(body.subarray(0, 777))
        controller.enqueue(body.subarray(777))
        controller.close()
      },
    })
    const res = await fetch(`${server.url}/__frames/t2/10?frames=2`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit)
    remove()
    expect(res.status).toBe(200)
    expect(received).toEqual(hashes)
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
    // In flight together, so on connections of their own, each with its own receive buffer.
    const [r1, r2] = await Promise.all([
      fetch(`${server.url}/__frames/c1/0?frames=3`, { method: 'POST', body: one.body }),
      fetch(`${server.url}/__frames/c2/100?frames=2`, { method: 'POST', body: two.body }),
    ])
    expect([r1.status, r2.status]).toEqual([200, 200])
    expect(received.get('c1')).toEqual(one.hashes)
    expect(received.get('c2')).toEqual(two.hashes)
    removes.forEach((remove) => remove())

    const remove = server.addSink('c3', async (frame) => {
      throw new Error(`frame ${frame}: the encoder has stopped`)
    })
    const failed = await fetch(`${server.url}/__frames/c3/7?frames=1`, {
      method: 'POST',
      body: new Uint8Array(16),
    })
    remove()
    expect(failed.status).toBe(500)
    expect(await failed.text()).toBe('frame 7: the encoder has stopped')
  })

  it('refuses a body that is not whole frames, an unknown token and a GET', async () => {
    const remove = server.addSink('t3', async () => {})
    const odd = await fetch(`${server.url}/__frames/t3/0?frames=3`, {
      method: 'POST',
      body: new Uint8Array(10),
    })
    expect(odd.status).toBe(500)
    expect(await odd.text()).toMatch(/10 bytes is not 3 frames/)
    const unknown = await fetch(`${server.url}/__frames/nobody/0`, {
      method: 'POST',
      body: new Uint8Array(4),
    })
    expect(unknown.status).toBe(404)
    expect((await fetch(`${server.url}/__frames/t3/0`)).status).toBe(405)
    remove()
  })
})

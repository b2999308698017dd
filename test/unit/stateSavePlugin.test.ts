import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createStateSaveHandler,
  isLoopbackAddress,
  STATE_BODY_LIMIT,
  stateFingerprint,
  type StateSaveHandler,
} from '../../scripts/dev/stateSavePlugin'
import type { FilmScript } from '../../src/script'

/** A two-chapter film, enough to tell a chapter sheet from a stray one. */
const film: FilmScript = {
  id: 'test-film',
  title: 'Test Film',
  chapters: [
    { id: 'intro', title: 'Intro', duration: 10, beats: {}, narration: [] },
    { id: 'growth', title: 'Growth', duration: 20, beats: {}, narration: [] },
  ],
}
const scripts = { [film.id]: film }

/** A state as Theatre's studio saves it: one keyframed prop on the intro sheet. */
function validState(sheetId = 'intro') {
  return {
    sheetsById: {
      [sheetId]: {
        staticOverrides: { byObject: { camera: { fov: 40 } } },
        sequence: {
          type: 'PositionalSequence',
          length: 10,
          subUnitsPerUnit: 30,
          tracksByObject: {
            camera: {
              trackData: {
                t1: {
                  type: 'BasicKeyframedTrack',
                  __debugName: 'camera:["position","x"]',
                  keyframes: [
                    {
                      id: 'k1',
                      position: 0,
                      value: 0,
                      connectedRight: true,
                      handles: [0.5, 1, 0.5, 0],
                      type: 'bezier',
                    },
                    {
                      id: 'k2',
                      position: 4,
                      value: 3,
                      connectedRight: true,
                      handles: [0.5, 1, 0.5, 0],
                    },
                  ],
                },
              },
              trackIdByPropPath: { '["position","x"]': 't1' },
            },
          },
        },
      },
    },
    definitionVersion: '0.4.0',
    revisionHistory: ['abc123'],
  }
}

let root: string
let server: Server
let url: string

/** Serves the handler on a real loopback socket, as Vite's connect stack would. */
async function listen(handler: StateSaveHandler): Promise<void> {
  server = createServer((req, res) => {
    void handler(req, res, () => {
      res.statusCode = 418
      res.end('passed on')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function post(filmId: string, body: string, init: RequestInit = {}) {
  const res = await fetch(`${url}/__cinematic/state/${filmId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    ...init,
  })
  return {
    status: res.status,
    body: (await res.json()) as { ok?: boolean; file?: string; error?: string },
  }
}

/**
 * Calls the handler with a request that did not come over a socket of ours, to pose as a
 * remote peer (a real socket here is always loopback).
 */
async function callDirect(
  handler: StateSaveHandler,
  req: { method: string; url: string; remoteAddress: string; headers?: Record<string, string> },
  body = '',
): Promise<{ status: number; json: { error?: string } }> {
  const stream = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage
  Object.assign(stream, {
    method: req.method,
    url: req.url,
    headers: req.headers ?? {},
    socket: { remoteAddress: req.remoteAddress },
  })
  let status = 0
  let text = ''
  const fake = {
    headersSent: false,
    writeHead(code: number) {
      status = code
      fake.headersSent = true
      return fake
    },
    end(chunk?: string) {
      text += chunk ?? ''
      return fake
    },
  }
  await handler(stream, fake as unknown as ServerResponse, () => {
    status = -1
  })
  return { status, json: text ? (JSON.parse(text) as { error?: string }) : {} }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cinematic-state-'))
  await listen(createStateSaveHandler({ root, scripts }))
})

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await rm(root, { recursive: true, force: true })
})

describe('state save handler', () => {
  it('writes a valid state to state/<film>.theatre.json, pretty-printed, leaving no temp file', async () => {
    const state = validState()
    const res = await post(film.id, JSON.stringify(state))
    const text = await readFile(path.join(root, 'state', 'test-film.theatre.json'), 'utf8')
    expect(res).toEqual({
      status: 200,
      body: { ok: true, file: 'state/test-film.theatre.json', base: stateFingerprint(text) },
    })
    expect(text).toBe(`${JSON.stringify(state, null, 2)}\n`)
    expect(await readdir(path.join(root, 'state'))).toEqual(['test-film.theatre.json'])
  })

  it("replaces an earlier save whole, keeping the file's revision history", async () => {
    await post(film.id, JSON.stringify(validState()))
    const second = { ...validState(), revisionHistory: ['def456', 'abc123'] }
    second.sheetsById.intro.staticOverrides.byObject.camera.fov = 55
    expect((await post(film.id, JSON.stringify(second))).status).toBe(200)

    const saved = JSON.parse(
      await readFile(path.join(root, 'state', 'test-film.theatre.json'), 'utf8'),
    )
    expect(saved).toEqual({ ...second, revisionHistory: ['abc123'] })
    expect(await readdir(path.join(root, 'state'))).toEqual(['test-film.theatre.json'])
  })

  it('keeps fields the schema does not know (writes the body, not the parsed copy)', async () => {
    const state = { ...validState(), futureTheatreField: { kept: true } }
    expect((await post(film.id, JSON.stringify(state))).status).toBe(200)
    const saved = JSON.parse(
      await readFile(path.join(root, 'state', 'test-film.theatre.json'), 'utf8'),
    )
    expect(saved.futureTheatreField).toEqual({ kept: true })
  })

  it('refuses a peer that is not loopback with 403', async () => {
    const handler = createStateSaveHandler({ root, scripts })
    for (const remoteAddress of ['10.0.0.7', '::ffff:192.168.1.2', '2001:db8::1']) {
      const res = await callDirect(
        handler,
        { method: 'POST', url: `/__cinematic/state/${film.id}`, remoteAddress },
        JSON.stringify(validState()),
      )
      expect(res.status, remoteAddress).toBe(403)
    }
    await expect(readdir(path.join(root, 'state'))).rejects.toThrow()
  })

  it('refuses a loopback request from a page on another site (Origin or Host not local) with 403', async () => {
    const cross = await post(film.id, JSON.stringify(validState()), {
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    })
    expect(cross.status).toBe(403)

    const handler = createStateSaveHandler({ root, scripts })
    const rebound = await callDirect(
      handler,
      {
        method: 'POST',
        url: `/__cinematic/state/${film.id}`,
        remoteAddress: '127.0.0.1',
        headers: { host: 'evil.example:5173', origin: 'http://evil.example:5173' },
      },
      JSON.stringify(validState()),
    )
    expect(rebound.status).toBe(403)
  })

  it('accepts the studio page itself: its own origin, or a client that is no browser', async () => {
    const own = await post(film.id, JSON.stringify(validState()), {
      headers: {
        'Content-Type': 'application/json',
        Origin: url,
        'Sec-Fetch-Site': 'same-origin',
        'Sec-Fetch-Mode': 'cors',
      },
    })
    expect(own.status).toBe(200)
    // curl and scripts send no Origin and no Fetch Metadata.
    expect((await post(film.id, JSON.stringify(validState()))).status).toBe(200)
  })

  it('refuses any other origin on this machine: another port, another loopback name, *.localhost', async () => {
    const port = Number(new URL(url).port)
    for (const origin of [
      `http://127.0.0.1:${port + 1}`,
      'http://127.0.0.1:8080',
      `http://localhost:${port}`,
      `http://app.localhost:${port}`,
      `https://127.0.0.1:${port}`,
      'null',
    ]) {
      const res = await post(film.id, JSON.stringify(validState()), {
        headers: { 'Content-Type': 'application/json', Origin: origin },
      })
      expect(res.status, origin).toBe(403)
      expect(res.body.error).toMatch(/own origin/)
    }
    await expect(readdir(path.join(root, 'state'))).rejects.toThrow()
  })

  it('refuses a browser request without Origin (Fetch Metadata says it is a browser)', async () => {
    const browsers: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' },
    ]
    for (const headers of browsers) {
      const res = await post(film.id, JSON.stringify(validState()), {
        headers: { 'Content-Type': 'application/json', ...headers },
      })
      expect(res.status, JSON.stringify(headers)).toBe(403)
    }
    // Even with the right Origin, a browser that says the request is cross-site is refused.
    const mixed = await post(film.id, JSON.stringify(validState()), {
      headers: { 'Content-Type': 'application/json', Origin: url, 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(mixed.status).toBe(403)
    await expect(readdir(path.join(root, 'state'))).rejects.toThrow()
  })

  it('answers anything but POST with 405', async () => {
    const res = await fetch(`${url}/__cinematic/state/${film.id}`)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('POST')
    expect(((await res.json()) as { error: string }).error).toMatch(/POST/)
  })

  it('answers an unknown film id with 404 naming the known films', async () => {
    for (const id of ['no-such-film', 'constructor', '__proto__', '..%2F..%2Fetc%2Fpasswd']) {
      const res = await post(id, JSON.stringify(validState()))
      expect(res.status, id).toBe(404)
      expect(res.body.error, id).toMatch(/Unknown film/)
      expect(res.body.error, id).toContain('test-film')
    }
    await expect(readdir(path.join(root, 'state'))).rejects.toThrow()
  })

  it('answers a body that is not JSON with 400', async () => {
    const res = await post(film.id, '{"sheetsById": ')
    expect(res.status).toBe(400)
    expect(res.body.error).toMatch(/not valid JSON/)
  })

  it('answers a state that does not fit the film with 422 and the validator message', async () => {
    const res = await post(film.id, JSON.stringify(validState('no-such-chapter')))
    expect(res.status).toBe(422)
    expect(res.body.error).toContain('state/test-film.theatre.json')
    expect(res.body.error).toContain("sheet 'no-such-chapter' is not a chapter")
    await expect(readdir(path.join(root, 'state'))).rejects.toThrow()
  })

  it('answers a keyframe value of the wrong type with 422 naming the prop, and writes nothing', async () => {
    const state = validState()
    const sequence = state.sheetsById.intro!.sequence
    const { camera } = sequence.tracksByObject
    camera.trackData.t1!.keyframes[1]!.value = 'banana' as unknown as number
    // The film's camera object, whose props have known types.
    const named = {
      ...state,
      sheetsById: {
        intro: {
          ...state.sheetsById.intro!,
          sequence: { ...sequence, tracksByObject: { Camera: camera } },
        },
      },
    }
    const res = await post(film.id, JSON.stringify(named))
    expect(res.status).toBe(422)
    expect(res.body.error).toContain(
      `object 'Camera', prop ["position","x"]: keyframe at 4 s: "banana" is not a finite number`,
    )
    await expect(readdir(path.join(root, 'state'))).rejects.toThrow()
  })

  it('answers a state of the wrong shape with 422', async () => {
    const res = await post(film.id, JSON.stringify({ sheetsById: {} }))
    expect(res.status).toBe(422)
    expect(res.body.error).toMatch(/definitionVersion/)
  })

  it('answers a body over the limit with 413', async () => {
    const res = await post(film.id, ' '.repeat(STATE_BODY_LIMIT + 1))
    expect(res.status).toBe(413)
  })

  it('answers a streamed (chunked) body over the limit with 413', async () => {
    const handler = createStateSaveHandler({ root, scripts })
    const res = await callDirect(
      handler,
      { method: 'POST', url: `/__cinematic/state/${film.id}`, remoteAddress: '127.0.0.1' },
      ' '.repeat(STATE_BODY_LIMIT + 1),
    )
    expect(res.status).toBe(413)
  })

  it('asks a registry function on every request, so it sees the scripts as they are now', async () => {
    let current: Record<string, FilmScript> = {}
    const handler = createStateSaveHandler({ root, scripts: async () => current })
    const request = {
      method: 'POST',
      url: `/__cinematic/state/${film.id}`,
      remoteAddress: '127.0.0.1',
    }
    expect((await callDirect(handler, request, JSON.stringify(validState()))).status).toBe(404)
    current = scripts
    expect((await callDirect(handler, request, JSON.stringify(validState()))).status).toBe(200)
  })

  it('passes requests outside its route on', async () => {
    const res = await fetch(`${url}/src/main.tsx`)
    expect(res.status).toBe(418)
  })
})

describe('isLoopbackAddress', () => {
  it('knows the loopback spellings Node reports', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(a), a).toBe(true)
    }
    for (const a of [
      undefined,
      '',
      '10.0.0.1',
      '::ffff:10.0.0.1',
      '128.0.0.1',
      '::2',
      '127.0.0.1.evil',
    ]) {
      expect(isLoopbackAddress(a), String(a)).toBe(false)
    }
  })
})

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStateSaveHandler } from '../../scripts/dev/stateSavePlugin'
import type { FilmScript } from '../../src/script'
import { launchBrowser } from './browser'

/**
 * The studio's save endpoint as a browser meets it: the dev server (here its save handler on a
 * plain server) and, on another loopback port, a page that is not the studio (another dev
 * server, a tool's local UI, a package's server) trying to overwrite the state file.
 */
const film: FilmScript = {
  id: 'test-film',
  title: 'Test Film',
  chapters: [{ id: 'intro', title: 'Intro', duration: 10, beats: {}, narration: [] }],
}
const state = {
  sheetsById: { intro: { staticOverrides: { byObject: {} } } },
  definitionVersion: '0.4.0',
  revisionHistory: [],
}
const PAGE = '<!doctype html><title>page</title>'

let root: string
let devServer: Server
let otherServer: Server
let devUrl: string
let otherUrl: string
let browser: Browser

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cinematic-save-origin-'))
  const handler = createStateSaveHandler({ root, scripts: { [film.id]: film } })
  devServer = createServer((req, res) => {
    void handler(req, res, () => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE))
  })
  otherServer = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
  )
  devUrl = await listen(devServer)
  otherUrl = await listen(otherServer)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => devServer?.close(r))
  await new Promise((r) => otherServer?.close(r))
  await rm(root, { recursive: true, force: true })
})

const stateFile = (): string => path.join(root, 'state', `${film.id}.theatre.json`)

/** Opens `pageUrl` and, from it, posts the state the two ways a page can; returns the outcomes. */
async function saveFrom(pageUrl: string): Promise<string[]> {
  const page = await browser.newPage()
  try {
    await page.goto(pageUrl)
    return await page.evaluate(
      async ({ endpoint, body }) => {
        const outcomes: string[] = []
        const attempts: RequestInit[] = [
          // As the studio sends it (a cross-origin page gets a CORS preflight first).
          { method: 'POST', headers: { 'content-type': 'application/json' }, body },
          // A "simple" request: no preflight, sent even though the page cannot read the answer.
          { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body },
        ]
        for (const init of attempts) {
          try {
            const res = await fetch(endpoint, init)
            outcomes.push(res.type === 'opaque' ? 'opaque' : String(res.status))
          } catch (e) {
            outcomes.push(`failed: ${(e as Error).message}`)
          }
        }
        return outcomes
      },
      { endpoint: `${devUrl}/__cinematic/state/${film.id}`, body: JSON.stringify(state) },
    )
  } finally {
    await page.close()
  }
}

describe('the save endpoint in a browser', () => {
  it('refuses a page served from another loopback port, and the state file stays unwritten', async () => {
    const outcomes = await saveFrom(`${otherUrl}/`)
    expect(outcomes).toHaveLength(2)
    expect(outcomes).not.toContain('200')
    await expect(readFile(stateFile(), 'utf8')).rejects.toThrow(/ENOENT/)
  })

  it('refuses a page under another name of this machine (localhost instead of 127.0.0.1)', async () => {
    const outcomes = await saveFrom(`${devUrl.replace('127.0.0.1', 'localhost')}/`)
    expect(outcomes).not.toContain('200')
    await expect(readFile(stateFile(), 'utf8')).rejects.toThrow(/ENOENT/)
  })

  it("saves from the dev server's own page", async () => {
    const outcomes = await saveFrom(`${devUrl}/`)
    expect(outcomes).toEqual(['200', '200'])
    expect(JSON.parse(await readFile(stateFile(), 'utf8'))).toEqual(state)
  })
})

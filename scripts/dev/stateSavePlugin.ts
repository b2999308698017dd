import { createHash, randomUUID } from 'node:crypto'
import { watch } from 'node:fs'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'
import type { FilmScript } from '../../src/script/index.ts'
import { formatState } from '../../src/theatre/stateFormat.ts'
import { StateFileError, stateFileOf, validateState } from '../../src/theatre/stateSchema.ts'

/**
 * The dev server's save endpoint for Theatre state. The studio runs in the browser and cannot
 * write files, so "save" POSTs the project state here and this writes it into state/, where git
 * (and the player's production build) pick it up. It exists only while `vite` serves: a build
 * has no endpoint, so a deployed film cannot be written to.
 */

/** Where the studio posts a film's state: `POST /__cinematic/state/<filmId>`. */
export const STATE_SAVE_ROUTE = '/__cinematic/state/'

/** A studio save is a few hundred kB at most; anything near this is a mistake or an attack. */
export const STATE_BODY_LIMIT = 5 * 1024 * 1024

/**
 * The header a save carries: the fingerprint of the file the page loaded (see
 * {@link stateFingerprint}). A save whose base is not the file on disk is refused, so that a tab
 * opened before a checkout or a merge cannot write its older keyframes over the newer file.
 */
export const STATE_BASE_HEADER = 'x-cinematic-state-base'

/** The fingerprint of a state file's text; 'none' when there is no file. */
export function stateFingerprint(text: string | undefined): string {
  return text === undefined ? 'none' : createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** The file's text, or undefined if there is none. */
async function readIfAny(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

/**
 * The film registry module the dev server loads, as a Vite module id: it holds every film's
 * script at once (its scenes load lazily, so loading it here runs no scene code).
 */
const SCRIPT_REGISTRY_MODULE = '/src/sequences/index.ts'

type ScriptRegistry = Readonly<Record<string, FilmScript>>

export interface StateSaveOptions {
  /** The project root; the state file goes to `<root>/state/<filmId>.theatre.json`. */
  root: string
  /**
   * The films that may be saved, by film id; only these ids ever reach the file system. A
   * function is asked on every request, so a save is checked against the scripts as they are
   * now, not as they were when the server started.
   */
  scripts: ScriptRegistry | (() => Promise<ScriptRegistry>)
  /** Told the text of each file this handler writes, so a watcher can tell it from others'. */
  onWritten?: (file: string, text: string) => void
}

/** A connect-style handler: answers requests on the save route, passes every other one on. */
export type StateSaveHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => Promise<void>

/** The body was larger than {@link STATE_BODY_LIMIT}. */
class BodyTooLargeError extends Error {}

/**
 * Whether a socket address is this machine. Node reports IPv4 peers of a dual-stack socket as
 * IPv4-mapped IPv6 (`::ffff:127.0.0.1`), so both spellings count.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)) return true
  return address === '::1' || address === '0:0:0:0:0:0:0:1'
}

/** Whether a host name (as in a Host header or URL, port stripped) names this machine. */
function isLoopbackHostname(hostname: string): boolean {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return bare === 'localhost' || bare.endsWith('.localhost') || isLoopbackAddress(bare)
}

/**
 * Whether a request comes from the dev server's own page, and from nowhere else. A loopback
 * peer is not enough: any page open in the developer's browser can POST to 127.0.0.1 (the
 * browser is the peer), whether it comes from the web, from another local server (a tool's UI,
 * a package's server on another port) or rebinds DNS to look local. So:
 *
 * - the Host the client dialled names this machine, at the port this server listens on;
 * - an Origin, when sent, is exactly this server's own (scheme, host and port: the Host dialled);
 * - a request without Origin is refused if it carries the Fetch Metadata headers that only
 *   browsers send (`Sec-Fetch-Site`, `Sec-Fetch-Dest`; Node's fetch sends `Sec-Fetch-Mode`
 *   alone), and a browser's request must say `Sec-Fetch-Site: same-origin`. Clients that send
 *   neither (curl, scripts, tests) are not browsers, and no web page can make a browser leave
 *   both out.
 */
export function isOwnOriginRequest(req: IncomingMessage): boolean {
  const socket = req.socket as IncomingMessage['socket'] | undefined
  if (!isLoopbackAddress(socket?.remoteAddress)) return false
  const host = req.headers.host
  let dialled: URL | null = null
  if (host !== undefined) {
    const scheme = (socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http'
    try {
      dialled = new URL(`${scheme}://${host}`)
    } catch {
      return false
    }
    if (!isLoopbackHostname(dialled.hostname)) return false
    const port = Number(dialled.port || (scheme === 'https' ? 443 : 80))
    if (socket?.localPort !== undefined && port !== socket.localPort) return false
  }
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  const origin = req.headers.origin
  if (origin === undefined) {
    const fromBrowser = ['sec-fetch-site', 'sec-fetch-dest'].some(
      (h) => req.headers[h] !== undefined,
    )
    return !fromBrowser
  }
  // A browser that sends Origin also sends the Host it dialled: they must be one origin.
  return dialled !== null && origin === dialled.origin
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

/** Reads the whole body, refusing early (by Content-Length) or midway once it passes `limit`. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buf.length
    if (size > limit) throw new BodyTooLargeError()
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

/**
 * Writes a file so that a reader (git, the player, a crash) sees the old content or the new,
 * never half of it: the text goes to a temporary file in the same directory (so the rename
 * stays on one file system), is flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file)
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`)
  const handle = await open(tmp, 'wx')
  try {
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, file)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
  // Make the rename itself durable. Not every platform can open a directory (Windows cannot),
  // and the file is already in place, so a failure here is not worth failing the save for.
  try {
    const dirHandle = await open(dir, 'r')
    try {
      await dirHandle.sync()
    } finally {
      await dirHandle.close()
    }
  } catch {
    // best effort
  }
}

/**
 * Creates the request handler behind {@link stateSavePlugin}, separate from Vite so it can be
 * tested on a plain `http` server. Answers, in this order of checks: 403 for a request not from
 * this server's own page (see isOwnOriginRequest), 405 for anything but POST, 404 for a film id not in `scripts`, 413 for a body
 * over 5 MB, 400 for a body that is not JSON, 422 (with the validator's message) for a state
 * that does not fit the film, and 200 `{ ok, file }` once `state/<filmId>.theatre.json` is
 * written. Requests outside the route go to `next`.
 */
export function createStateSaveHandler({
  root,
  scripts,
  onWritten,
}: StateSaveOptions): StateSaveHandler {
  const stateDir = path.resolve(root, 'state')

  return async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(STATE_SAVE_ROUTE)) {
      next()
      return
    }
    try {
      if (!isOwnOriginRequest(req)) {
        sendJson(res, 403, {
          error:
            "State can only be saved by the studio page of this dev server (its own origin, on this machine); open the studio from the dev server's address and save there.",
        })
        return
      }
      if (req.method !== 'POST') {
        sendJson(
          res,
          405,
          { error: `Use POST to save state, not ${req.method}.` },
          { Allow: 'POST' },
        )
        return
      }

      let requested: string
      try {
        requested = decodeURIComponent(url.pathname.slice(STATE_SAVE_ROUTE.length))
      } catch {
        requested = url.pathname.slice(STATE_SAVE_ROUTE.length)
      }
      const registry = typeof scripts === 'function' ? await scripts() : scripts
      // Own keys only: 'constructor' or '__proto__' must not find something on the prototype.
      const script = Object.hasOwn(registry, requested) ? registry[requested] : undefined
      if (!script) {
        sendJson(res, 404, {
          error: `Unknown film '${requested}'. Known films: ${Object.keys(registry).join(', ') || '(none)'}.`,
        })
        return
      }
      // The path comes from the registry's own id, never from the URL, and is checked to land
      // directly in state/: a registry key can only ever name a file there.
      const relative = stateFileOf(script.id)
      const file = path.resolve(root, relative)
      if (script.id !== requested || path.dirname(file) !== stateDir) {
        sendJson(res, 500, {
          error: `Film id '${requested}' cannot name a file in state/ (registry key and script id must match and be a plain name).`,
        })
        return
      }

      let body: Buffer
      try {
        body = await readBody(req, STATE_BODY_LIMIT)
      } catch (err) {
        if (!(err instanceof BodyTooLargeError)) throw err
        // Drop the rest of the upload rather than buffer it, and close the connection so the
        // client does not keep sending into a request that has already been answered.
        req.resume()
        sendJson(
          res,
          413,
          { error: `State body is over the ${STATE_BODY_LIMIT / 1024 / 1024} MB limit.` },
          { Connection: 'close' },
        )
        return
      }

      let raw: unknown
      try {
        raw = JSON.parse(body.toString('utf8'))
      } catch (err) {
        sendJson(res, 400, {
          error: `Body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
        })
        return
      }

      try {
        validateState(raw, script, relative)
      } catch (err) {
        if (err instanceof StateFileError) {
          sendJson(res, 422, { error: err.message })
          return
        }
        throw err
      }

      const onDisk = await readIfAny(file)
      const base = req.headers[STATE_BASE_HEADER]
      if (typeof base === 'string' && base !== stateFingerprint(onDisk)) {
        sendJson(res, 409, {
          error:
            `${relative} changed on disk after this page loaded it (a checkout, a merge or an ` +
            `editor), so saving would write older keyframes over it. Reload the page to load ` +
            `the file as it is now, then make the change again.`,
        })
        return
      }

      // The body as sent, not the validator's output: the schema only checks what the player
      // relies on and would drop any field Theatre adds that it does not know. Written in the
      // file's own form, so the diff holds only what changed.
      const text = formatState(raw, onDisk)
      await mkdir(stateDir, { recursive: true })
      await writeFileAtomic(file, text)
      onWritten?.(file, text)
      sendJson(res, 200, { ok: true, file: relative, base: stateFingerprint(text) })
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      if (!res.headersSent) sendJson(res, 500, { error: `Saving state failed: ${message}` })
      else res.end()
    }
  }
}

/**
 * The Vite plugin that mounts {@link createStateSaveHandler} on the dev server, rooted at the
 * config's `root` and serving every film in the script registry. Dev server only.
 *
 * The registry is loaded through the dev server's module graph on each save rather than
 * imported here: anything this file imports becomes a dependency of vite.config.ts, and Vite
 * restarts the whole server (reloading the page, losing the playhead) when one changes, which
 * for a film's script would be every edit to a line of narration.
 */
export function stateSavePlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'cinematic:state-save',
    apply: 'serve',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      // The last text this server wrote to each file: a change on disk with other text came
      // from outside (git, an editor) and the open pages must hear of it.
      const written = new Map<string, string>()
      const handler = createStateSaveHandler({
        root,
        onWritten: (file, text) => written.set(file, text),
        scripts: async () => {
          const registry = (await server.ssrLoadModule(SCRIPT_REGISTRY_MODULE)) as {
            scripts?: ReadonlyMap<string, FilmScript>
          }
          if (!(registry.scripts instanceof Map)) {
            throw new Error(`${SCRIPT_REGISTRY_MODULE} exports no 'scripts' map`)
          }
          return Object.fromEntries(registry.scripts)
        },
      })
      const middleware: Connect.NextHandleFunction = (req, res, next) => {
        void handler(req, res, next)
      }
      server.middlewares.use(middleware)
      watchStateFiles(path.resolve(root, 'state'), written, (file, text) => {
        // state/ is outside Vite's watcher (a save must not reload the page), so its cached
        // copy of the file is dropped here, and the page is told what the file now holds.
        for (const mod of server.moduleGraph.getModulesByFile(file) ?? []) {
          server.moduleGraph.invalidateModule(mod)
        }
        const film = path.basename(file).replace(/\.theatre\.json$/, '')
        server.ws.send({
          type: 'custom',
          event: STATE_CHANGED_EVENT,
          data: { film, text, base: stateFingerprint(text) } satisfies StateChanged,
        })
      })
    },
  }
}

/** The event the dev server sends open pages when a state file changes on disk. */
export const STATE_CHANGED_EVENT = 'cinematic:state-changed'

/** What {@link STATE_CHANGED_EVENT} carries: the film, the file's new text (undefined if deleted). */
export interface StateChanged {
  film: string
  text: string | undefined
  base: string
}

/** Quiet time after the last change before a file is read: editors and git write in steps. */
const SETTLE_MS = 150

/**
 * Calls `changed` with a state file's new text whenever it changes on disk other than by a save
 * (whose text is in `written`).
 */
function watchStateFiles(
  dir: string,
  written: Map<string, string>,
  changed: (file: string, text: string | undefined) => void,
): void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  try {
    const watcher = watch(dir, (_event, name) => {
      if (!name || !name.endsWith('.theatre.json')) return
      const file = path.join(dir, name.toString())
      clearTimeout(timers.get(file))
      timers.set(
        file,
        setTimeout(() => {
          void readIfAny(file).then((text) => {
            if (text !== undefined && text === written.get(file)) return
            written.delete(file)
            changed(file, text)
          })
        }, SETTLE_MS),
      )
    })
    watcher.unref()
  } catch {
    // No state/ yet: nothing to watch until the first save creates it.
  }
}

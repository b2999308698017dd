import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, without a trailing slash: `http://127.0.0.1:PORT`. */
    baseUrl: string
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const configFile = path.join(root, 'vite.config.ts')
const outDir = path.join(root, 'dist')

let server: PreviewServer | undefined

/**
 * Builds the film player once, the way `npm run build` does, and serves dist/ on a free
 * loopback port for every browser test file. The tests check what a viewer gets, so they run
 * against the production build rather than the dev server (no HMR client, real chunking).
 * `CINEMATIC_SKIP_BUILD=1` reuses an existing dist/ when iterating on tests alone.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const skip =
    process.env.CINEMATIC_SKIP_BUILD === '1' && existsSync(path.join(outDir, 'index.html'))
  if (!skip) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build (and
    // define import.meta.env.PROD false): not the film anyone ships.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ root, configFile, mode: 'production', logLevel: 'warn' })
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV
      else process.env.NODE_ENV = nodeEnv
    }
  }

  server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    // Port 0: the OS picks a free one, so a dev server on 4173 (or a second test run) is fine.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address() as AddressInfo | string | null
  if (address === null || typeof address === 'string') {
    throw new Error(`preview server has no TCP address (got ${String(address)})`)
  }
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`)

  return async () => {
    await server?.close()
    server = undefined
  }
}
